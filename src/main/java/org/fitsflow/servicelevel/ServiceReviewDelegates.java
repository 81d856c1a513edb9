package org.fitsflow.servicelevel;

import static org.fitsflow.servicelevel.ServiceReviewProcess.*;
import static org.fitsflow.system.process.Refusing.badInput;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.fitsflow.spreadsheet.Workbooks;
import org.fitsflow.school.ReviewNotices;
import org.fitsflow.system.process.ActingUser;
import org.springframework.stereotype.Component;

/**
 * The Java side of {@code bpmn/service-review.bpmn}: one bean per service task (and per task listener), named after the
 * model and the element. Each maps its variables in, makes one call to {@link ServiceReviews}, and maps the answer out.
 */
final class ServiceReviewDelegates {

	private ServiceReviewDelegates() {
	}

	/** The review is found by its process instance (whose business key is its reference), never by a variable. */
	private static String reference(DelegateExecution execution) {
		return execution.getProcessBusinessKey();
	}

	/** Opens the review of the meeting on the schedule's date; a second review of that meeting is refused. */
	@Component("serviceReviewOpenReview")
	static class OpenReview implements JavaDelegate {
		private final ServiceReviews reviews;

		OpenReview(ServiceReviews reviews) {
			this.reviews = reviews;
		}

		@Override
		public void execute(DelegateExecution execution) {
			ServiceReview review = reviews.open(execution.getTenantId(), LocalDate.parse(REVIEW_DUE.required(execution)),
					execution.getProcessInstanceId());
			execution.setProcessBusinessKey(review.getReference());
			REVIEW_REFERENCE.set(execution, review.getReference());
			REPORT_MONTH.set(execution, review.getReportMonth().toString());
		}
	}

	/** The ICT users asked for feedback: one instance of the feedback subprocess each. */
	@Component("serviceReviewFeedback")
	public static class Feedback {
		private final ServiceReviews reviews;

		Feedback(ServiceReviews reviews) {
			this.reviews = reviews;
		}

		/** Used as the subprocess's collection: {@code ${serviceReviewFeedback.askedOf(execution)}}. */
		public List<String> askedOf(DelegateExecution execution) {
			return reviews.feedbackFrom(execution.getTenantId(), reference(execution));
		}
	}

	/** E-mails the ICT user their feedback task's link when it is created. */
	@Component("serviceReviewAskForFeedback")
	static class AskForFeedback implements TaskListener {
		private final ServiceReviews reviews;

		AskForFeedback(ServiceReviews reviews) {
			this.reviews = reviews;
		}

		@Override
		public void notify(DelegateTask task) {
			reviews.askForFeedback(task.getTenantId(), reference(task.getExecution()), FEEDBACK_FROM.get(task), task.getId());
		}
	}

	@Component("serviceReviewRecordFeedback")
	static class RecordFeedback implements JavaDelegate {
		private final ServiceReviews reviews;

		RecordFeedback(ServiceReviews reviews) {
			this.reviews = reviews;
		}

		@Override
		public void execute(DelegateExecution execution) {
			badInput(() -> reviews.recordFeedback(execution.getTenantId(), reference(execution), ActingUser.of(execution),
					RATING.get(execution), WORKED_WELL.get(execution), TO_IMPROVE.get(execution)));
		}
	}

	@Component("serviceReviewRecordDiskSpace")
	static class RecordDiskSpace implements JavaDelegate {
		private final ServiceReviews reviews;

		RecordDiskSpace(ServiceReviews reviews) {
			this.reviews = reviews;
		}

		@Override
		public void execute(DelegateExecution execution) {
			badInput(() -> reviews.recordDiskSpace(execution.getTenantId(), reference(execution),
					DISK_USED_GB.get(execution), DISK_AVAILABLE_GB.get(execution), ActingUser.of(execution)));
		}
	}

	/** Builds the month's report from the records, for the single point of contact to prepare. */
	@Component("serviceReviewBuildReport")
	static class BuildReport implements JavaDelegate {
		private final ServiceReviews reviews;

		BuildReport(ServiceReviews reviews) {
			this.reviews = reviews;
		}

		@Override
		public void execute(DelegateExecution execution) {
			ServiceReport report = reviews.report(execution.getTenantId(), reference(execution));
			REPORT_FIGURES.set(execution, JsonList.of(ServiceReviews.figureRows(report)));
			REPORT_SUMMARY.set(execution, ServiceReviews.summary(report));
			REPORT_LINK.set(execution, reviews.link(execution.getTenantId(), report.month()));
		}
	}

	/** The single point of contact's notes on the report (001, task 6: the report is theirs). */
	@Component("serviceReviewRecordReportNotes")
	static class RecordReportNotes implements JavaDelegate {
		private final ServiceReviews reviews;

		RecordReportNotes(ServiceReviews reviews) {
			this.reviews = reviews;
		}

		@Override
		public void execute(DelegateExecution execution) {
			badInput(() -> reviews.reportPrepared(execution.getTenantId(), reference(execution),
					REPORT_NOTES.get(execution), ActingUser.of(execution)));
		}
	}

	/** E-mails the report, as built now, to the meeting's participants (behind a save point). */
	@Component("serviceReviewPublishReport")
	static class PublishReport implements JavaDelegate {
		private final ServiceReviews reviews;

		PublishReport(ServiceReviews reviews) {
			this.reviews = reviews;
		}

		@Override
		public void execute(DelegateExecution execution) {
			ServiceReport report = reviews.report(execution.getTenantId(), reference(execution));
			REPORT_FIGURES.set(execution, JsonList.of(ServiceReviews.figureRows(report)));
			REPORT_SUMMARY.set(execution, ServiceReviews.summary(report));
			reviews.publish(execution.getTenantId(), reference(execution));
		}
	}

	/** Attaches the report spreadsheet to the ICT owner's review task, where Tasklist's REST API offers it. */
	@Component("serviceReviewAttachReport")
	static class AttachReport implements TaskListener {
		private final ServiceReviews reviews;

		AttachReport(ServiceReviews reviews) {
			this.reviews = reviews;
		}

		@Override
		public void notify(DelegateTask task) {
			String schoolId = task.getTenantId();
			ServiceReview review = reviews.review(schoolId, reference(task.getExecution()));
			task.getProcessEngineServices().getTaskService().createAttachment(Workbooks.XLSX, task.getId(),
					task.getProcessInstanceId(), ServiceReviews.fileName(review.getSchoolId(), review.getReportMonth()),
					"The service report for " + review.getReportMonth().format(ServiceReviews.LONG_MONTH),
					new java.io.ByteArrayInputStream(reviews.spreadsheet(schoolId, review.getReference())));
			OPEN_ACTIONS.set(task, reviews.openActions(schoolId));
		}
	}

	@Component("serviceReviewRecordReportReview")
	static class RecordReportReview implements JavaDelegate {
		private final ServiceReviews reviews;

		RecordReportReview(ServiceReviews reviews) {
			this.reviews = reviews;
		}

		@Override
		public void execute(DelegateExecution execution) {
			badInput(() -> reviews.reportReviewed(execution.getTenantId(), reference(execution),
					POINTS_TO_RAISE.get(execution), ActingUser.of(execution)));
		}
	}

	/** Records the minutes, issues the actions as tasks and schedules the next meeting. */
	@Component("serviceReviewRecordMinutes")
	static class RecordMinutes implements JavaDelegate {
		private final ServiceReviews reviews;
		private final ReviewActions actions;

		RecordMinutes(ServiceReviews reviews, ReviewActions actions) {
			this.reviews = reviews;
			this.actions = actions;
		}

		@Override
		public void execute(DelegateExecution execution) {
			String schoolId = execution.getTenantId();
			badInput(() -> reviews.held(schoolId, reference(execution), new ServiceReviews.Minutes(
					EXPERIENCES.get(execution), REPORT_POINTS.get(execution), FEEDBACK_POINTS.get(execution),
					actions.read(schoolId, ACTIONS.get(execution)),
					ServiceReviews.date(NEXT_MEETING_ON.name(), NEXT_MEETING_ON.get(execution))), ActingUser.of(execution)));
		}
	}

	@Component("serviceReviewIssueMinutes")
	static class IssueMinutes implements JavaDelegate {
		private final ServiceReviews reviews;

		IssueMinutes(ServiceReviews reviews) {
			this.reviews = reviews;
		}

		@Override
		public void execute(DelegateExecution execution) {
			reviews.issueMinutes(execution.getTenantId(), reference(execution));
		}
	}

	@Component("serviceReviewRemindHolders")
	static class RemindHolders implements JavaDelegate {
		private final ServiceReviews reviews;

		RemindHolders(ServiceReviews reviews) {
			this.reviews = reviews;
		}

		@Override
		public void execute(DelegateExecution execution) {
			reviews.remind(execution.getTenantId(), reference(execution), ReviewNotices.functionsWithOpenTasks(execution));
		}
	}

	@Component("serviceReviewReportMeetingOverdue")
	static class ReportMeetingOverdue implements JavaDelegate {
		private final ServiceReviews reviews;

		ReportMeetingOverdue(ServiceReviews reviews) {
			this.reviews = reviews;
		}

		@Override
		public void execute(DelegateExecution execution) {
			reviews.reportOverdue(execution.getTenantId(), reference(execution), ReviewNotices.functionsWithOpenTasks(execution));
		}
	}
}

package org.fitsflow.school;

import static org.fitsflow.school.ReviewScheduleProcess.REVIEW_DUE;
import static org.fitsflow.school.ReviewScheduleProcess.REVIEW_KEY;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The Java side of {@code bpmn/review-schedule.bpmn}: one bean per service task, named after the model and element. */
final class ReviewScheduleDelegates {

	private ReviewScheduleDelegates() {
	}

	/** Records that the review due on the school's date starts now, and passes that date to the review model. */
	@Component("reviewScheduleStartReview")
	static class StartReview implements JavaDelegate {
		private final ReviewSchedules schedules;

		StartReview(ReviewSchedules schedules) {
			this.schedules = schedules;
		}

		@Override
		public void execute(DelegateExecution execution) {
			LocalDate due = schedules.reviewStarting(execution.getTenantId(), REVIEW_KEY.get(execution));
			REVIEW_DUE.set(execution, due.toString());
		}
	}

	/** The next review fell due while this one is still open: the ICT owner is told, and nothing starts twice. */
	@Component("reviewScheduleReportReviewStillOpen")
	static class ReportReviewStillOpen implements JavaDelegate {
		private final ReviewSchedules schedules;
		private final FunctionMail mail;

		ReportReviewStillOpen(ReviewSchedules schedules, FunctionMail mail) {
			this.schedules = schedules;
			this.mail = mail;
		}

		@Override
		public void execute(DelegateExecution execution) {
			String schoolId = execution.getTenantId();
			String reviewKey = REVIEW_KEY.get(execution);
			ReviewSchedule schedule = schedules.schedule(schoolId, reviewKey);
			mail.send(schoolId, FitsFunction.ICT_OWNER, "review-still-open", Map.of("review", schedules.title(reviewKey),
					"openSince", REVIEW_DUE.get(execution), "nextDue", schedule.getNextDue().toString()));
		}
	}
}

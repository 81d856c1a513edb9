package org.fitsflow.servicelevel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.fitsflow.servicelevel.ServiceReviewProcess.*;
import static org.fitsflow.system.process.ProcessVariables.with;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.fitsflow.school.FitsFunction;
import org.fitsflow.school.SchoolDates;
import org.fitsflow.system.EngineClock;
import org.fitsflow.testsupport.ModelDelegates;
import org.fitsflow.testsupport.ModelSteps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;

/**
 * The monthly service review walked on the plain engine with its real delegates, listeners and timers in front of
 * stand-ins for the domain services: feedback answered by everyone or closed by its timer, the disk space, the report
 * prepared, published and reviewed, the meeting minuted with its actions, and the reminder and overdue notices.
 */
@Deployment(resources = { "bpmn/service-review.bpmn", "forms/service-review-disk-space.form",
		"forms/service-review-feedback.form", "forms/service-review-prepare-report.form",
		"forms/service-review-review-report.form", "forms/service-review-meeting.form" })
class ServiceReviewProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
		.assertClassCoverageAtLeast(1.0)
		.build();

	private static final ZoneId LONDON = ZoneId.of("Europe/London");
	private static final LocalDate MEETING = LocalDate.parse("2027-02-04");
	/** The schedule starts the review its lead time (a week) before the meeting. */
	private static final Instant STARTED = Instant.parse("2027-01-28T00:00:00Z");

	private ServiceReviews reviews;
	private ReviewActions actions;
	private ProcessInstance review;

	@BeforeEach
	void standInForTheDomainServices() {
		// The Spring test contexts of the same run have engines too: say which one the assertions use.
		org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine.getProcessEngine());
		ClockUtil.setCurrentTime(Date.from(STARTED));
		reviews = mock(ServiceReviews.class);
		actions = mock(ReviewActions.class);
		ServiceReview record = new ServiceReview("riverside", MEETING, YearMonth.of(2027, 1), "instance", STARTED);
		when(reviews.open(any(), eq(MEETING), any())).thenReturn(record);
		when(reviews.review(any(), eq(record.getReference()))).thenReturn(record);
		when(reviews.feedbackFrom(any(), eq(record.getReference()))).thenReturn(List.of("teacher", "assistant"));
		when(reviews.report(any(), eq(record.getReference()))).thenReturn(report());
		when(reviews.spreadsheet(any(), any())).thenReturn(new byte[] { 1, 2, 3 });
		when(reviews.link(any(), any())).thenReturn("http://localhost/report.xlsx");
		when(reviews.openActions(any())).thenReturn("No actions are open.");
		ServiceLevelProperties properties = new ServiceLevelProperties(
				new ServiceLevelProperties.ServiceReview(Period.ofDays(7), Period.ofDays(2), Period.ofDays(1), 10),
				new ServiceLevelProperties.CatalogueReview(Period.ofDays(28), Period.ofDays(7)),
				new ServiceLevelProperties.Report(Month.SEPTEMBER));
		Clock clock = new EngineClock(LONDON);
		ModelDelegates.register(new ServiceReviewDelegates.OpenReview(reviews), new ServiceReviewDelegates.Feedback(reviews),
				new ServiceReviewDelegates.AskForFeedback(reviews), new ServiceReviewDelegates.RecordFeedback(reviews),
				new ServiceReviewDelegates.RecordDiskSpace(reviews), new ServiceReviewDelegates.BuildReport(reviews),
				new ServiceReviewDelegates.RecordReportNotes(reviews), new ServiceReviewDelegates.PublishReport(reviews),
				new ServiceReviewDelegates.AttachReport(reviews), new ServiceReviewDelegates.RecordReportReview(reviews),
				new ServiceReviewDelegates.RecordMinutes(reviews, actions), new ServiceReviewDelegates.IssueMinutes(reviews),
				new ServiceReviewDelegates.RemindHolders(reviews), new ServiceReviewDelegates.ReportMeetingOverdue(reviews),
				new ServiceReviewTimers(properties, new SchoolDates(LONDON, clock)));
	}

	@AfterEach
	void reset() {
		ClockUtil.reset();
		Mocks.reset();
		identityService().clearAuthentication();
	}

	private static ServiceReport report() {
		List<YearMonth> months = List.of(YearMonth.of(2026, 12), YearMonth.of(2027, 1));
		List<ServiceReport.Figure> figures = java.util.Arrays.stream(ServiceReport.FigureKey.values())
			.map(k -> new ServiceReport.Figure(k.key(), k.title(), java.util.Arrays.<Number>asList(3, 4))).toList();
		return new ServiceReport("riverside", "Riverside Primary School", YearMonth.of(2027, 1), STARTED, true, months,
				figures, List.of(new ServiceReport.TargetResults("Priority 1", 1, 0, 1, 0)), List.of(), Map.of(),
				new ServiceReport.Feedback(2, 2, Map.of("well", 2), List.of(), List.of()), List.of());
	}

	// The extension deploys after @BeforeEach has run, so each test starts its own review, as the schedule does.
	private void startAsTheScheduleDoes() {
		review = runtimeService().startProcessInstanceByKey(KEY, with(REVIEW_DUE, MEETING.toString()));
		assertThat(review).isStarted().hasBusinessKey("SR-2027-02-04");
	}

	private Task task(String activityId) {
		return taskService().createTaskQuery().processInstanceId(review.getId()).taskDefinitionKey(activityId).singleResult();
	}

	private List<Task> feedbackTasks() {
		return taskService().createTaskQuery().processInstanceId(review.getId()).taskDefinitionKey(TASK_GIVE_FEEDBACK)
			.orderByTaskAssignee().asc().list();
	}

	private void completeAs(String userId, Task task, Map<String, Object> variables) {
		ModelSteps.completeAs(userId, task.getId(), variables);
	}

	private void runJobs() {
		ModelSteps.runDueJobs(review.getId());
	}

	private void answerFeedbackAndRecordDiskSpace() {
		List<Task> feedback = feedbackTasks();
		assertThat(feedback).extracting(Task::getAssignee).containsExactly("assistant", "teacher");
		assertThat(feedback.get(0).getDueDate()).isEqualTo(Date.from(Instant.parse("2027-02-02T00:00:00Z")));
		verify(reviews).askForFeedback(any(), eq("SR-2027-02-04"), eq("teacher"), any());
		verify(reviews).askForFeedback(any(), eq("SR-2027-02-04"), eq("assistant"), any());
		completeAs("assistant", feedback.get(0), with(RATING, FeedbackRating.WELL).and(TO_IMPROVE, "Faster printing"));
		completeAs("teacher", feedback.get(1), with(RATING, FeedbackRating.VERY_WELL));
		runJobs();
		verify(reviews).recordFeedback(any(), eq("SR-2027-02-04"), eq("assistant"), eq(FeedbackRating.WELL), eq(null),
				eq("Faster printing"));
		verify(reviews).recordFeedback(any(), eq("SR-2027-02-04"), eq("teacher"), eq(FeedbackRating.VERY_WELL), eq(null),
				eq(null));

		Task disk = task(TASK_MEASURE_DISK_SPACE);
		assertThat(taskService().getIdentityLinksForTask(disk.getId()))
			.anyMatch(link -> "maintenance".equals(link.getGroupId()));
		completeAs("technician", disk, with(DISK_USED_GB, new BigDecimal("412.5")).and(DISK_AVAILABLE_GB, new BigDecimal("587.5")));
		verify(reviews).recordDiskSpace(any(), eq("SR-2027-02-04"), eq(new BigDecimal("412.5")), eq(new BigDecimal("587.5")),
				eq("technician"));
	}

	private void prepareAndReviewTheReport() {
		assertThat(review).isWaitingAt(TASK_PREPARE_REPORT);
		assertThat(REPORT_SUMMARY.get(runtimeService().getVariables(review.getId()))).contains("Priority 1");
		assertThat(runtimeService().getVariable(review.getId(), REPORT_FIGURES.name()).toString())
			.contains("\"figure\":\"Incidents logged\"", "\"value\":\"4\"", "Dec 3");
		completeAs("administrator", task(TASK_PREPARE_REPORT), with(REPORT_NOTES, "A quiet month"));
		verify(reviews).reportPrepared(any(), eq("SR-2027-02-04"), eq("A quiet month"), eq("administrator"));
		runJobs();
		verify(reviews).publish(any(), eq("SR-2027-02-04"));

		Task reviewTask = task(TASK_REVIEW_REPORT);
		assertThat(taskService().getTaskAttachments(reviewTask.getId())).singleElement()
			.satisfies(a -> assertThat(a.getName()).isEqualTo("service-report-riverside-2027-01.xlsx"));
		assertThat(reviewTask.getDueDate()).isEqualTo(Date.from(Instant.parse("2027-02-04T00:00:00Z")));
		completeAs("headteacher", reviewTask, with(POINTS_TO_RAISE, "Printing again"));
		verify(reviews).reportReviewed(any(), eq("SR-2027-02-04"), eq("Printing again"), eq("headteacher"));
	}

	@Test
	void everyoneAnswers_reportPreparedAndReviewed_meetingMinutedWithActions_minutesIssued() {
		startAsTheScheduleDoes();
		assertThat(review).isWaitingAt(TASK_MEASURE_DISK_SPACE, TASK_GIVE_FEEDBACK);
		answerFeedbackAndRecordDiskSpace();
		prepareAndReviewTheReport();

		assertThat(review).isWaitingAt(TASK_HOLD_MEETING);
		List<ActionAgreed> agreed = List.of(new ActionAgreed("Replace the staff room printer", FitsFunction.MAINTENANCE,
				null, LocalDate.parse("2027-02-28")));
		when(actions.read(any(), any())).thenReturn(agreed);
		Object actionList = JsonList.of(List.of(Map.of("what", "Replace the staff room printer", "function", "maintenance",
				"byWhen", "2027-02-28")));
		completeAs("headteacher", task(TASK_HOLD_MEETING), with(EXPERIENCES, "Calls go through the office now")
			.and(REPORT_POINTS, "Fewer faults").and(FEEDBACK_POINTS, "Printing").and(ACTIONS, actionList)
			.and(NEXT_MEETING_ON, "2027-03-04"));
		ArgumentCaptor<ServiceReviews.Minutes> minutes = ArgumentCaptor.forClass(ServiceReviews.Minutes.class);
		verify(reviews).held(any(), eq("SR-2027-02-04"), minutes.capture(), eq("headteacher"));
		assertThat(minutes.getValue().actions()).isEqualTo(agreed);
		assertThat(minutes.getValue().nextMeetingOn()).isEqualTo(LocalDate.parse("2027-03-04"));
		assertThat(minutes.getValue().experiences()).isEqualTo("Calls go through the office now");

		runJobs();
		verify(reviews).issueMinutes(any(), eq("SR-2027-02-04"));
		assertThat(review).isEnded().hasPassedInOrder(TASK_OPEN_REVIEW, TASK_BUILD_REPORT, TASK_PREPARE_REPORT,
				TASK_RECORD_REPORT_NOTES, TASK_PUBLISH_REPORT, TASK_REVIEW_REPORT, TASK_RECORD_REPORT_REVIEW,
				TASK_HOLD_MEETING, TASK_RECORD_MINUTES, TASK_ISSUE_MINUTES, END_REVIEW_HELD)
			.hasNotPassed(TIMER_FEEDBACK_CLOSES, TASK_REMIND_HOLDERS, TASK_REPORT_MEETING_OVERDUE);
	}

	@Test
	void feedbackClosesBeforeEveryoneAnswers_theReportIsBuiltWithWhatCame() {
		startAsTheScheduleDoes();
		Task assistant = feedbackTasks().get(0);
		completeAs("assistant", assistant, with(RATING, FeedbackRating.POORLY));
		runJobs();
		completeAs("technician", task(TASK_MEASURE_DISK_SPACE), with(DISK_USED_GB, BigDecimal.TEN)
			.and(DISK_AVAILABLE_GB, BigDecimal.ONE));
		assertThat(feedbackTasks()).extracting(Task::getAssignee).containsExactly("teacher");

		ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-02-02T00:00:01Z")));
		runJobs();
		assertThat(feedbackTasks()).isEmpty();
		assertThat(review).hasPassed(TIMER_FEEDBACK_CLOSES).isWaitingAt(TASK_PREPARE_REPORT);
	}

	@Test
	void meetingNear_holdersOfOpenTasksReminded_thenMeetingDayPassed_ictOwnerTold() {
		startAsTheScheduleDoes();
		answerFeedbackAndRecordDiskSpace();
		prepareAndReviewTheReport();

		ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-02-03T00:00:01Z")));
		runJobs();
		ArgumentCaptor<Collection<FitsFunction>> reminded = collection();
		verify(reviews).remind(any(), eq("SR-2027-02-04"), reminded.capture());
		assertThat(reminded.getValue()).containsExactly(FitsFunction.ICT_OWNER);
		verify(reviews, never()).reportOverdue(any(), any(), anyCollection());

		ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-02-05T00:00:01Z")));
		runJobs();
		verify(reviews).reportOverdue(any(), eq("SR-2027-02-04"), anyCollection());
		assertThat(review).hasPassed(END_HOLDERS_REMINDED, END_OVERDUE_REPORTED).isWaitingAt(TASK_HOLD_MEETING);
	}

	@Test
	void diskSpaceRefused_theTaskStaysOpen_andNothingMoves() {
		startAsTheScheduleDoes();
		when(reviews.recordDiskSpace(any(), any(), any(), any(), any()))
			.thenThrow(new IllegalArgumentException("diskUsedGb: the disk space used, in GB (0 or more)."));
		Task disk = task(TASK_MEASURE_DISK_SPACE);
		assertThatThrownBy(() -> completeAs("technician", disk, with(DISK_USED_GB, new BigDecimal("-1"))
			.and(DISK_AVAILABLE_GB, BigDecimal.ONE)))
			.isInstanceOf(BadUserRequestException.class)
			.hasMessageContaining("diskUsedGb");
		assertThat(task(TASK_MEASURE_DISK_SPACE)).isNotNull();
		assertThat(review).hasNotPassed(TASK_RECORD_DISK_SPACE);
	}

	@SuppressWarnings("unchecked")
	private static ArgumentCaptor<Collection<FitsFunction>> collection() {
		return ArgumentCaptor.forClass(Collection.class);
	}
}

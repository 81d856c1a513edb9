package org.fitsflow.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.fitsflow.school.ReviewScheduleProcess.*;
import static org.fitsflow.system.process.ProcessVariables.with;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.fitsflow.testsupport.ModelDelegates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A school's review schedule walked on the plain engine with its real delegates and timers in front of a stand-in
 * for the schedules: it waits for the school's date, calls the review, waits again; a changed date sets the timer
 * again; a review still open when the next falls due is reported, never doubled.
 */
@Deployment(resources = { "bpmn/review-schedule.bpmn", "bpmn-test/review-stub.bpmn" })
class ReviewScheduleProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
		.assertClassCoverageAtLeast(1.0)
		.excludeProcessDefinitionKeys("review-stub")
		.build();

	private static final String STUB = "review-stub";
	private static final Instant NOW = Instant.parse("2027-01-20T09:00:00Z");
	private static final Instant FIRST_STARTS = Instant.parse("2027-01-28T00:00:00Z");
	private static final Instant SECOND_STARTS = Instant.parse("2027-03-03T00:00:00Z");

	private ReviewSchedules schedules;
	private FunctionMail mail;
	private ProcessInstance schedule;

	@BeforeEach
	void standInForTheSchedules() {
		// The Spring test contexts of the same run have engines too: say which one the assertions use.
		org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine.getProcessEngine());
		ClockUtil.setCurrentTime(Date.from(NOW));
		schedules = mock(ReviewSchedules.class);
		mail = mock(FunctionMail.class);
		when(schedules.nextReviewStarts(any(), eq(STUB))).thenReturn(FIRST_STARTS);
		when(schedules.reviewStarting(any(), eq(STUB))).thenReturn(LocalDate.parse("2027-02-04"));
		ReviewSchedule row = new ReviewSchedule("riverside", STUB, LocalDate.parse("2027-03-10"), "headteacher", NOW);
		when(schedules.schedule(any(), eq(STUB))).thenReturn(row);
		when(schedules.title(STUB)).thenReturn("monthly service review");
		ModelDelegates.register(new ReviewScheduleDelegates.StartReview(schedules),
				new ReviewScheduleDelegates.ReportReviewStillOpen(schedules, mail), new ReviewScheduleTimers(schedules));
	}

	@AfterEach
	void reset() {
		ClockUtil.reset();
		Mocks.reset();
	}

	private void start() {
		schedule = runtimeService().startProcessInstanceByKey(KEY, with(SCHOOL_ID, "riverside").and(REVIEW_KEY, STUB));
	}

	/** The schedule's one timer job: the review's date while it waits, the next review's while one is open. */
	private Job timer() {
		return managementService().createJobQuery().processInstanceId(schedule.getId()).timers().singleResult();
	}

	@Test
	void reviewStartsOnTheSchoolsDate_andTheScheduleWaitsForTheNextWhenItEnds() {
		start();
		assertThat(schedule).isWaitingAt(GATEWAY_WAIT_FOR_REVIEW);
		assertThat(timer().getDuedate()).isEqualTo(Date.from(FIRST_STARTS));

		ClockUtil.setCurrentTime(Date.from(FIRST_STARTS));
		when(schedules.nextReviewStarts(any(), eq(STUB))).thenReturn(SECOND_STARTS);
		execute(timer());

		assertThat(schedule).isWaitingAt(CALL_REVIEW).hasVariables(REVIEW_DUE.name());
		assertThat(REVIEW_DUE.get(runtimeService().getVariables(schedule.getId()))).isEqualTo("2027-02-04");
		ProcessInstance review = calledProcessInstance(schedule);
		assertThat(review).isWaitingAt("Task_Review");
		assertThat(REVIEW_DUE.get(runtimeService().getVariables(review.getId()))).isEqualTo("2027-02-04");

		complete(task(review));
		assertThat(schedule).isWaitingAt(GATEWAY_WAIT_FOR_REVIEW);
		assertThat(timer().getDuedate()).isEqualTo(Date.from(SECOND_STARTS));
		assertThat(schedule).hasPassedInOrder(START_SCHEDULED, GATEWAY_WAIT_FOR_REVIEW, TIMER_REVIEW_DUE, TASK_START_REVIEW,
				CALL_REVIEW);
		verify(mail, never()).send(any(), any(), any(), any());
	}

	@Test
	void schoolChangesItsDate_theTimerIsSetAgainForTheNewDate() {
		start();
		Instant later = Instant.parse("2027-02-08T00:00:00Z");
		when(schedules.nextReviewStarts(any(), eq(STUB))).thenReturn(later);
		runtimeService().createMessageCorrelation(REVIEW_DATE_CHANGED).processInstanceId(schedule.getId()).correlate();

		assertThat(schedule).isWaitingAt(GATEWAY_WAIT_FOR_REVIEW).hasPassed(MESSAGE_DATE_CHANGED);
		assertThat(managementService().createJobQuery().processInstanceId(schedule.getId()).count()).isEqualTo(1);
		assertThat(timer().getDuedate()).isEqualTo(Date.from(later));
	}

	@Test
	void reviewStillOpenWhenTheNextFallsDue_theIctOwnerIsTold_andNoSecondReviewStarts() {
		start();
		ClockUtil.setCurrentTime(Date.from(FIRST_STARTS));
		when(schedules.nextReviewStarts(any(), eq(STUB))).thenReturn(SECOND_STARTS);
		execute(timer());
		ProcessInstance review = calledProcessInstance(schedule);

		ClockUtil.setCurrentTime(Date.from(SECOND_STARTS.plusSeconds(60)));
		execute(timer());
		execute(job(TASK_REPORT_REVIEW_STILL_OPEN, schedule));

		verify(mail).send(any(), eq(FitsFunction.ICT_OWNER), eq("review-still-open"), eq(Map.of("review",
				"monthly service review", "openSince", "2027-02-04", "nextDue", "2027-03-10")));
		assertThat(schedule).hasPassed(END_STILL_OPEN_REPORTED).isWaitingAt(CALL_REVIEW);
		assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(STUB).count()).isEqualTo(1);

		// When the late review ends, the next starts at once: late, never skipped.
		complete(task(review));
		assertThat(schedule).isWaitingAt(GATEWAY_WAIT_FOR_REVIEW);
		execute(timer());
		assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(STUB).active().count()).isEqualTo(1);
		assertThat(calledProcessInstance(schedule).getId()).isNotEqualTo(review.getId());
	}
}

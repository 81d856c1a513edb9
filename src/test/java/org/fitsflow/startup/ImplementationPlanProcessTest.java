package org.fitsflow.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.fitsflow.startup.ImplementationPlanProcess.*;
import static org.fitsflow.system.process.ProcessVariables.with;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.LocalDate;
import java.time.ZoneId;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.fitsflow.school.ReviewSchedules;
import org.fitsflow.school.SchoolDates;
import org.fitsflow.servicelevel.CatalogueReviewProcess;
import org.fitsflow.servicelevel.ServiceReviewProcess;
import org.fitsflow.system.EngineClock;
import org.fitsflow.system.process.ActingUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The implementation plan checklist (003, section 4), walked on the plain engine with its real listener. */
@Deployment(resources = { "bpmn/implementation-plan.bpmn", "forms/implementation-plan-prepare.form",
		"forms/implementation-plan-meeting-1.form", "forms/implementation-plan-before-meeting-2.form",
		"forms/implementation-plan-meeting-2.form", "forms/implementation-plan-distribute-procedure.form",
		"forms/implementation-plan-confirm-start.form" })
class ImplementationPlanProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
		.assertClassCoverageAtLeast(1.0)
		.build();

	private ProcessInstance plan;
	private final ReviewSchedules schedules = mock(ReviewSchedules.class);

	@org.junit.jupiter.api.BeforeEach
	void delegates() {
		// The Spring test contexts of the same run have engines too: say which one the assertions use.
		org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine.getProcessEngine());
		SchoolDates dates = new SchoolDates(ZoneId.of("Europe/London"), new EngineClock(ZoneId.of("Europe/London")));
		org.fitsflow.testsupport.ModelDelegates.register(new ImplementationPlanDelegates.StartDateConfirmedAnswered(),
				new ImplementationPlanDelegates.ScheduleCatalogueReview(schedules, dates),
				new ImplementationPlanDelegates.StartServiceReviews(schedules));
	}

	@org.junit.jupiter.api.AfterEach
	void reset() {
		org.camunda.bpm.engine.test.mock.Mocks.reset();
	}

	// The extension deploys after @BeforeEach has run, so each test starts its own plan.
	private void start() {
		plan = runtimeService().startProcessInstanceByKey(KEY);
	}

	@Test
	void happyPath_startDateConfirmedAtMeeting2_primaryFitsStarts() {
		start();
		prepareAndHoldMeeting1();
		reviewBeforeMeeting2();
		holdMeeting2(StartDateConfirmed.YES);

		assertThat(plan).isWaitingAt(TASK_DISTRIBUTE_SUPPORT_PROCEDURE);
		assertThat(task()).hasCandidateGroup("ict-owner").hasDueDate(java.sql.Date.valueOf("2027-01-04"));
		complete(task(), with(SUPPORT_PROCEDURE_DISTRIBUTED_ON, "2026-12-18"));
		assertThat(plan).isWaitingAt(TASK_CONFIRM_START_DATE);
		complete(task(), with(START_CONFIRMED_ON, "2027-01-03"));

		assertThat(plan).isEnded().hasPassedInOrder(TASK_PLAN_AND_PREPARE, TASK_HOLD_MEETING_1,
				TASK_SCHEDULE_CATALOGUE_REVIEW, TASK_PREPARE_FOR_MEETING_2, TASK_HOLD_MEETING_2,
				TASK_DISTRIBUTE_SUPPORT_PROCEDURE, TASK_CONFIRM_START_DATE, TASK_START_SERVICE_REVIEWS, END_STARTED);
		// The catalogue is reviewed before the start date; meeting 3 is the first monthly review (issue 10, point 16).
		verify(schedules).startOrMove(any(), eq(CatalogueReviewProcess.KEY), eq(LocalDate.parse("2027-01-03")),
				eq(ActingUser.SYSTEM));
		verify(schedules).startOrMove(any(), eq(ServiceReviewProcess.KEY), eq(LocalDate.parse("2027-02-04")),
				eq(ActingUser.SYSTEM));
	}

	@Test
	void startDateNotConfirmed_teamMeetsAgainBeforeStarting() {
		start();
		prepareAndHoldMeeting1();
		reviewBeforeMeeting2();
		holdMeeting2(StartDateConfirmed.NO);

		assertThat(plan).isWaitingAt(TASK_PREPARE_FOR_MEETING_2);
		reviewBeforeMeeting2();
		holdMeeting2(StartDateConfirmed.YES);
		assertThat(plan).isWaitingAt(TASK_DISTRIBUTE_SUPPORT_PROCEDURE);
		verify(schedules, times(1)).startOrMove(any(), eq(CatalogueReviewProcess.KEY), any(), any());
	}

	@Test
	void planAndPrepare_withoutFirstMeetingDate_isRefusedAndStaysOpen() {
		start();
		assertThat(plan).isWaitingAt(TASK_PLAN_AND_PREPARE);
		String taskId = task().getId();
		assertThatThrownBy(() -> taskService().complete(taskId, with(GUIDANCE_READ_ON, "2026-11-23")
			.and(INTENTION_COMMUNICATED_ON, "2026-11-24").and(FUNCTIONS_ASSIGNED, true)))
			.hasRootCauseInstanceOf(BadUserRequestException.class)
			.hasMessageContaining("(" + FIRST_MEETING_ON + ") is required");
		assertThat(plan).isWaitingAt(TASK_PLAN_AND_PREPARE);
		assertThat(GUIDANCE_READ_ON.get(runtimeService().getVariables(plan.getId()))).isNull();
	}

	@Test
	void planAndPrepare_functionsNotAssigned_isRefused() {
		start();
		String taskId = task(plan).getId();
		assertThatThrownBy(() -> taskService().complete(taskId, with(GUIDANCE_READ_ON, "2026-11-23")
			.and(INTENTION_COMMUNICATED_ON, "2026-11-24").and(FUNCTIONS_ASSIGNED, false).and(FIRST_MEETING_ON, "2026-11-30")))
			.hasMessageContaining("(" + FUNCTIONS_ASSIGNED + ") is required");
	}

	private void prepareAndHoldMeeting1() {
		assertThat(plan).isWaitingAt(TASK_PLAN_AND_PREPARE);
		assertThat(task()).hasCandidateGroup("ict-owner");
		complete(task(), with(GUIDANCE_READ_ON, "2026-11-23").and(INTENTION_COMMUNICATED_ON, "2026-11-24")
			.and(FUNCTIONS_ASSIGNED, true).and(FIRST_MEETING_ON, "2026-11-30"));
		assertThat(plan).isWaitingAt(TASK_HOLD_MEETING_1);
		assertThat(task()).hasDueDate(java.sql.Date.valueOf("2026-11-30"));
		complete(task(), with(INTRODUCED_ON, "2026-11-30").and(TOOLSETS_DISTRIBUTED_ON, "2026-11-30")
			.and(START_DATE, "2027-01-04").and(SECOND_MEETING_ON, "2026-12-14"));
	}

	private void reviewBeforeMeeting2() {
		assertThat(plan).isWaitingAt(TASK_PREPARE_FOR_MEETING_2);
		complete(task(), with(OWN_TASKS_REVIEWED_ON, "2026-12-07").and(USERS_UPDATED_ON, "2026-12-08"));
	}

	private void holdMeeting2(StartDateConfirmed startDateConfirmed) {
		assertThat(plan).isWaitingAt(TASK_HOLD_MEETING_2);
		complete(task(), with(UNDERSTANDING_CHECKED_ON, "2026-12-14").and(COMMUNICATIONS_DUE_ON, "2026-12-18")
			.and(SUPPORT_PROCEDURE_DUE_ON, "2026-12-16").and(START_DATE_CONFIRMED, startDateConfirmed)
			.and(START_DATE, "2027-01-04").and(NEXT_MEETING_ON, "2027-02-04"));
	}
}

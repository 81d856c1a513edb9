package org.fitsflow.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.fitsflow.startup.ImplementationPlanProcess.*;
import static org.fitsflow.system.process.ProcessVariables.with;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.fitsflow.school.FunctionCheck;
import org.fitsflow.school.ReviewSchedules;
import org.fitsflow.school.SchoolCalendar;
import org.fitsflow.school.SchoolDates;
import org.fitsflow.school.SchoolTimeProperties;
import org.fitsflow.servicelevel.CatalogueReviewProcess;
import org.fitsflow.servicelevel.ServiceReviewProcess;
import org.fitsflow.system.EngineClock;
import org.fitsflow.system.process.ActingUser;
import org.fitsflow.testsupport.ModelDelegates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The implementation plan checklist (003, section 4), walked on the plain engine with its real listeners and timers,
 * and the support procedure it calls with the single point of contact's dates from meeting 2; the reviews it sets going
 * are a mocked schedule.
 */
@Deployment(resources = { "bpmn/implementation-plan.bpmn", "bpmn/support-procedure.bpmn",
		"forms/implementation-plan-prepare.form", "forms/implementation-plan-meeting-1.form",
		"forms/implementation-plan-before-meeting-2.form", "forms/implementation-plan-meeting-2.form",
		"forms/implementation-plan-communications.form", "forms/implementation-plan-confirm-start.form",
		"forms/support-procedure-write.form", "forms/support-procedure-issue.form" })
class ImplementationPlanProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
		.assertClassCoverageAtLeast(1.0)
		.build();

	static final ZoneId LONDON = ZoneId.of("Europe/London");
	/** The Christmas holiday ends on Friday 1 January; the start date is Monday 4 January 2027. */
	static final SchoolCalendar CALENDAR = new SchoolCalendar(new SchoolTimeProperties(LONDON, LocalTime.of(8, 30),
			LocalTime.of(16, 30), List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
					DayOfWeek.FRIDAY), List.of("2026-12-21..2027-01-01")));

	private ProcessInstance plan;
	private FunctionCheck functions;
	private SupportProcedures procedures;
	private ReviewSchedules schedules;

	@BeforeEach
	void delegates() {
		org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine.getProcessEngine());
		functions = mock(FunctionCheck.class);
		when(functions.findings(any())).thenReturn(List.of());
		procedures = mock(SupportProcedures.class);
		schedules = mock(ReviewSchedules.class);
		Clock clock = Clock.system(LONDON);
		SchoolDates dates = new SchoolDates(LONDON, new EngineClock(LONDON));
		ModelDelegates.register(new ImplementationPlanDelegates.FunctionsAssigned(functions),
				new ImplementationPlanDelegates.ScheduleCatalogueReview(schedules, dates),
				new ImplementationPlanDelegates.StartServiceReviews(schedules),
				new ImplementationPlanDelegates.StartDateConfirmedAnswered(), new ImplementationPlanTimers(CALENDAR, clock),
				new SupportProcedureDelegates.Written(procedures), new SupportProcedureDelegates.Issued(procedures),
				new SupportProcedureDelegates.SendToIctUsers(procedures), new SupportProcedureTimers(clock));
	}

	@AfterEach
	void reset() {
		Mocks.reset();
	}

	// The extension deploys after @BeforeEach has run, so each test starts its own plan.
	private void start() {
		plan = runtimeService().startProcessInstanceByKey(KEY);
	}

	@Test
	void happyPath_startDateConfirmed_singlePointOfContactsWorkByTheAgreedDates_confirmedTheSchoolDayBefore() {
		start();
		prepareAndHoldMeeting1();
		reviewBeforeMeeting2();
		holdMeeting2(StartDateConfirmed.YES);

		// Point 15: both of the single point of contact's tasks agreed at meeting 2, due on the dates agreed there.
		assertThat(plan).isWaitingAt(TASK_PUT_COMMUNICATIONS_IN_PLACE, CALL_SUPPORT_PROCEDURE);
		assertThat(task(TASK_PUT_COMMUNICATIONS_IN_PLACE, plan)).hasCandidateGroup("single-point-of-contact")
			.hasDueDate(startOfDay("2026-12-18"));
		ProcessInstance procedure = calledProcessInstance(SupportProcedureProcess.KEY, plan);
		assertThat(procedure).isWaitingAt(SupportProcedureProcess.TASK_WRITE);
		assertThat(task(procedure)).hasCandidateGroup("single-point-of-contact").hasDueDate(startOfDay("2026-12-16"));
		complete(task(TASK_PUT_COMMUNICATIONS_IN_PLACE, plan), with(COMMUNICATIONS_IN_PLACE_ON, "2026-12-17"));
		assertThat(plan).isWaitingAt(CALL_SUPPORT_PROCEDURE);

		// Point 14: written, issued with the memo before the start date, then sent to every ICT user.
		complete(task(procedure), with(SupportProcedureProcess.SUPPORT_PROCEDURE, "Report every fault through the office."));
		assertThat(task(procedure)).hasCandidateGroup("ict-owner").hasDueDate(startOfDay("2027-01-04"));
		complete(task(procedure), with(SupportProcedureProcess.COVERING_MEMO, "Please follow it."));
		execute(job(procedure));
		verify(procedures).sendToIctUsers(any(), any());
		assertThat(procedure).isEnded();

		// Point 13: a Monday start after the holiday is confirmed on the last school day before it.
		assertThat(plan).isWaitingAt(TASK_CONFIRM_START_DATE);
		assertThat(task(plan)).hasCandidateGroup("ict-owner").hasDueDate(startOfDay("2026-12-18"));
		complete(task(plan), with(START_CONFIRMED_ON, "2026-12-18"));

		assertThat(plan).isEnded().hasPassedInOrder(TASK_PLAN_AND_PREPARE, TASK_HOLD_MEETING_1,
				TASK_SCHEDULE_CATALOGUE_REVIEW, TASK_PREPARE_FOR_MEETING_2, TASK_HOLD_MEETING_2,
				GATEWAY_SINGLE_POINT_OF_CONTACT_WORK, CALL_SUPPORT_PROCEDURE, GATEWAY_READY_TO_START,
				TASK_CONFIRM_START_DATE, TASK_START_SERVICE_REVIEWS, END_STARTED);
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
		assertThat(plan).isWaitingAt(TASK_PUT_COMMUNICATIONS_IN_PLACE, CALL_SUPPORT_PROCEDURE);
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

	/** Point 12: the tick is checked against the school's functions; the refusal says which function and which rule. */
	@Test
	void planAndPrepare_tickedWhileAFunctionIsUnheldOrARuleBroken_isRefusedSayingWhich_andStaysOpen() {
		when(functions.findings(any())).thenReturn(List.of("Provision (provision) is held by nobody.",
				"ict-owner-is-on-leadership-team: Sam Smith is not on the leadership team."));
		start();
		String taskId = task(plan).getId();
		assertThatThrownBy(() -> taskService().complete(taskId, with(GUIDANCE_READ_ON, "2026-11-23")
			.and(INTENTION_COMMUNICATED_ON, "2026-11-24").and(FUNCTIONS_ASSIGNED, true).and(FIRST_MEETING_ON, "2026-11-30")))
			.hasRootCauseInstanceOf(BadUserRequestException.class)
			.hasMessageContaining("'" + FUNCTIONS_ASSIGNED + "'")
			.hasMessageContaining("Provision (provision) is held by nobody.")
			.hasMessageContaining("ict-owner-is-on-leadership-team");
		assertThat(plan).isWaitingAt(TASK_PLAN_AND_PREPARE);
		assertThat(taskQuery().taskId(taskId).singleResult()).isNotNull();

		when(functions.findings(any())).thenReturn(List.of());
		complete(task(plan), with(GUIDANCE_READ_ON, "2026-11-23").and(INTENTION_COMMUNICATED_ON, "2026-11-24")
			.and(FUNCTIONS_ASSIGNED, true).and(FIRST_MEETING_ON, "2026-11-30"));
		assertThat(plan).isWaitingAt(TASK_HOLD_MEETING_1);
	}

	private static Date startOfDay(String date) {
		return Date.from(LocalDate.parse(date).atStartOfDay(LONDON).toInstant());
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

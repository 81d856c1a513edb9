package org.fitsflow.maintenance;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.fitsflow.maintenance.PreventativeMaintenanceProcess.*;
import static org.fitsflow.system.process.ProcessVariables.with;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.fitsflow.change.ChangeOutcome;
import org.fitsflow.change.RaisedAs;
import org.fitsflow.change.RequestForChangeProcess;
import org.fitsflow.school.SchoolDates;
import org.fitsflow.system.EngineClock;
import org.fitsflow.testsupport.ModelDelegates;
import org.fitsflow.testsupport.ModelSteps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One occurrence of a preventative maintenance activity, walked on the plain engine with the real delegates and timer
 * bean in front of a stand-in for the schedule: due on its own date (less the change notice when it takes a service
 * down), carried out and recorded by maintenance, a downtime going through a request for change first, and the next
 * occurrence scheduled as each finishes.
 */
@Deployment(resources = { "bpmn/preventative-maintenance.bpmn", "stubs/request-for-change-stub.bpmn",
		"forms/preventative-maintenance-carry-out.form" })
class PreventativeMaintenanceProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
		.assertClassCoverageAtLeast(1.0)
		.build();

	private static final ZoneId LONDON = ZoneId.of("Europe/London");
	private static final LocalDate DUE = LocalDate.of(2027, 2, 9);

	private MaintenanceSchedule schedule;
	private ProcessInstance occurrence;

	@BeforeEach
	void standInForTheSchedule() {
		org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine.getProcessEngine());
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-01-04T10:00:00Z")));
		schedule = mock(MaintenanceSchedule.class);
		when(schedule.changeRequest(any(), any(), any())).thenReturn(new MaintenanceSchedule.ChangeRequest(
				"Preventative maintenance PM-2027-0001: server updates on 2027-02-09", "Planned; users agreed",
				"technician"));
		ModelDelegates.register(new PreventativeMaintenanceDelegates.ActivityDue(schedule),
				new PreventativeMaintenanceDelegates.PrepareChange(schedule),
				new PreventativeMaintenanceDelegates.RecordChangeOutcome(schedule),
				new PreventativeMaintenanceDelegates.RecordNotCarriedOut(schedule),
				new PreventativeMaintenanceDelegates.RecordActivityDone(schedule),
				new PreventativeMaintenanceDelegates.ScheduleNextOccurrence(schedule),
				new PreventativeMaintenanceTimers(new SchoolDates(LONDON, new EngineClock(LONDON)),
						new MaintenanceProperties(Period.ofDays(21))));
	}

	@AfterEach
	void reset() {
		ClockUtil.reset();
		Mocks.reset();
		identityService().clearAuthentication();
	}

	@Test
	void anActivityWithoutDowntime_isDueOnItsDay_carriedOutAndRecorded_thenTheNextIsScheduled() {
		startAsTheScheduleDoes(false);
		assertThat(occurrence).isWaitingAt(TIMER_ACTIVITY_DUE);
		org.assertj.core.api.Assertions.assertThat(timerDue()).isEqualTo(Date.from(Instant.parse("2027-02-09T00:00:00Z")));

		ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-02-08T23:59:00Z")));
		ModelSteps.runDueJobs(occurrence.getId());
		assertThat(occurrence).isWaitingAt(TIMER_ACTIVITY_DUE);
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-02-09T07:00:00Z")));
		ModelSteps.runDueJobs(occurrence.getId());
		assertThat(occurrence).isWaitingAt(TASK_CARRY_OUT_ACTIVITY);
		verify(schedule).occurrenceDue(any(), eq("PM-2027-0001"), eq(DUE));
		assertThat(task()).hasCandidateGroup("maintenance");
		org.assertj.core.api.Assertions.assertThat(task().getDueDate())
			.isEqualTo(Date.from(Instant.parse("2027-02-10T00:00:00Z")));

		// The form's required notes are checked on the server too.
		assertThatThrownBy(() -> ModelSteps.completeAs("technician", task().getId(), with(ACTIVITY_NOTES, "")))
			.isInstanceOf(ProcessEngineException.class).hasMessageContaining(ACTIVITY_NOTES.name());
		ModelSteps.completeAs("technician", task().getId(), with(ACTIVITY_NOTES, "Updates installed, rebooted 16:20"));
		verify(schedule).done(any(), eq("PM-2027-0001"), eq(DUE), eq("Updates installed, rebooted 16:20"),
				eq("technician"));
		// The next occurrence is scheduled behind a save point, after maintenance's record is committed.
		verify(schedule, never()).scheduleNext(any(), any(), any());
		assertThat(occurrence).isWaitingAt(TASK_SCHEDULE_NEXT);
		ModelSteps.runDueJobs(occurrence.getId());
		verify(schedule).scheduleNext(any(), eq("PM-2027-0001"), eq(occurrence.getId()));
		assertThat(occurrence).isEnded().hasPassedInOrder(START_OCCURRENCE_SCHEDULED, TIMER_ACTIVITY_DUE,
				GATEWAY_TAKES_SERVICE_DOWN, TASK_CARRY_OUT_ACTIVITY, TASK_RECORD_ACTIVITY_DONE, TASK_SCHEDULE_NEXT,
				END_OCCURRENCE_FINISHED);
		assertThat(occurrence).hasNotPassed(CALL_REQUEST_FOR_CHANGE);
	}

	@Test
	void anActivityThatTakesAServiceDown_raisesAChangeAsMaintenanceAheadOfTheDate_andIsCarriedOutOnceItIsMade() {
		startAsTheScheduleDoes(true);
		// 21 days before 9 February, at the start of that school day (winter: London is UTC).
		org.assertj.core.api.Assertions.assertThat(timerDue()).isEqualTo(Date.from(Instant.parse("2027-01-19T00:00:00Z")));
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-01-19T00:00:01Z")));
		ModelSteps.runDueJobs(occurrence.getId());
		assertThat(occurrence).isWaitingAt(CALL_REQUEST_FOR_CHANGE);
		ProcessInstance change = calledChange();
		VariableMap passed = runtimeService().getVariablesTyped(change.getId());
		org.assertj.core.api.Assertions.assertThat(RequestForChangeProcess.RAISED_FROM.get(passed)).isEqualTo("PM-2027-0001");
		org.assertj.core.api.Assertions.assertThat(RequestForChangeProcess.BRIEF_DESCRIPTION.get(passed))
			.startsWith("Preventative maintenance PM-2027-0001");
		org.assertj.core.api.Assertions.assertThat(RequestForChangeProcess.ORIGINATOR.get(passed)).isEqualTo("technician");
		org.assertj.core.api.Assertions.assertThat(RequestForChangeProcess.RAISED_AS.get(passed)).isEqualTo(RaisedAs.MAINTENANCE);

		finishChange(change, "RFC-2027-0003", ChangeOutcome.SUCCESSFUL);
		verify(schedule).changeFinished(any(), eq("PM-2027-0001"), eq(DUE), eq("RFC-2027-0003"));
		assertThat(occurrence).isWaitingAt(TASK_CARRY_OUT_ACTIVITY);
		ModelSteps.completeAs("technician", task().getId(), with(ACTIVITY_NOTES, "Done in the agreed window"));
		ModelSteps.runDueJobs(occurrence.getId());
		assertThat(occurrence).isEnded().hasPassedInOrder(TIMER_ACTIVITY_DUE, TASK_PREPARE_CHANGE,
				CALL_REQUEST_FOR_CHANGE, TASK_RECORD_CHANGE_OUTCOME, GATEWAY_CHANGE_MADE, TASK_CARRY_OUT_ACTIVITY,
				TASK_RECORD_ACTIVITY_DONE, TASK_SCHEDULE_NEXT, END_OCCURRENCE_FINISHED);
		verify(schedule, never()).notCarriedOut(any(), any(), any(), any(), any());
	}

	@Test
	void aRejectedChange_recordsTheOccurrenceAsNotCarriedOut_andStillSchedulesTheNext() {
		startAsTheScheduleDoes(true);
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-01-20T09:00:00Z")));
		ModelSteps.runDueJobs(occurrence.getId());
		finishChange(calledChange(), "RFC-2027-0004", ChangeOutcome.REJECTED);
		verify(schedule).notCarriedOut(any(), eq("PM-2027-0001"), eq(DUE), eq("RFC-2027-0004"),
				eq(ChangeOutcome.REJECTED));
		ModelSteps.runDueJobs(occurrence.getId());
		verify(schedule).scheduleNext(any(), eq("PM-2027-0001"), eq(occurrence.getId()));
		assertThat(occurrence).isEnded().hasPassedInOrder(GATEWAY_CHANGE_MADE, TASK_RECORD_NOT_CARRIED_OUT,
				TASK_SCHEDULE_NEXT, END_OCCURRENCE_FINISHED);
		assertThat(occurrence).hasNotPassed(TASK_CARRY_OUT_ACTIVITY);
		verify(schedule, never()).done(any(), any(), any(), any(), any());
	}

	private void startAsTheScheduleDoes(boolean takesServiceDown) {
		occurrence = runtimeService().startProcessInstanceByKey(KEY, "riverside/PM-2027-0001/" + DUE,
				with(ACTIVITY_REFERENCE, "PM-2027-0001").and(ACTIVITY, "Install server updates")
					.and(INSTRUCTIONS, "Windows updates on SRV-01, then reboot").and(DUE_ON, DUE.toString())
					.and(TAKES_SERVICE_DOWN, takesServiceDown)
					.and(DOWNTIME, takesServiceDown ? "Email down 16:00 to 18:00" : "It takes no service down."));
	}

	private Date timerDue() {
		return managementService().createJobQuery().processInstanceId(occurrence.getId()).timers().singleResult()
			.getDuedate();
	}

	private ProcessInstance calledChange() {
		return runtimeService().createProcessInstanceQuery().processDefinitionKey(RequestForChangeProcess.KEY)
			.superProcessInstanceId(occurrence.getId()).singleResult();
	}

	/** The stub request for change ends with what the real one hands back to its caller. */
	private void finishChange(ProcessInstance change, String reference, ChangeOutcome outcome) {
		ModelSteps.completeAs("headteacher", taskQuery().processInstanceId(change.getId()).singleResult().getId(),
				with(RequestForChangeProcess.CHANGE_REFERENCE, reference).and(RequestForChangeProcess.CHANGE_OUTCOME, outcome));
	}
}

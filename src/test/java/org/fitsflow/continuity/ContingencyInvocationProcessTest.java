package org.fitsflow.continuity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.fitsflow.continuity.ContingencyInvocationProcess.*;
import static org.fitsflow.system.process.ProcessVariables.with;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.fitsflow.system.ForbiddenException;
import org.fitsflow.testsupport.ModelDelegates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Invoking the contingency plan walked on the plain engine: every path, with the real delegates and timers in front
 * of a stand-in for the domain service, the progress updates' timer moved by the clock.
 */
@Deployment(resources = { "bpmn/contingency-invocation.bpmn", "forms/contingency-invocation-invoke.form",
		"forms/contingency-invocation-decide.form", "forms/contingency-invocation-manual-system.form",
		"forms/contingency-invocation-recovery.form", "forms/contingency-invocation-confirm-restored.form",
		"forms/contingency-invocation-review.form" })
class ContingencyInvocationProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
		.assertClassCoverageAtLeast(1.0)
		.build();

	private static final Instant MONDAY_NINE = Instant.parse("2026-11-23T09:00:00Z");
	private static final String REFERENCE = "CON-2026-0001";
	private static final Long SERVER = 1L;
	private static final Long NETWORK = 2L;

	private Invocations invocations;
	private ProcessInstance invocation;

	@BeforeEach
	void standInForTheDomainService() {
		org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine.getProcessEngine());
		ClockUtil.setCurrentTime(Date.from(MONDAY_NINE));
		invocations = mock(Invocations.class);
		when(invocations.invoke(any(), any(), any(), any(), any(), any())).thenReturn(Invocation.invoked("riverside",
				REFERENCE, "Server room flooded", MONDAY_NINE, 1L, "headteacher", MONDAY_NINE));
		when(invocations.updateInterval(any(), any())).thenReturn(Duration.ofHours(2));
		when(invocations.affectedServiceIds(any(), any())).thenReturn(List.of(SERVER.toString(), NETWORK.toString()));
		// The plan names a person to start the server's manual system, and no manual system for the network.
		when(invocations.recovery(any(), any(), eq(SERVER))).thenReturn(new Invocations.Recovery("MIS and registers",
				true, "Paper registers from the office", "ict-owner", "administrator", "DRP-2026-01"));
		when(invocations.recovery(any(), any(), eq(NETWORK))).thenReturn(new Invocations.Recovery(
				"Network and internet access", false, null, null, null, "DRP-2026-01"));
		when(invocations.checked(any(), any(), any(), eq(Restoration.RESTORED), any(), any(), any())).thenReturn(true);
		when(invocations.decide(any(), any(), eq(InvocationDecision.INVOKE), any(), any(), any(), any(), any()))
			.thenReturn(true);
		ModelDelegates.register(new ContingencyInvocationDelegates.RecordInvocation(invocations),
				new ContingencyInvocationDelegates.RecordDecision(invocations),
				new ContingencyInvocationDelegates.TellRecoveryTeam(invocations),
				new ContingencyInvocationDelegates.PrepareRecovery(invocations),
				new ContingencyInvocationDelegates.RecordManualSystem(invocations),
				new ContingencyInvocationDelegates.RecordRecovery(invocations),
				new ContingencyInvocationDelegates.RecordServiceCheck(invocations),
				new ContingencyInvocationDelegates.SendProgressUpdate(invocations),
				new ContingencyInvocationDelegates.TellServicesRestored(invocations),
				new ContingencyInvocationDelegates.RecordReview(invocations), new ContingencyInvocationTimers(invocations));
	}

	@AfterEach
	void reset() {
		ClockUtil.reset();
		Mocks.reset();
		identityService().clearAuthentication();
	}

	@Test
	void invokedFromTasklist_teamTold_manualSystemStarted_progressUpdatesUntilEveryServiceIsRestored_thenReviewed() {
		invokeAsIctOwner();
		verify(invocations).invoke(any(), eq("headteacher"), eq("MIS and registers, Network and internet access"),
				eq("Server room flooded"), isNull(), eq(invocation.getProcessInstanceId()));
		assertThat(invocation).isWaitingAt(TASK_TELL_RECOVERY_TEAM);
		execute(TASK_TELL_RECOVERY_TEAM);
		verify(invocations).tellRecoveryTeam(any(), eq(REFERENCE));

		// One recovery per service lost; the plan names the office's person for the server's manual system.
		Task manual = taskQuery().taskDefinitionKey(TASK_START_MANUAL_SYSTEM).singleResult();
		assertThat(manual).isAssignedTo("administrator");
		assertThat(taskQuery().taskDefinitionKey(TASK_START_MANUAL_SYSTEM).taskCandidateGroup("ict-owner")
			.includeAssignedTasks().count()).as("the ICT owner sees it too").isOne();
		assertThat(taskQuery().taskDefinitionKey(TASK_CARRY_OUT_RECOVERY_PLAN).list()).hasSize(2)
			.allSatisfy(t -> assertThat(t).hasCandidateGroup("maintenance"));
		assertThat(invocation).hasPassed(END_NO_MANUAL_SYSTEM);

		identityService().setAuthenticatedUserId("administrator");
		complete(manual, with(HAPPENED_AT, "2026-11-23T09:20:00Z").and(STEP_NOTES, "Registers out"));
		verify(invocations).manualSystemStarted(any(), eq(REFERENCE), eq(SERVER), eq("2026-11-23T09:20:00Z"),
				eq("Registers out"), eq("administrator"));
		assertThat(invocation).hasPassed(END_MANUAL_SYSTEM_IN_USE);

		// Two hours on, staff get an update, and the timer waits for the next.
		ClockUtil.setCurrentTime(Date.from(MONDAY_NINE.plus(Duration.ofMinutes(121))));
		execute(TIMER_PROGRESS_UPDATE_DUE);
		execute(TASK_SEND_PROGRESS_UPDATE);
		verify(invocations).sendProgressUpdate(any(), eq(REFERENCE));
		assertThat(job(TIMER_PROGRESS_UPDATE_DUE).getDuedate())
			.as("every two hours from the invocation").isEqualTo(Date.from(MONDAY_NINE.plus(Duration.ofHours(4))));

		// The server: recovered, but not yet working; recovered again, then restored.
		identityService().setAuthenticatedUserId("technician");
		complete(recoveryOf("MIS and registers"), with(STEP_NOTES, "Restored from backup"));
		verify(invocations).recoveryDone(any(), eq(REFERENCE), eq(SERVER), isNull(), eq("Restored from backup"),
				eq("technician"));
		identityService().setAuthenticatedUserId("headteacher");
		complete(checkOf("MIS and registers"), with(RESTORATION, Restoration.NOT_YET).and(STEP_NOTES, "No logins"));
		assertThat(recoveryOf("MIS and registers")).hasCandidateGroup("maintenance");
		assertThat(HAPPENED_AT.get(runtimeService().getVariables(recoveryOf("MIS and registers").getExecutionId())))
			.as("the next form starts empty").isNull();
		complete(recoveryOf("MIS and registers"), with(STEP_NOTES, "Domain controller restarted"));
		complete(checkOf("MIS and registers"), with(RESTORATION, Restoration.RESTORED));
		assertThat(invocation).isWaitingAt(SUBPROCESS_RECOVER_SERVICE);

		// The network: restored at the first check; the invocation is over.
		complete(recoveryOf("Network and internet access"), with(STEP_NOTES, "Switch replaced"));
		complete(checkOf("Network and internet access"), with(RESTORATION, Restoration.RESTORED)
			.and(HAPPENED_AT, "2026-11-23T12:30:00Z"));
		verify(invocations).checked(any(), eq(REFERENCE), eq(NETWORK), eq(Restoration.RESTORED),
				eq("2026-11-23T12:30:00Z"), isNull(), eq("headteacher"));
		assertThat(job(TIMER_PROGRESS_UPDATE_DUE)).as("no more progress updates").isNull();
		execute(TASK_TELL_SERVICES_RESTORED);
		verify(invocations).tellServicesRestored(any(), eq(REFERENCE));

		assertThat(invocation).isWaitingAt(TASK_REVIEW_INVOCATION);
		complete(taskQuery().taskDefinitionKey(TASK_REVIEW_INVOCATION).singleResult(),
				with(REVIEW_NOTES, "Flood from the roof").and(LESSONS, "[{\"lesson\":\"Move the server\"}]"));
		verify(invocations).review(any(), eq(REFERENCE), eq("Flood from the roof"), any(), isNull(), eq("headteacher"));
		assertThat(invocation).isEnded().hasPassed(TASK_RECORD_REVIEW, END_REVIEWED);
		verify(invocations, times(1)).sendProgressUpdate(any(), any());
	}

	@Test
	void restoredBeforeItsManualSystemStarted_theManualSystemTaskIsWithdrawn() {
		when(invocations.affectedServiceIds(any(), any())).thenReturn(List.of(SERVER.toString()));
		invokeAsIctOwner();
		execute(TASK_TELL_RECOVERY_TEAM);
		identityService().setAuthenticatedUserId("technician");
		complete(recoveryOf("MIS and registers"), with(STEP_NOTES, "Quick fix"));
		identityService().setAuthenticatedUserId("headteacher");
		complete(checkOf("MIS and registers"), with(RESTORATION, Restoration.RESTORED));

		assertThat(taskQuery().taskDefinitionKey(TASK_START_MANUAL_SYSTEM).count()).isZero();
		assertThat(invocation).hasPassed(END_SERVICE_RESTORED).isWaitingAt(TASK_TELL_SERVICES_RESTORED);
		verify(invocations, never()).manualSystemStarted(any(), any(), any(), any(), any(), any());
	}

	@Test
	void askedAboutALongOutage_notNow_endsWithoutInvoking() {
		ask();
		Task decide = taskQuery().taskDefinitionKey(TASK_DECIDE_WHETHER_TO_INVOKE).singleResult();
		assertThat(decide).hasCandidateGroup("ict-owner");
		identityService().setAuthenticatedUserId("headteacher");
		complete(decide, with(DECISION, InvocationDecision.NOT_NOW).and(DECISION_REASON, "Fix expected within the hour"));

		verify(invocations).decide(any(), eq(REFERENCE), eq(InvocationDecision.NOT_NOW),
				eq("Fix expected within the hour"), eq("Network and internet access"), any(), isNull(), eq("headteacher"));
		assertThat(invocation).isEnded().hasPassed(END_NOT_INVOKED).hasNotPassed(TASK_TELL_RECOVERY_TEAM);
	}

	@Test
	void askedAboutALongOutage_invoke_theRecoveryFollows() {
		when(invocations.affectedServiceIds(any(), any())).thenReturn(List.of(NETWORK.toString()));
		ask();
		identityService().setAuthenticatedUserId("headteacher");
		complete(taskQuery().taskDefinitionKey(TASK_DECIDE_WHETHER_TO_INVOKE).singleResult(),
				with(DECISION, InvocationDecision.INVOKE));
		assertThat(invocation).isWaitingAt(TASK_TELL_RECOVERY_TEAM);
		execute(TASK_TELL_RECOVERY_TEAM);
		assertThat(recoveryOf("Network and internet access")).isNotNull();
	}

	@Test
	void someoneNotTheIctOwner_isRefused_andNothingStarts() {
		when(invocations.invoke(any(), eq("teacher"), any(), any(), any(), any()))
			.thenThrow(new ForbiddenException("Only the ICT owner of school 'riverside' may invoke the contingency plan."));
		identityService().setAuthenticatedUserId("teacher");
		assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(KEY,
				with(AFFECTED_SERVICES, "Printing").and(WHAT_HAPPENED, "Printer jammed")))
			.isInstanceOf(AuthorizationException.class).hasMessageContaining("Only the ICT owner");
		assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(KEY).count()).isZero();
	}

	@Test
	void aServiceNotInTheCatalogue_isRefusedNamingIt() {
		when(invocations.invoke(any(), any(), eq("Teleporter"), any(), any(), any()))
			.thenThrow(new IllegalArgumentException("affectedServices: 'Teleporter' is not in the service catalogue."));
		identityService().setAuthenticatedUserId("headteacher");
		assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(KEY,
				with(AFFECTED_SERVICES, "Teleporter").and(WHAT_HAPPENED, "Gone")))
			.isInstanceOf(BadUserRequestException.class).hasMessageContaining("'Teleporter'");
	}

	private void invokeAsIctOwner() {
		identityService().setAuthenticatedUserId("headteacher");
		invocation = runtimeService().startProcessInstanceByKey(KEY,
				with(AFFECTED_SERVICES, "MIS and registers, Network and internet access")
					.and(WHAT_HAPPENED, "Server room flooded"));
		identityService().clearAuthentication();
	}

	private void ask() {
		invocation = runtimeService().createMessageCorrelation(OUTAGE_NOT_RESTORED)
			.processInstanceBusinessKey(REFERENCE)
			.setVariables(with(INVOCATION_REFERENCE, REFERENCE).and(INCIDENT_REFERENCE, "INC-2026-0042")
				.and(AFFECTED_SERVICES, "Network and internet access")
				.and(WHAT_HAPPENED, "INC-2026-0042: the network is down"))
			.correlateStartMessage();
		assertThat(invocation).isWaitingAt(TASK_DECIDE_WHETHER_TO_INVOKE);
	}

	private Task recoveryOf(String service) {
		return taskIn(TASK_CARRY_OUT_RECOVERY_PLAN, service);
	}

	private Task checkOf(String service) {
		return taskIn(TASK_CONFIRM_SERVICE_RESTORED, service);
	}

	/** The task of that kind in the recovery of that service (each recovery keeps its service's name locally). */
	private Task taskIn(String taskKey, String service) {
		return taskQuery().taskDefinitionKey(taskKey).list().stream()
			.filter(t -> service.equals(SERVICE_NAME.get(runtimeService().getVariables(t.getExecutionId()))))
			.findFirst().orElse(null);
	}

	private Job job(String activityId) {
		return managementService().createJobQuery().processInstanceId(invocation.getId()).activityId(activityId)
			.singleResult();
	}

	private void execute(String activityId) {
		Job job = job(activityId);
		assertThat(job).as("job of " + activityId).isNotNull();
		managementService().executeJob(job.getId());
	}
}

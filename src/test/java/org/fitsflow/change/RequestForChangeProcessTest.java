package org.fitsflow.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.fitsflow.finance.Expenditure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The request for change (001, task 7) walked on the plain engine: every path, with the real delegates in front of a
 * stand-in for the domain service, so each gateway sees what the delegates really set.
 */
@Deployment(resources = { "bpmn/request-for-change.bpmn", "forms/request-for-change-step-1.form",
		"forms/request-for-change-approve-proceeding.form", "forms/request-for-change-step-2.form",
		"forms/request-for-change-discuss-with-users.form", "forms/request-for-change-approve-implementation.form",
		"forms/request-for-change-step-3.form", "forms/request-for-change-update-configuration.form",
		"bpmn-test/request-for-change-caller.bpmn" })
class RequestForChangeProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
		.assertClassCoverageAtLeast(1.0)
		.excludeProcessDefinitionKeys("request-for-change-caller")
		.build();

	private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
	private static final Instant CHANGE_AT = Instant.parse("2026-12-01T16:00:00Z");

	private Changes changes;
	private final List<String> approvalMails = new ArrayList<>();
	private ProcessInstance rfc;

	@BeforeEach
	void standInForTheDomainService() {
		ClockUtil.setCurrentTime(Date.from(NOW));
		changes = mock(Changes.class);
		when(changes.open(any(), any(), any(), any(), any(), any())).thenAnswer(call -> new RequestForChange("riverside",
				"RFC-2026-0001", call.getArgument(5), "Sam Singh", NOW));
		RequestForChange record = new RequestForChange("riverside", "RFC-2026-0001", "technician", "Sam Singh", NOW);
		when(changes.find(any(), any())).thenReturn(record);
		Expenditure.BudgetCheck check = new Expenditure.BudgetCheck("2026-27", new BigDecimal("1000.00"),
				BigDecimal.ZERO, new BigDecimal("250.00"), new BigDecimal("1000.00"), false, "Cost £250.00 against £1,000.00");
		when(changes.submitStep1(any(), any(), any())).thenReturn(check);
		when(changes.budgetCheck(any())).thenReturn(check);
		when(changes.model(any())).thenReturn(Map.of("changeAt", "Tuesday 1 December 2026 at 16:00"));
		when(changes.decideProceeding(any(), any(), eq("approve"), any(), any())).thenReturn(true);
		when(changes.submitStep2(any(), any(), any())).thenReturn(CHANGE_AT);
		when(changes.recordDiscussion(any(), any(), eq("agreed"), any())).thenReturn(true);
		when(changes.decideImplementation(any(), any(), eq("approve"), any(), any())).thenReturn(true);
		when(changes.recordOutcome(any(), any(), any(), any()))
			.thenAnswer(call -> ChangeOutcome.ofStep3(call.<Changes.Step3>getArgument(2).outcome()));
		when(changes.reminderDue(any())).thenAnswer(call -> call.<Instant>getArgument(0).minus(Duration.ofDays(1)));

		Mocks.register("openRequestForChange", new ChangeDelegates.Open(changes));
		Mocks.register("submitChangeStep1", new ChangeDelegates.SubmitStep1(changes));
		Mocks.register("recordProceedDecision", new ChangeDelegates.RecordProceedDecision(changes));
		Mocks.register("submitChangeStep2", new ChangeDelegates.SubmitStep2(changes));
		Mocks.register("tellIctUsersOfChange", new ChangeDelegates.TellIctUsers(changes));
		Mocks.register("recordUsersDiscussion", new ChangeDelegates.RecordUsersDiscussion(changes));
		Mocks.register("recordImplementDecision", new ChangeDelegates.RecordImplementDecision(changes));
		Mocks.register("remindImplementer", new ChangeDelegates.RemindImplementer(changes));
		Mocks.register("recordChangeOutcome", new ChangeDelegates.RecordOutcome(changes));
		Mocks.register("recordConfigurationUpdate", new ChangeDelegates.RecordConfigurationUpdate(changes));
		Mocks.register("changeTimers", new ChangeTimers(changes));
		Mocks.register("approvalByMail", (TaskListener) task -> approvalMails.add(task.getTaskDefinitionKey()));
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
		Mocks.reset();
		identityService().clearAuthentication();
	}

	// The extension deploys after @BeforeEach has run, so each test starts its own request.
	private void raiseFromTasklist() {
		identityService().setAuthenticatedUserId("technician");
		rfc = runtimeService().startProcessInstanceByKey(RequestForChangeProcess.KEY);
		identityService().clearAuthentication();
		assertThat(rfc).isStarted();
	}

	/** Assigned tasks hide their candidate groups from camunda-bpm-assert, so read the identity links. */
	private static void assertCandidateGroup(String group) {
		assertThat(taskService().getIdentityLinksForTask(task().getId()))
			.anyMatch(link -> "candidate".equals(link.getType()) && group.equals(link.getGroupId()));
	}

	@Test
	void happyPath_approvedToProceedAndImplement_successful_configurationRecordsUpdated() {
		raiseFromTasklist();
		completeStep1();
		approve("Task_ApproveProceeding");
		completeStep2();
		discuss("agreed");
		approve("Task_ApproveImplementation");
		waitForTheDateAndRemind();
		recordOutcome("successful", null, null);

		assertThat(rfc).isWaitingAt("Task_UpdateConfigurationRecords");
		assertThat(task()).isAssignedTo("technician");
		assertCandidateGroup("implementation");
		complete(task(), withVariables("configurationNotes", "Asset register: LAB-PC-01..30 now Windows 11"));

		assertThat(rfc).isEnded().hasPassedInOrder("Task_OpenRequest", "Task_CompleteStep1", "Task_ApproveProceeding",
				"Task_CompleteStep2", "Task_TellIctUsers", "Task_DiscussWithUsers", "Task_ApproveImplementation",
				"Timer_ReminderDue", "Task_RemindImplementer", "Timer_ChangeDateReached", "Task_RecordOutcome",
				"Task_UpdateConfigurationRecords", "EndEvent_ChangeCompleted");
		assertThat(ended("changeOutcome")).isEqualTo("successful");
		assertThat(ended("changeReference")).isEqualTo("RFC-2026-0001");
		assertThat(approvalMails).containsExactly("Task_ApproveProceeding", "Task_ApproveImplementation");
		verify(changes).recordConfigurationUpdated(any(), eq("RFC-2026-0001"),
				eq("Asset register: LAB-PC-01..30 now Windows 11"), any());
	}

	@Test
	void rejectionPath_ictOwnerRejectsProceeding_originatorIsTold() {
		raiseFromTasklist();
		completeStep1();
		assertThat(rfc).isWaitingAt("Task_ApproveProceeding");
		identityService().setAuthenticatedUserId("headteacher");
		complete(task(), withVariables("approval", "reject", "approvalComment", "Not this year"));

		assertThat(rfc).isEnded().hasPassed("EndEvent_RejectedToProceed").hasNotPassed("Task_CompleteStep2");
		assertThat(ended("changeOutcome")).isEqualTo("rejected");
		assertThat(ended("changeReference")).isEqualTo("RFC-2026-0001");
		// Signed by whoever completed the task; the domain service tells the originator.
		verify(changes).decideProceeding(any(), eq("RFC-2026-0001"), eq("reject"), eq("Not this year"), eq("headteacher"));
	}

	@Test
	void rejectionPath_ictOwnerRejectsImplementation_nothingIsScheduled() {
		raiseFromTasklist();
		completeStep1();
		approve("Task_ApproveProceeding");
		completeStep2();
		discuss("agreed");
		assertThat(rfc).isWaitingAt("Task_ApproveImplementation");
		// The step 1 answer is not carried into the second approval's form.
		assertThat(taskService().getVariable(task().getId(), "approval")).isNull();
		complete(task(), withVariables("approval", "reject", "approvalComment", "Too risky before Ofsted"));

		assertThat(rfc).isEnded().hasPassed("EndEvent_RejectedToImplement").hasNotPassed("Timer_ReminderDue");
		assertThat(ended("changeOutcome")).isEqualTo("rejected");
		verify(changes, never()).remindImplementer(any(), any());
	}

	@Test
	void rescheduled_usersObjectToTheDate_step2AgainThenApproved() {
		raiseFromTasklist();
		completeStep1();
		approve("Task_ApproveProceeding");
		completeStep2();
		discuss("reschedule");

		assertThat(rfc).isWaitingAt("Task_CompleteStep2");
		assertThat(task()).isAssignedTo("technician");
		assertThat(taskService().getVariable(task().getId(), "usersAgree")).isNull();
		completeStep2();
		discuss("agreed");
		assertThat(rfc).isWaitingAt("Task_ApproveImplementation");
		verify(changes, org.mockito.Mockito.times(2)).tellIctUsers(any(), eq("RFC-2026-0001"));
	}

	@Test
	void unsuccessful_fallbackCarriedOut_endsWithoutConfigurationChange() {
		raiseFromTasklist();
		throughToTheDate();
		recordOutcome("unsuccessful", true, null);

		assertThat(rfc).isEnded().hasPassed("EndEvent_FallbackCarriedOut").hasNotPassed("Task_UpdateConfigurationRecords");
		assertThat(ended("changeOutcome")).isEqualTo("unsuccessful");
	}

	@Test
	void partiallySuccessful_followUpRecorded_configurationRecordsUpdated() {
		raiseFromTasklist();
		throughToTheDate();
		recordOutcome("partially-successful", null, "problem");

		assertThat(rfc).isWaitingAt("Task_UpdateConfigurationRecords");
		complete(task(), withVariables("configurationNotes", "Two of thirty PCs upgraded"));
		assertThat(rfc).isEnded().hasPassed("EndEvent_ChangeCompleted");
		assertThat(ended("changeOutcome")).isEqualTo("partially-successful");
	}

	@Test
	void calledFromAnIncident_step1Prefilled_callerReadsReferenceAndOutcome() {
		ProcessInstance incident = runtimeService().startProcessInstanceByKey("request-for-change-caller",
				withVariables("incidentReference", "INC-2026-0042", "summary", "Replace the hall projector",
						"why", "Lamp fails every week", "engineer", "technician"));
		rfc = runtimeService().createProcessInstanceQuery().superProcessInstanceId(incident.getId()).singleResult();

		assertThat(rfc).isWaitingAt("Task_CompleteStep1");
		assertThat(task()).isAssignedTo("technician");
		assertThat(taskService().getVariables(task().getId())).containsEntry("raisedFrom", "INC-2026-0042")
			.containsEntry("briefDescription", "Replace the hall projector").containsEntry("reason", "Lamp fails every week");
		verify(changes).open(any(), any(), eq("INC-2026-0042"), eq("Replace the hall projector"),
				eq("Lamp fails every week"), eq("technician"));

		complete(task(), withVariables("uniqueIdentifiers", "HALL-PROJ-01", "itemNames", "Hall projector"));
		complete(task(), withVariables("approval", "reject"));
		assertThat(rfc).isEnded();
		assertThat(incident).isWaitingAt("Task_ReadOutcome")
			.variables().containsEntry("changeReference", "RFC-2026-0001").containsEntry("changeOutcome", "rejected");
	}

	@Test
	void step1WithoutIdentifiers_isRefusedAndStaysOpen() {
		raiseFromTasklist();
		String taskId = task().getId();
		assertThatThrownBy(() -> taskService().complete(taskId, withVariables("itemNames", "Printer",
				"briefDescription", "Replace printer", "reason", "Broken")))
			.hasRootCauseInstanceOf(BadUserRequestException.class)
			.hasMessageContaining("(uniqueIdentifiers) is required");
		assertThat(rfc).isWaitingAt("Task_CompleteStep1");
		verify(changes, never()).submitStep1(any(), any(), any());
	}

	@Test
	void approvalWithoutDecision_isRefusedAndStaysOpen() {
		raiseFromTasklist();
		completeStep1();
		String taskId = task().getId();
		assertThatThrownBy(() -> taskService().complete(taskId, withVariables("approvalComment", "Hmm")))
			.hasMessageContaining("(approval) is required");
		assertThat(rfc).isWaitingAt("Task_ApproveProceeding");
	}

	private void throughToTheDate() {
		completeStep1();
		approve("Task_ApproveProceeding");
		completeStep2();
		discuss("agreed");
		approve("Task_ApproveImplementation");
		waitForTheDateAndRemind();
	}

	private void completeStep1() {
		assertThat(rfc).isWaitingAt("Task_CompleteStep1");
		assertThat(task()).isAssignedTo("technician");
		assertCandidateGroup("second-level-support");
		complete(task(), withVariables("uniqueIdentifiers", "LAB-PC-01 to LAB-PC-30", "itemNames", "ICT suite PCs",
				"briefDescription", "Upgrade the ICT suite to Windows 11", "reason", "Windows 10 support ends",
				"cost", 250.0, "costCategory", "software"));
		// The cost against the budget is for the ICT owner's eyes: on the approval task (approvalByMail), not the request.
		assertThat(rfc).variables().doesNotContainKey("costAgainstBudget");
	}

	private void approve(String taskKey) {
		assertThat(rfc).isWaitingAt(taskKey);
		assertThat(task()).hasCandidateGroup("ict-owner");
		complete(task(), withVariables("approval", "approve", "approvalComment", "Go ahead"));
	}

	private void completeStep2() {
		assertThat(rfc).isWaitingAt("Task_CompleteStep2");
		complete(task(), withVariables("fullDetails", "Image each PC overnight", "impactOnServices",
				"ICT suite closed after school", "impactOfFailure", "Suite unusable next morning", "fallbackPlan",
				"Restore the Windows 10 image", "changeDateTime", "2026-12-01T16:00:00Z", "implementer", "technician"));
		assertThat(rfc).isWaitingAt("Task_TellIctUsers");
		execute(job());
	}

	private void discuss(String usersAgree) {
		assertThat(rfc).isWaitingAt("Task_DiscussWithUsers");
		assertThat(task()).hasCandidateGroup("ict-owner");
		complete(task(), withVariables("usersAgree", usersAgree, "usersFeedback", "Year 6 have a test that day"));
	}

	private void waitForTheDateAndRemind() {
		assertThat(rfc).isWaitingAt("Timer_ReminderDue");
		assertThat(job().getDuedate()).isEqualTo(Date.from(CHANGE_AT.minus(Duration.ofDays(1))));
		ClockUtil.setCurrentTime(Date.from(CHANGE_AT.minus(Duration.ofDays(1))));
		execute(job());
		assertThat(rfc).isWaitingAt("Task_RemindImplementer");
		execute(job());
		verify(changes).remindImplementer(any(), eq("RFC-2026-0001"));
		assertThat(rfc).isWaitingAt("Timer_ChangeDateReached");
		assertThat(job().getDuedate()).isEqualTo(Date.from(CHANGE_AT));
		ClockUtil.setCurrentTime(Date.from(CHANGE_AT));
		execute(job());
	}

	private void recordOutcome(String outcome, Boolean fallbackCarriedOut, String followUp) {
		assertThat(rfc).isWaitingAt("Task_RecordOutcome");
		assertThat(task()).isAssignedTo("technician");
		Map<String, Object> answers = withVariables("outcome", outcome, "outcomeNotes", "Done overnight", "actualCost", 240.0);
		if (fallbackCarriedOut != null) {
			answers.put("fallbackCarriedOut", fallbackCarriedOut);
		}
		if (followUp != null) {
			answers.put("followUp", followUp);
		}
		complete(task(), answers);
	}

	private Object ended(String variable) {
		return historyService().createHistoricVariableInstanceQuery().processInstanceId(rfc.getId())
			.variableName(variable).singleResult().getValue();
	}
}

package org.fitsflow.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fitsflow.change.RequestForChangeProcess.*;
import static org.fitsflow.system.process.ProcessVariables.with;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.fitsflow.finance.Expenditure;
import org.fitsflow.finance.ExpenditureCategory;
import org.fitsflow.school.EmailFunctionHolders;
import org.fitsflow.school.SchoolCalendar;
import org.fitsflow.school.SchoolTimeProperties;
import org.fitsflow.school.SchoolTimeTimer;
import org.fitsflow.system.EngineClock;
import org.fitsflow.system.process.ProcessVariable;
import org.fitsflow.system.process.ProcessVariables;
import org.fitsflow.testsupport.ModelDelegates;
import org.springframework.stereotype.Component;
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
		"forms/request-for-change-order.form", "forms/request-for-change-delivery.form",
		"bpmn-test/request-for-change-caller.bpmn" })
class RequestForChangeProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
		.assertClassCoverageAtLeast(1.0)
		.excludeProcessDefinitionKeys(Caller.KEY)
		.build();

	private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
	private static final Instant CHANGE_AT = Instant.parse("2026-12-01T16:00:00Z");

	private Changes changes;
	private final List<String> approvalMails = new ArrayList<>();
	private final List<String> reminders = new ArrayList<>();
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
		when(changes.decideProceeding(any(), any(), eq(Decision.APPROVE), any(), any())).thenReturn(true);
		when(changes.submitStep2(any(), any(), any())).thenReturn(new Changes.Planned(CHANGE_AT, "technician",
				"Tuesday 1 December 2026 at 16:00", "Cost £250.00 against £1,000.00"));
		when(changes.recordDiscussion(any(), any(), eq(UsersAgreement.AGREED), any())).thenReturn(true);
		when(changes.decideImplementation(any(), any(), eq(Decision.APPROVE), any(), any())).thenReturn(true);
		when(changes.recordOutcome(any(), any(), any(), any()))
			.thenAnswer(call -> call.<Changes.Step3>getArgument(2).outcome());
		when(changes.reminderDue(any())).thenAnswer(call -> call.<Instant>getArgument(0).minus(Duration.ofDays(1)));

		ModelDelegates.register(new RequestForChangeDelegates.OpenRequest(changes),
				new RequestForChangeDelegates.SubmitStep1(changes), new RequestForChangeDelegates.RecordProceedDecision(changes),
				new RequestForChangeDelegates.SubmitStep2(changes), new RequestForChangeDelegates.TellIctUsers(changes),
				new RequestForChangeDelegates.RecordDiscussion(changes),
				new RequestForChangeDelegates.RecordImplementDecision(changes),
				new RequestForChangeDelegates.RemindImplementer(changes), new RequestForChangeDelegates.SubmitOutcome(changes),
				new RequestForChangeDelegates.RecordOrder(changes), new RequestForChangeDelegates.RecordDelivery(changes),
				new RequestForChangeDelegates.RecordConfigurationUpdate(changes), new ChangeTimers(changes),
				new ApprovalMails(approvalMails), new FunctionReminders(reminders), schoolTimeTimer());
	}

	/** The real school-time timer, on the default school week in London (Monday to Friday, 08:30 to 16:30). */
	private static SchoolTimeTimer schoolTimeTimer() {
		ZoneId london = ZoneId.of("Europe/London");
		return new SchoolTimeTimer(new SchoolCalendar(new SchoolTimeProperties(london, LocalTime.of(8, 30),
				LocalTime.of(16, 30), List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
						DayOfWeek.FRIDAY), List.of())), new EngineClock(london));
	}

	/** Stands in for the e-mail building block (run with real mail in ElementTemplatesTest): whom, and which e-mail. */
	@Component("emailFunctionHolders")
	static class FunctionReminders implements JavaDelegate {
		private final List<String> sent;

		FunctionReminders(List<String> sent) {
			this.sent = sent;
		}

		@Override
		public void execute(DelegateExecution execution) {
			sent.add(EmailFunctionHolders.FUNCTION.get(execution) + " "
					+ EmailFunctionHolders.MAIL_TEMPLATE.get(execution).formValue());
		}
	}

	/** Stands in for the e-mail to the ICT owner (a listener of the model, tested with real mail in the scenario). */
	@Component("requestForChangeApprovalByMail")
	static class ApprovalMails implements TaskListener {
		private final List<String> sent;

		ApprovalMails(List<String> sent) {
			this.sent = sent;
		}

		@Override
		public void notify(org.camunda.bpm.engine.delegate.DelegateTask task) {
			sent.add(task.getTaskDefinitionKey());
		}
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
		rfc = runtimeService().startProcessInstanceByKey(KEY);
		identityService().clearAuthentication();
		assertThat(rfc).isStarted();
	}

	/** The task's candidates, as its identity links say (the model names people as candidates, never assignees). */
	private static void assertCandidateGroup(String group) {
		assertThat(taskService().getIdentityLinksForTask(task().getId()))
			.anyMatch(link -> "candidate".equals(link.getType()) && group.equals(link.getGroupId()));
	}

	private static void assertOfferedTo(String userId) {
		assertThat(task().getAssignee()).as("nobody is assigned by the model").isNull();
		assertThat(taskService().getIdentityLinksForTask(task().getId()))
			.anyMatch(link -> "candidate".equals(link.getType()) && userId.equals(link.getUserId()));
	}

	@Test
	void happyPath_approvedToProceedAndImplement_successful_configurationRecordsUpdated() {
		raiseFromTasklist();
		completeStep1();
		approve(TASK_APPROVE_PROCEEDING);
		completeStep2();
		discuss(UsersAgreement.AGREED);
		approve(TASK_APPROVE_IMPLEMENTATION);
		waitForTheDateAndRemind();
		recordOutcome(ChangeOutcome.SUCCESSFUL, null, null);

		assertThat(rfc).isWaitingAt(TASK_UPDATE_CONFIGURATION_RECORDS);
		assertOfferedTo("technician");
		assertCandidateGroup("implementation");
		identityService().setAuthenticatedUserId("technician");
		complete(task(), with(CONFIGURATION_NOTES, "Asset register: LAB-PC-01..30 now Windows 11"));

		assertThat(rfc).isEnded().hasNotPassed(TASK_ORDER_ITEMS).hasPassedInOrder(TASK_OPEN_REQUEST, TASK_COMPLETE_STEP_1,
				TASK_APPROVE_PROCEEDING, TASK_COMPLETE_STEP_2, TASK_TELL_ICT_USERS, TASK_DISCUSS_WITH_USERS,
				TASK_APPROVE_IMPLEMENTATION, TIMER_REMINDER_DUE, TASK_REMIND_IMPLEMENTER, TIMER_CHANGE_DATE_REACHED, TASK_RECORD_OUTCOME,
				TASK_UPDATE_CONFIGURATION_RECORDS, END_CHANGE_COMPLETED);
		assertThat(ended(CHANGE_OUTCOME)).isEqualTo(ChangeOutcome.SUCCESSFUL);
		assertThat(ended(CHANGE_REFERENCE)).isEqualTo("RFC-2026-0001");
		assertThat(approvalMails).containsExactly(TASK_APPROVE_PROCEEDING, TASK_APPROVE_IMPLEMENTATION);
		// Recorded as done by whoever completed the task.
		verify(changes).recordConfigurationUpdated(any(), eq("RFC-2026-0001"),
				eq("Asset register: LAB-PC-01..30 now Windows 11"), eq(List.of()), eq("technician"));
	}

	@Test
	void undecidedForTwoSchoolDays_ictOwnerIsRemindedOnce_andTheApprovalStillWaits() {
		raiseFromTasklist();
		completeStep1();
		assertThat(rfc).isWaitingAt(TASK_APPROVE_PROCEEDING);
		// Monday 09:00: 16 school hours are the rest of Monday (7.5), Tuesday (8) and half an hour on Wednesday.
		assertThat(job(TIMER_PROCEED_DECISION_DUE).getDuedate()).isEqualTo(Date.from(Instant.parse("2026-11-25T09:00:00Z")));
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-25T09:01:00Z")));
		execute(job(TIMER_PROCEED_DECISION_DUE));
		execute(job(TASK_REMIND_ICT_OWNER));

		assertThat(reminders).containsExactly("ict-owner waiting-for-you");
		assertThat(rfc).isWaitingAt(TASK_APPROVE_PROCEEDING).hasPassed(END_ICT_OWNER_REMINDED);
		assertThat(managementService().createJobQuery().activityId(TIMER_PROCEED_DECISION_DUE).count()).isZero();
		approve(TASK_APPROVE_PROCEEDING);
		assertThat(rfc).isWaitingAt(TASK_COMPLETE_STEP_2);
	}

	@Test
	void raisedByDesign_step2IsHandedOverToImplementation_andItemsToBuyGoThroughProvision() {
		raiseFromTasklist();
		completeStep1(RaisedAs.DESIGN, true);
		verify(changes).submitStep1(any(), eq("RFC-2026-0001"), eq(new Changes.Step1("LAB-PC-01 to LAB-PC-30",
				"ICT suite PCs", List.of(), "Upgrade the ICT suite to Windows 11", "Windows 10 support ends", new BigDecimal("250.0"),
				ExpenditureCategory.SOFTWARE, RaisedAs.DESIGN, true)));
		approve(TASK_APPROVE_PROCEEDING);
		assertThat(rfc).isWaitingAt(TASK_COMPLETE_STEP_2);
		assertCandidateGroup("implementation");
		assertThat(taskService().getIdentityLinksForTask(task().getId()))
			.noneMatch(link -> "design".equals(link.getGroupId()));
		completeStep2();
		discuss(UsersAgreement.AGREED);
		approve(TASK_APPROVE_IMPLEMENTATION);

		// Provision buys only what is authorised: after approval to implement, and the change waits for the delivery.
		assertThat(rfc).isWaitingAt(TASK_ORDER_ITEMS);
		assertThat(task()).hasCandidateGroup("provision").hasDueDate(Date.from(CHANGE_AT));
		identityService().setAuthenticatedUserId("provider");
		complete(task(), with(SUPPLIER, "Northgate ICT Services").and(ORDER_REFERENCE, "PO-1234")
			.and(ORDERED_ON, "2026-11-24").and(EXPECTED_DELIVERY_ON, "2026-11-27"));
		verify(changes).recordOrder(any(), eq("RFC-2026-0001"), eq(new Changes.Order("Northgate ICT Services", "PO-1234",
				"2026-11-24", "2026-11-27")), eq("provider"));
		assertThat(rfc).isWaitingAt(TASK_RECEIVE_DELIVERY);
		complete(task(), with(DELIVERED_ON, "2026-11-27").and(DELIVERY_NOTES, "All thirty licences"));
		identityService().clearAuthentication();
		verify(changes).recordDelivery(any(), eq("RFC-2026-0001"), eq("2026-11-27"), eq("All thirty licences"), eq("provider"));
		waitForTheDateAndRemind();
		recordOutcome(ChangeOutcome.SUCCESSFUL, null, null);
		assertThat(rfc).hasPassedInOrder(TASK_APPROVE_IMPLEMENTATION, TASK_ORDER_ITEMS, TASK_RECORD_ORDER,
				TASK_RECEIVE_DELIVERY, TASK_RECORD_DELIVERY, TIMER_REMINDER_DUE);
	}

	@Test
	void rejectionPath_ictOwnerRejectsProceeding_originatorIsTold() {
		raiseFromTasklist();
		completeStep1();
		assertThat(rfc).isWaitingAt(TASK_APPROVE_PROCEEDING);
		identityService().setAuthenticatedUserId("headteacher");
		complete(task(), with(APPROVAL, Decision.REJECT).and(APPROVAL_COMMENT, "Not this year"));

		assertThat(rfc).isEnded().hasPassed(END_REJECTED_TO_PROCEED).hasNotPassed(TASK_COMPLETE_STEP_2);
		assertThat(ended(CHANGE_OUTCOME)).isEqualTo(ChangeOutcome.REJECTED);
		assertThat(ended(CHANGE_REFERENCE)).isEqualTo("RFC-2026-0001");
		// Signed by whoever completed the task; the domain service tells the originator.
		verify(changes).decideProceeding(any(), eq("RFC-2026-0001"), eq(Decision.REJECT), eq("Not this year"),
				eq("headteacher"));
	}

	@Test
	void rejectionPath_ictOwnerRejectsImplementation_nothingIsScheduled() {
		raiseFromTasklist();
		completeStep1();
		approve(TASK_APPROVE_PROCEEDING);
		completeStep2();
		discuss(UsersAgreement.AGREED);
		assertThat(rfc).isWaitingAt(TASK_APPROVE_IMPLEMENTATION);
		// The step 1 answer is not carried into the second approval's form.
		assertThat(APPROVAL.get(taskService().getVariables(task().getId()))).isNull();
		complete(task(), with(APPROVAL, Decision.REJECT).and(APPROVAL_COMMENT, "Too risky before Ofsted"));

		assertThat(rfc).isEnded().hasPassed(END_REJECTED_TO_IMPLEMENT).hasNotPassed(TIMER_REMINDER_DUE);
		assertThat(ended(CHANGE_OUTCOME)).isEqualTo(ChangeOutcome.REJECTED);
		verify(changes, never()).remindImplementer(any(), any());
	}

	@Test
	void rescheduled_usersObjectToTheDate_step2AgainThenApproved() {
		raiseFromTasklist();
		completeStep1();
		approve(TASK_APPROVE_PROCEEDING);
		completeStep2();
		discuss(UsersAgreement.RESCHEDULE);

		assertThat(rfc).isWaitingAt(TASK_COMPLETE_STEP_2);
		assertCandidateGroup("second-level-support");
		assertThat(USERS_AGREE.get(taskService().getVariables(task().getId()))).isNull();
		completeStep2();
		discuss(UsersAgreement.AGREED);
		assertThat(rfc).isWaitingAt(TASK_APPROVE_IMPLEMENTATION);
		verify(changes, org.mockito.Mockito.times(2)).tellIctUsers(any(), eq("RFC-2026-0001"));
	}

	@Test
	void unsuccessful_fallbackCarriedOut_endsWithoutConfigurationChange() {
		raiseFromTasklist();
		throughToTheDate();
		recordOutcome(ChangeOutcome.UNSUCCESSFUL, true, null);

		assertThat(rfc).isEnded().hasPassed(END_FALLBACK_CARRIED_OUT).hasNotPassed(TASK_UPDATE_CONFIGURATION_RECORDS);
		assertThat(ended(CHANGE_OUTCOME)).isEqualTo(ChangeOutcome.UNSUCCESSFUL);
	}

	@Test
	void partiallySuccessful_followUpRecorded_configurationRecordsUpdated() {
		raiseFromTasklist();
		throughToTheDate();
		recordOutcome(ChangeOutcome.PARTIALLY_SUCCESSFUL, null, FollowUp.PROBLEM);

		assertThat(rfc).isWaitingAt(TASK_UPDATE_CONFIGURATION_RECORDS);
		complete(task(), with(CONFIGURATION_NOTES, "Two of thirty PCs upgraded"));
		assertThat(rfc).isEnded().hasPassed(END_CHANGE_COMPLETED);
		assertThat(ended(CHANGE_OUTCOME)).isEqualTo(ChangeOutcome.PARTIALLY_SUCCESSFUL);
		verify(changes).recordOutcome(any(), eq("RFC-2026-0001"), eq(new Changes.Step3(ChangeOutcome.PARTIALLY_SUCCESSFUL,
				"Done overnight", null, FollowUp.PROBLEM, null, new java.math.BigDecimal("240.0"))), any());
	}

	@Test
	void calledFromAnIncident_step1Prefilled_callerReadsReferenceAndOutcome() {
		// The caller (test only) maps its own variables onto the request's; these are the caller's names.
		ProcessInstance incident = runtimeService().startProcessInstanceByKey(Caller.KEY,
				with(Caller.INCIDENT_REFERENCE, "INC-2026-0042").and(Caller.SUMMARY, "Replace the hall projector")
					.and(Caller.WHY, "Lamp fails every week").and(Caller.ENGINEER, "technician")
					.and(Caller.ROLE, RaisedAs.SECOND_LEVEL_SUPPORT));
		rfc = runtimeService().createProcessInstanceQuery().superProcessInstanceId(incident.getId()).singleResult();

		assertThat(rfc).isWaitingAt(TASK_COMPLETE_STEP_1);
		assertOfferedTo("technician");
		VariableMap prefilled = taskService().getVariablesTyped(task().getId());
		assertThat(RAISED_AS.get(prefilled)).isEqualTo(RaisedAs.SECOND_LEVEL_SUPPORT);
		assertThat(RAISED_FROM.get(prefilled)).isEqualTo("INC-2026-0042");
		assertThat(BRIEF_DESCRIPTION.get(prefilled)).isEqualTo("Replace the hall projector");
		assertThat(REASON.get(prefilled)).isEqualTo("Lamp fails every week");
		verify(changes).open(any(), any(), eq("INC-2026-0042"), eq("Replace the hall projector"),
				eq("Lamp fails every week"), eq("technician"));

		complete(task(), with(UNIQUE_IDENTIFIERS, "HALL-PROJ-01").and(ITEM_NAMES, "Hall projector"));
		complete(task(), with(APPROVAL, Decision.REJECT));
		assertThat(rfc).isEnded();
		assertThat(incident).isWaitingAt(Caller.TASK_READ_OUTCOME);
		VariableMap read = runtimeService().getVariablesTyped(incident.getId());
		assertThat(CHANGE_REFERENCE.get(read)).isEqualTo("RFC-2026-0001");
		assertThat(CHANGE_OUTCOME.get(read)).isEqualTo(ChangeOutcome.REJECTED);
	}

	@Test
	void step1WithoutIdentifiers_isRefusedAndStaysOpen() {
		raiseFromTasklist();
		String taskId = task().getId();
		assertThatThrownBy(() -> taskService().complete(taskId, with(ITEM_NAMES, "Printer")
			.and(BRIEF_DESCRIPTION, "Replace printer").and(REASON, "Broken")))
			.hasRootCauseInstanceOf(BadUserRequestException.class)
			.hasMessageContaining("(" + UNIQUE_IDENTIFIERS + ") is required");
		assertThat(rfc).isWaitingAt(TASK_COMPLETE_STEP_1);
		verify(changes, never()).submitStep1(any(), any(), any());
	}

	@Test
	void approvalWithoutDecision_isRefusedAndStaysOpen() {
		raiseFromTasklist();
		completeStep1();
		String taskId = task().getId();
		assertThatThrownBy(() -> taskService().complete(taskId, with(APPROVAL_COMMENT, "Hmm")))
			.hasMessageContaining("(" + APPROVAL + ") is required");
		assertThat(rfc).isWaitingAt(TASK_APPROVE_PROCEEDING);
	}

	@Test
	void approvalWithAnUnknownDecision_isRefusedNamingTheChoices() {
		raiseFromTasklist();
		completeStep1();
		String taskId = task().getId();
		VariableMap answers = new ProcessVariables();
		answers.put(APPROVAL.name(), "maybe");
		// Refused by the form's own options before the delegate sees it (FormValidation).
		assertThatThrownBy(() -> taskService().complete(taskId, answers))
			.hasMessageContaining("(" + APPROVAL + ") must be one of [approve, reject], not 'maybe'");
		assertThat(rfc).isWaitingAt(TASK_APPROVE_PROCEEDING);
		verify(changes, never()).decideProceeding(any(), any(), any(), any(), any());
	}

	private void throughToTheDate() {
		completeStep1();
		approve(TASK_APPROVE_PROCEEDING);
		completeStep2();
		discuss(UsersAgreement.AGREED);
		approve(TASK_APPROVE_IMPLEMENTATION);
		waitForTheDateAndRemind();
	}

	private void completeStep1() {
		completeStep1(RaisedAs.SECOND_LEVEL_SUPPORT, false);
	}

	private void completeStep1(RaisedAs raisedAs, boolean purchaseNeeded) {
		assertThat(rfc).isWaitingAt(TASK_COMPLETE_STEP_1);
		assertOfferedTo("technician");
		assertCandidateGroup("second-level-support");
		complete(task(), with(UNIQUE_IDENTIFIERS, "LAB-PC-01 to LAB-PC-30").and(ITEM_NAMES, "ICT suite PCs")
			.and(BRIEF_DESCRIPTION, "Upgrade the ICT suite to Windows 11").and(REASON, "Windows 10 support ends")
			.and(COST, new java.math.BigDecimal("250")).and(COST_CATEGORY, ExpenditureCategory.SOFTWARE)
			.and(RAISED_AS, raisedAs).and(PURCHASE_NEEDED, purchaseNeeded));
		// The cost against the budget is for the ICT owner's eyes: on the approval task (approvalByMail), not the request.
		assertThat(runtimeService().getVariables(rfc.getId())).doesNotContainKey(COST_AGAINST_BUDGET.name());
	}

	private void approve(String taskKey) {
		assertThat(rfc).isWaitingAt(taskKey);
		assertThat(task()).hasCandidateGroup("ict-owner");
		complete(task(), with(APPROVAL, Decision.APPROVE).and(APPROVAL_COMMENT, "Go ahead"));
	}

	private void completeStep2() {
		assertThat(rfc).isWaitingAt(TASK_COMPLETE_STEP_2);
		complete(task(), with(FULL_DETAILS, "Image each PC overnight").and(IMPACT_ON_SERVICES, "ICT suite closed after school")
			.and(IMPACT_OF_FAILURE, "Suite unusable next morning").and(FALLBACK_PLAN, "Restore the Windows 10 image")
			.and(CHANGE_DATE_TIME, "2026-12-01T16:00:00Z").and(IMPLEMENTER, "technician"));
		assertThat(rfc).isWaitingAt(TASK_TELL_ICT_USERS);
		execute(job());
	}

	private void discuss(UsersAgreement usersAgree) {
		assertThat(rfc).isWaitingAt(TASK_DISCUSS_WITH_USERS);
		assertThat(task()).hasCandidateGroup("ict-owner");
		complete(task(), with(USERS_AGREE, usersAgree).and(USERS_FEEDBACK, "Year 6 have a test that day"));
	}

	private void waitForTheDateAndRemind() {
		assertThat(rfc).isWaitingAt(TIMER_REMINDER_DUE);
		assertThat(job().getDuedate()).isEqualTo(Date.from(CHANGE_AT.minus(Duration.ofDays(1))));
		ClockUtil.setCurrentTime(Date.from(CHANGE_AT.minus(Duration.ofDays(1))));
		execute(job());
		assertThat(rfc).isWaitingAt(TASK_REMIND_IMPLEMENTER);
		execute(job());
		verify(changes).remindImplementer(any(), eq("RFC-2026-0001"));
		assertThat(rfc).isWaitingAt(TIMER_CHANGE_DATE_REACHED);
		assertThat(job().getDuedate()).isEqualTo(Date.from(CHANGE_AT));
		ClockUtil.setCurrentTime(Date.from(CHANGE_AT));
		execute(job());
	}

	private void recordOutcome(ChangeOutcome outcome, Boolean fallbackCarriedOut, FollowUp followUp) {
		assertThat(rfc).isWaitingAt(TASK_RECORD_OUTCOME);
		assertOfferedTo("technician");
		ProcessVariables answers = with(OUTCOME, outcome).and(OUTCOME_NOTES, "Done overnight")
			.and(ACTUAL_COST, new java.math.BigDecimal("240"));
		if (fallbackCarriedOut != null) {
			answers.and(FALLBACK_CARRIED_OUT, fallbackCarriedOut);
		}
		if (followUp != null) {
			answers.and(FOLLOW_UP, followUp);
		}
		complete(task(), answers);
	}

	private <T> T ended(ProcessVariable<T> variable) {
		return variable.get(java.util.Map.of(variable.name(), historyService().createHistoricVariableInstanceQuery()
			.processInstanceId(rfc.getId()).variableName(variable.name()).singleResult().getValue()));
	}

	/** The contract of the test-only caller model, bpmn-test/request-for-change-caller.bpmn. */
	static final class Caller {
		static final String KEY = "request-for-change-caller";
		static final String TASK_READ_OUTCOME = "Task_ReadOutcome";
		static final ProcessVariable<String> INCIDENT_REFERENCE = ProcessVariable.stringVariable("incidentReference");
		static final ProcessVariable<String> SUMMARY = ProcessVariable.stringVariable("summary");
		static final ProcessVariable<String> WHY = ProcessVariable.stringVariable("why");
		static final ProcessVariable<String> ENGINEER = ProcessVariable.stringVariable("engineer");
		static final ProcessVariable<RaisedAs> ROLE = ProcessVariable.enumVariable("role", RaisedAs.class);
	}
}

package org.fitsflow.configuration;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.fitsflow.configuration.AssetAuditProcess.*;
import static org.fitsflow.system.process.ProcessVariables.with;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
import java.util.Set;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.Spin;
import org.fitsflow.school.FitsFunction;
import org.fitsflow.school.SchoolDates;
import org.fitsflow.system.EngineClock;
import org.fitsflow.testsupport.ModelDelegates;
import org.fitsflow.testsupport.ModelSteps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

/**
 * The yearly asset audit walked on the plain engine with its real delegates and timers in front of a stand-in for
 * the audits: nothing found; discrepancies corrected and raised as changes; a wrong entry refused with the task kept
 * open; maintenance reminded before the school's date and the ICT owner told once it has passed, each once.
 */
@Deployment(resources = { "bpmn/asset-audit.bpmn", "forms/asset-audit-check-register.form" })
class AssetAuditProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
		.assertClassCoverageAtLeast(1.0)
		.build();

	private static final ZoneId LONDON = ZoneId.of("Europe/London");
	private static final LocalDate DUE = LocalDate.parse("2027-03-01");
	private static final String REFERENCE = "AA-2027-03-01";
	private static final Instant STARTED = Instant.parse("2027-02-01T00:00:00Z");

	private AssetAudits audits;
	private ProcessInstance audit;

	@BeforeEach
	void standInForTheAudits() {
		org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine.getProcessEngine());
		ClockUtil.setCurrentTime(Date.from(STARTED));
		audits = mock(AssetAudits.class);
		when(audits.open(any(), eq(DUE), any())).thenReturn(new AssetAudit("riverside", DUE, "instance", STARTED));
		ModelDelegates.register(new AssetAuditDelegates.OpenAudit(audits),
				new AssetAuditDelegates.RecordDiscrepancies(audits), new AssetAuditDelegates.CorrectRegister(audits),
				new AssetAuditDelegates.RaiseChanges(audits), new AssetAuditDelegates.RecordAudit(audits),
				new AssetAuditDelegates.ReportOutcome(audits), new AssetAuditDelegates.RemindMaintenance(audits),
				new AssetAuditDelegates.ReportAuditOverdue(audits),
				new AssetAuditTimers(new AssetAuditProperties(Period.ofDays(28), Period.ofDays(7)),
						new SchoolDates(LONDON, new EngineClock(LONDON))));
	}

	@AfterEach
	void reset() {
		ClockUtil.reset();
		Mocks.reset();
		identityService().clearAuthentication();
	}

	private void startAsTheScheduleDoes() {
		audit = runtimeService().startProcessInstanceByKey(KEY, with(REVIEW_DUE, DUE.toString()));
		assertThat(audit).isStarted().hasBusinessKey(REFERENCE).isWaitingAt(TASK_CHECK_REGISTER);
		org.assertj.core.api.Assertions.assertThat(task().getDueDate())
			.isEqualTo(Date.from(Instant.parse("2027-03-01T00:00:00Z")));
	}

	private Task task() {
		return taskService().createTaskQuery().processInstanceId(audit.getId()).taskDefinitionKey(TASK_CHECK_REGISTER)
			.singleResult();
	}

	private void checkAs(String userId, String discrepancies) {
		ModelSteps.completeAs(userId, task().getId(), with(REGISTER_CHECKED, true)
			.and(DISCREPANCIES, Spin.JSON(discrepancies)));
	}

	@Test
	void theRegisterMatches_auditKeptWithItsBaseline_ictOwnerToldTheOutcome() {
		startAsTheScheduleDoes();
		when(audits.checked(any(), eq(REFERENCE), any(), eq(true), eq("technician")))
			.thenReturn(new AssetAudits.Found(0, 0));
		checkAs("technician", "[]");
		verify(audits).record(any(), eq(REFERENCE));
		verify(audits, never()).correct(any(), any());
		verify(audits, never()).raiseChanges(any(), any());
		verify(audits, never()).reportOutcome(any(), any());
		ModelSteps.runDueJobs(audit.getId());
		verify(audits).reportOutcome(any(), eq(REFERENCE));
		assertThat(audit).isEnded().hasPassed(GATEWAY_CORRECTIONS_MADE, GATEWAY_CHANGES_RAISED, END_AUDIT_RECORDED)
			.hasNotPassed(TASK_CORRECT_REGISTER, TASK_RAISE_CHANGES, TASK_REMIND_MAINTENANCE, TASK_REPORT_AUDIT_OVERDUE);
	}

	@Test
	void discrepanciesFound_recordsCorrectedAndChangesRaised_thenKeptAndReported() {
		startAsTheScheduleDoes();
		when(audits.checked(any(), eq(REFERENCE), any(), eq(true), eq("technician")))
			.thenReturn(new AssetAudits.Found(2, 1));
		checkAs("technician", "[{\"kind\":\"missing\",\"assetReference\":\"PC-12\",\"resolution\":\"correct\"}]");
		InOrder order = inOrder(audits);
		order.verify(audits).checked(any(), eq(REFERENCE), any(), eq(true), eq("technician"));
		order.verify(audits).correct(any(), eq(REFERENCE));
		order.verify(audits).raiseChanges(any(), eq(REFERENCE));
		order.verify(audits).record(any(), eq(REFERENCE));
		ModelSteps.runDueJobs(audit.getId());
		verify(audits).reportOutcome(any(), eq(REFERENCE));
		assertThat(audit).isEnded().hasPassed(TASK_CORRECT_REGISTER, GATEWAY_CORRECTIONS_MADE, TASK_RAISE_CHANGES,
				GATEWAY_CHANGES_RAISED, TASK_RECORD_AUDIT, TASK_REPORT_OUTCOME, END_AUDIT_RECORDED);
	}

	@Test
	void aDiscrepancyTheRegisterRefuses_refusedNamingIt_andTheTaskStaysOpenWithNothingKept() {
		startAsTheScheduleDoes();
		when(audits.checked(any(), any(), any(), anyBoolean(), any())).thenReturn(new AssetAudits.Found(1, 0));
		org.mockito.Mockito.doThrow(new IllegalArgumentException("discrepancies 1 (PC-12): the register refuses the "
				+ "correction: dependsOn: PC-13 depends on PC-12")).when(audits).correct(any(), any());
		assertThatThrownBy(() -> checkAs("technician", "[]"))
			.isInstanceOf(BadUserRequestException.class).hasMessageContaining("discrepancies 1 (PC-12)");
		org.assertj.core.api.Assertions.assertThat(task()).isNotNull();
		verify(audits, never()).record(any(), any());
	}

	@Test
	void schoolsDateNear_maintenanceReminded_thenPassed_ictOwnerTold_eachOnce() {
		startAsTheScheduleDoes();
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-02-21T23:59:00Z")));
		ModelSteps.runDueJobs(audit.getId());
		verify(audits, never()).remind(any(), any(), anyCollection());
		// A week before 1 March; midnight in London in winter is midnight UTC.
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-02-22T00:00:01Z")));
		ModelSteps.runDueJobs(audit.getId());
		verify(audits).remind(any(), eq(REFERENCE), eq(Set.of(FitsFunction.MAINTENANCE)));
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-03-02T00:00:01Z")));
		ModelSteps.runDueJobs(audit.getId());
		verify(audits).reportOverdue(any(), eq(REFERENCE), eq(Set.of(FitsFunction.MAINTENANCE)));
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-06-01T00:00:00Z")));
		ModelSteps.runDueJobs(audit.getId());
		verify(audits, times(1)).remind(any(), any(), anyCollection());
		verify(audits, times(1)).reportOverdue(any(), any(), anyCollection());
		assertThat(audit).hasPassed(END_MAINTENANCE_REMINDED, END_OVERDUE_REPORTED).isWaitingAt(TASK_CHECK_REGISTER);
	}
}

package org.fitsflow.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.fitsflow.problem.ProblemManagementProcess.*;
import static org.fitsflow.system.process.ProcessVariables.with;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.fitsflow.change.ChangeOutcome;
import org.fitsflow.change.RequestForChangeProcess;
import org.fitsflow.testsupport.ModelDelegates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Problem Management walked on the plain engine: every path, with the real delegates and listener in front of a
 * stand-in for the domain service.
 */
@Deployment(resources = { "bpmn/problem-management.bpmn", "stubs/request-for-change-stub.bpmn",
		"forms/problem-raise.form", "forms/problem-investigate.form", "forms/problem-verify.form" })
class ProblemManagementProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
		.assertClassCoverageAtLeast(1.0)
		.build();

	private Problems problems;
	private ProcessInstance problem;

	@BeforeEach
	void standInForTheDomainService() {
		// The Spring test contexts of the same run have engines too: say which one the assertions use.
		org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine.getProcessEngine());
		problems = mock(Problems.class);
		when(problems.raise(any(), any(), any(), any(), any(), any())).thenReturn(new Problem("riverside",
				"PRB-2026-0001", 1L, null, "Server disk nearly full every week", Problem.Source.MONITORING, "technician",
				Instant.parse("2026-11-23T09:00:00Z")));
		when(problems.changeRequest(any(), any(), any(), any()))
			.thenReturn(new Problems.ChangeRequest("Replace the switch", "Root cause: failing switch"));
		ModelDelegates.register(new ProblemManagementDelegates.RecordProblem(problems),
				new ProblemManagementDelegates.RecordDiagnosis(problems),
				new ProblemManagementDelegates.RecordChangeOutcome(problems),
				new ProblemManagementDelegates.FixVerifiedAnswered(), new ProblemManagementDelegates.CloseProblem(problems));
	}

	@AfterEach
	void reset() {
		Mocks.reset();
		identityService().clearAuthentication();
	}

	@Test
	void raisedByMaintenanceFromMonitoring_fixedWithoutAChange_verifiedAndClosed() {
		identityService().setAuthenticatedUserId("technician");
		problem = runtimeService().startProcessInstanceByKey(KEY, with(DESCRIPTION, "Server disk nearly full every week")
			.and(SOURCE, Problem.Source.MONITORING).and(SERVICE, "Network and internet access"));
		identityService().clearAuthentication();
		// Maintenance resolves the potential problems its monitoring finds (002).
		assertThat(problem).isWaitingAt(TASK_INVESTIGATE);
		assertThat(task()).hasCandidateGroup("maintenance");
		verify(problems).raise(any(), eq("Server disk nearly full every week"), eq("Network and internet access"), any(),
				eq(Problem.Source.MONITORING), eq("technician"));
		complete(task(), with(ROOT_CAUSE, "Log files never rotated").and(WORKAROUND, "Delete old logs")
			.and(CHANGE_NEEDED, false));
		assertThat(problem).isWaitingAt(TASK_VERIFY_FIX);
		assertThat(task()).hasCandidateGroup("maintenance");
		complete(task(), with(VERIFICATION, Verification.VERIFIED));

		assertThat(problem).isEnded().hasPassedInOrder(TASK_RECORD_PROBLEM, TASK_INVESTIGATE, TASK_RECORD_DIAGNOSIS,
				TASK_VERIFY_FIX, TASK_CLOSE_PROBLEM, END_CLOSED);
		verify(problems).diagnose(any(), eq("PRB-2026-0001"), eq("Log files never rotated"), eq("Delete old logs"));
		verify(problems).close(any(), eq("PRB-2026-0001"));
	}

	@Test
	void repeatedIncidents_changeNeeded_rejectedThenSuccessful_notVerifiedAtFirst_thenClosed() {
		// As Problems starts it: the problem's reference is the instance's business key, by which it is found.
		problem = runtimeService().createMessageCorrelation(PROBLEM_DETECTED)
			.processInstanceBusinessKey("PRB-2026-0002")
			.setVariables(with(PROBLEM_REFERENCE, "PRB-2026-0002")
				.and(DESCRIPTION, "3 incidents on service 'Printing' within 30 days")
				.and(INVESTIGATED_BY, Investigator.SECOND_LEVEL_SUPPORT))
			.correlateStartMessage();
		// Repeated incidents are second-level support's to investigate, reactively (003).
		assertThat(problem).isWaitingAt(TASK_INVESTIGATE);
		assertThat(task()).hasCandidateGroup("second-level-support");
		verify(problems, never()).raise(any(), any(), any(), any(), any(), any());

		identityService().setAuthenticatedUserId("technician");
		complete(task(), with(ROOT_CAUSE, "Worn rollers").and(CHANGE_NEEDED, true));
		identityService().clearAuthentication();
		assertThat(problem).isWaitingAt(CALL_REQUEST_FOR_CHANGE);
		ProcessInstance change = calledChange();
		VariableMap passed = runtimeService().getVariablesTyped(change.getId());
		assertThat(RequestForChangeProcess.RAISED_FROM.get(passed)).isEqualTo("PRB-2026-0002");
		assertThat(RequestForChangeProcess.BRIEF_DESCRIPTION.get(passed)).isEqualTo("Replace the switch");
		assertThat(RequestForChangeProcess.ORIGINATOR.get(passed)).isEqualTo("technician");
		assertThat(RequestForChangeProcess.RAISED_AS.get(passed)).isEqualTo(org.fitsflow.change.RaisedAs.SECOND_LEVEL_SUPPORT);
		finishChange(change, "RFC-2026-0001", ChangeOutcome.REJECTED);
		assertThat(problem).isWaitingAt(TASK_INVESTIGATE);

		complete(task(), with(ROOT_CAUSE, "Worn rollers").and(CHANGE_NEEDED, true));
		finishChange(calledChange(), "RFC-2026-0002", ChangeOutcome.PARTIALLY_SUCCESSFUL);
		assertThat(problem).isWaitingAt(TASK_VERIFY_FIX);
		complete(task(), with(VERIFICATION, Verification.NOT_VERIFIED));
		assertThat(problem).isWaitingAt(TASK_INVESTIGATE);

		complete(task(), with(ROOT_CAUSE, "Worn rollers and old toner").and(CHANGE_NEEDED, false));
		complete(task(), with(VERIFICATION, Verification.VERIFIED));
		assertThat(problem).isEnded();
		verify(problems).recordChangeOutcome(any(), eq("PRB-2026-0002"), eq("RFC-2026-0001"), eq("rejected"));
		verify(problems).recordChangeOutcome(any(), eq("PRB-2026-0002"), eq("RFC-2026-0002"), eq("partially-successful"));
		verify(problems, times(1)).close(any(), eq("PRB-2026-0002"));
	}

	private ProcessInstance calledChange() {
		return runtimeService().createProcessInstanceQuery().processDefinitionKey(RequestForChangeProcess.KEY)
			.superProcessInstanceId(problem.getId()).singleResult();
	}

	/** The stub request for change ends with what the real one hands back to its caller. */
	private void finishChange(ProcessInstance change, String reference, ChangeOutcome outcome) {
		complete(taskQuery().processInstanceId(change.getId()).singleResult(),
				with(RequestForChangeProcess.CHANGE_REFERENCE, reference).and(RequestForChangeProcess.CHANGE_OUTCOME, outcome));
	}
}

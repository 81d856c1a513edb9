package org.fitsflow.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Problem Management walked on the plain engine; the delegates are stood in for by name. */
@Deployment(resources = { "bpmn/problem-management.bpmn", "stubs/request-for-change-stub.bpmn",
		"forms/problem-raise.form", "forms/problem-investigate.form", "forms/problem-verify.form" })
class ProblemManagementProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
		.assertClassCoverageAtLeast(1.0)
		.build();

	private final List<String> called = new ArrayList<>();
	private ProcessInstance problem;

	@BeforeEach
	void standIns() {
		// The Spring test contexts of the same run have engines too: say which one the assertions use.
		org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine.getProcessEngine());
		Mocks.register("recordProblem", (JavaDelegate) e -> {
			called.add("recordProblem");
			e.setVariable("problemReference", "PRB-2026-0001");
		});
		Mocks.register("recordDiagnosis", (JavaDelegate) e -> {
			called.add("recordDiagnosis");
			e.setVariable("changeNeeded", Boolean.TRUE.equals(e.getVariable("changeNeeded")));
			e.setVariable("changeBriefDescription", "Replace the switch");
			e.setVariable("changeReason", "Root cause: failing switch");
			e.setVariable("changeOriginator", "technician");
		});
		Mocks.register("recordProblemChangeOutcome", (JavaDelegate) e -> called.add("recordProblemChangeOutcome"));
		Mocks.register("closeProblem", (JavaDelegate) e -> called.add("closeProblem"));
	}

	@AfterEach
	void reset() {
		Mocks.reset();
	}

	@Test
	void raisedByMaintenanceFromMonitoring_fixedWithoutAChange_verifiedAndClosed() {
		problem = runtimeService().startProcessInstanceByKey("problem-management", withVariables("description",
				"Server disk nearly full every week", "source", "monitoring", "service", "Network and internet access"));
		assertThat(problem).isWaitingAt("Task_InvestigateProblem");
		assertThat(task()).hasCandidateGroup("second-level-support");
		complete(task(), withVariables("rootCause", "Log files never rotated", "workaround", "Delete old logs",
				"changeNeeded", false));
		assertThat(problem).isWaitingAt("Task_VerifyFix");
		complete(task(), withVariables("verification", "verified"));

		assertThat(problem).isEnded().hasPassedInOrder("Task_RecordProblem", "Task_InvestigateProblem",
				"Task_RecordDiagnosis", "Task_VerifyFix", "Task_CloseProblem", "EndEvent_ProblemClosed");
		assertThat(called).containsExactly("recordProblem", "recordDiagnosis", "closeProblem");
	}

	@Test
	void repeatedIncidents_changeNeeded_rejectedThenSuccessful_notVerifiedAtFirst_thenClosed() {
		problem = runtimeService().createMessageCorrelation("ProblemDetected")
			.setVariable("problemReference", "PRB-2026-0002")
			.setVariable("description", "3 incidents on service 'Printing' within 30 days")
			.correlateStartMessage();
		assertThat(problem).isWaitingAt("Task_InvestigateProblem");
		assertThat(called).doesNotContain("recordProblem");

		complete(task(), withVariables("rootCause", "Worn rollers", "changeNeeded", true));
		assertThat(problem).isWaitingAt("CallActivity_RequestForChange");
		ProcessInstance change = calledChange();
		assertThat(runtimeService().getVariables(change.getId())).containsEntry("raisedFrom", "PRB-2026-0002")
			.containsEntry("briefDescription", "Replace the switch").containsEntry("originator", "technician");
		finishChange(change, "RFC-2026-0001", "rejected");
		assertThat(problem).isWaitingAt("Task_InvestigateProblem");

		complete(task(), withVariables("rootCause", "Worn rollers", "changeNeeded", true));
		finishChange(calledChange(), "RFC-2026-0002", "partially-successful");
		assertThat(problem).isWaitingAt("Task_VerifyFix");
		complete(task(), withVariables("verification", "not-verified"));
		assertThat(problem).isWaitingAt("Task_InvestigateProblem");

		complete(task(), withVariables("rootCause", "Worn rollers and old toner", "changeNeeded", false));
		complete(task(), withVariables("verification", "verified"));
		assertThat(problem).isEnded();
		assertThat(called).contains("recordProblemChangeOutcome", "closeProblem");
	}

	private ProcessInstance calledChange() {
		return runtimeService().createProcessInstanceQuery().processDefinitionKey("request-for-change")
			.superProcessInstanceId(problem.getId()).singleResult();
	}

	private void finishChange(ProcessInstance change, String reference, String outcome) {
		complete(taskQuery().processInstanceId(change.getId()).singleResult(),
				Map.of("changeReference", reference, "changeOutcome", outcome));
	}
}

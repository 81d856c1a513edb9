package org.fitsflow.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The implementation plan checklist (003, section 4), walked on the plain engine. */
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

	// The extension deploys after @BeforeEach has run, so each test starts its own plan.
	private void start() {
		plan = runtimeService().startProcessInstanceByKey("implementation-plan");
	}

	@Test
	void happyPath_startDateConfirmedAtMeeting2_primaryFitsStarts() {
		start();
		prepareAndHoldMeeting1();
		reviewBeforeMeeting2();
		holdMeeting2("yes");

		assertThat(plan).isWaitingAt("Task_DistributeSupportProcedure");
		assertThat(task()).hasCandidateGroup("ict-owner").hasDueDate(java.sql.Date.valueOf("2027-01-04"));
		complete(task(), withVariables("supportProcedureDistributedOn", "2026-12-18"));
		assertThat(plan).isWaitingAt("Task_ConfirmStartDate");
		complete(task(), withVariables("startConfirmedOn", "2027-01-03"));

		assertThat(plan).isEnded().hasPassedInOrder("Task_PlanAndPrepare", "Task_HoldMeeting1",
				"Task_PrepareForMeeting2", "Task_HoldMeeting2", "Task_DistributeSupportProcedure",
				"Task_ConfirmStartDate", "EndEvent_PrimaryFitsStarted");
	}

	@Test
	void startDateNotConfirmed_teamMeetsAgainBeforeStarting() {
		start();
		prepareAndHoldMeeting1();
		reviewBeforeMeeting2();
		holdMeeting2("no");

		assertThat(plan).isWaitingAt("Task_PrepareForMeeting2");
		reviewBeforeMeeting2();
		holdMeeting2("yes");
		assertThat(plan).isWaitingAt("Task_DistributeSupportProcedure");
	}

	@Test
	void planAndPrepare_withoutFirstMeetingDate_isRefusedAndStaysOpen() {
		start();
		assertThat(plan).isWaitingAt("Task_PlanAndPrepare");
		String taskId = task().getId();
		assertThatThrownBy(() -> taskService().complete(taskId, withVariables("guidanceReadOn", "2026-11-23",
				"intentionCommunicatedOn", "2026-11-24", "functionsAssigned", true)))
			.hasRootCauseInstanceOf(BadUserRequestException.class)
			.hasMessageContaining("(firstMeetingOn) is required");
		assertThat(plan).isWaitingAt("Task_PlanAndPrepare");
		assertThat(runtimeService().getVariable(plan.getId(), "guidanceReadOn")).isNull();
	}

	@Test
	void planAndPrepare_functionsNotAssigned_isRefused() {
		start();
		String taskId = task(plan).getId();
		assertThatThrownBy(() -> taskService().complete(taskId, withVariables("guidanceReadOn", "2026-11-23",
				"intentionCommunicatedOn", "2026-11-24", "functionsAssigned", false, "firstMeetingOn", "2026-11-30")))
			.hasMessageContaining("(functionsAssigned) is required");
	}

	private void prepareAndHoldMeeting1() {
		assertThat(plan).isWaitingAt("Task_PlanAndPrepare");
		assertThat(task()).hasCandidateGroup("ict-owner");
		complete(task(), withVariables("guidanceReadOn", "2026-11-23", "intentionCommunicatedOn", "2026-11-24",
				"functionsAssigned", true, "firstMeetingOn", "2026-11-30"));
		assertThat(plan).isWaitingAt("Task_HoldMeeting1");
		assertThat(task()).hasDueDate(java.sql.Date.valueOf("2026-11-30"));
		complete(task(), withVariables("introducedOn", "2026-11-30", "toolsetsDistributedOn", "2026-11-30",
				"startDate", "2027-01-04", "secondMeetingOn", "2026-12-14"));
	}

	private void reviewBeforeMeeting2() {
		assertThat(plan).isWaitingAt("Task_PrepareForMeeting2");
		complete(task(), withVariables("ownTasksReviewedOn", "2026-12-07", "usersUpdatedOn", "2026-12-08"));
	}

	private void holdMeeting2(String startDateConfirmed) {
		assertThat(plan).isWaitingAt("Task_HoldMeeting2");
		complete(task(), withVariables("understandingCheckedOn", "2026-12-14", "communicationsDueOn", "2026-12-18",
				"supportProcedureDueOn", "2026-12-16", "startDateConfirmed", startDateConfirmed, "startDate", "2027-01-04",
				"nextMeetingOn", "2027-02-04"));
	}
}

package org.fitsflow.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Service Desk and Incident Management walked on the plain engine; the delegates are stood in for by name. */
@Deployment(resources = { "bpmn/incident-management.bpmn", "dmn/incident-priority.dmn",
		"stubs/request-for-change-stub.bpmn", "forms/incident-report.form", "forms/incident-categorise.form",
		"forms/incident-new-requirement.form", "forms/incident-respond.form", "forms/incident-restore.form",
		"forms/incident-await-reporter.form", "forms/incident-pass-to-second-level.form",
		"forms/incident-provider-reference.form", "forms/incident-provider-fix.form",
		"forms/incident-fix-permanently.form", "forms/incident-close.form" })
class IncidentManagementProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
		.assertClassCoverageAtLeast(1.0)
		.build();

	private static final Instant MONDAY_NINE = Instant.parse("2026-11-23T09:00:00Z");

	/** Stands in for the incidentTimers bean: the due dates the domain would compute in school time. */
	public static class Timers {
		public Date response = Date.from(MONDAY_NINE.plus(Duration.ofHours(1)));
		public Date fix = Date.from(MONDAY_NINE.plus(Duration.ofHours(4)));
		public Date reopen = Date.from(MONDAY_NINE.plus(Duration.ofDays(5)));

		public Date responseDue(DelegateExecution execution) {
			return response;
		}

		public Date fixDue(DelegateExecution execution) {
			return fix;
		}

		public Date reopenUntil(DelegateExecution execution) {
			return reopen;
		}
	}

	private final Timers timers = new Timers();
	private final List<String> called = new ArrayList<>();
	private boolean supportedByProvider;
	private ProcessInstance incident;

	@BeforeEach
	void standIns() {
		// The Spring test contexts of the same run have engines too: say which one the assertions use.
		org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine.getProcessEngine());
		ClockUtil.setCurrentTime(Date.from(MONDAY_NINE));
		Mocks.register("incidentTimers", timers);
		for (String name : List.of("setIncidentTargets", "escalateMissedResponse", "escalateMissedFix", "pauseFixClock",
				"resumeFixClock", "emailProviderServiceDesk", "recordIncidentChangeOutcome", "recordResolution",
				"recordReopening", "recordClosure")) {
			Mocks.register(name, (JavaDelegate) e -> called.add(name));
		}
		Mocks.register("logIncident", (JavaDelegate) e -> {
			called.add("logIncident");
			e.setVariable("incidentReference", "INC-2026-0001");
			e.setVariable("responded", false);
		});
		Mocks.register("recordCategory", (JavaDelegate) e -> {
			e.setVariable("serviceImportance", "high");
			e.setVariable("supportedByProvider", supportedByProvider);
		});
		Mocks.register("recordResponse", (JavaDelegate) e -> e.setVariable("responded", true));
		Mocks.register("recordRestoration", (JavaDelegate) e -> e.setVariable("permanentFixNeeded",
				Boolean.TRUE.equals(e.getVariable("permanentFixNeeded"))));
		Mocks.register("prepareIncidentChange", (JavaDelegate) e -> {
			e.setVariable("changeBriefDescription", "Replace the switch");
			e.setVariable("changeReason", "It keeps failing");
			e.setVariable("changeOriginator", "technician");
		});
		Mocks.register("raiseProblemFromIncident", (JavaDelegate) e -> e.setVariable("problemReference", "PRB-2026-0001"));
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
		Mocks.reset();
	}

	@Test
	void happyPath_firstLevelRestores_reporterDoesNotReopen_singlePointOfContactCloses() {
		report("whole-class", "work-stopped");
		categorise("fault");
		assertThat(incident).variables().containsEntry("priority", 1);
		respond();
		restore(false);

		assertThat(incident).isWaitingAt("Gateway_ReopenedOrWindowOver");
		ClockUtil.setCurrentTime(Date.from(MONDAY_NINE.plus(Duration.ofDays(6))));
		execute("Timer_ReopenWindowOver");
		assertThat(incident).isWaitingAt("Task_CloseIncident");
		assertThat(task()).hasCandidateGroup("single-point-of-contact");
		complete(task(), withVariables("confirmClosed", true));

		assertThat(incident).isEnded().hasPassedInOrder("Task_LogIncident", "Task_CategoriseIncident",
				"Task_DeterminePriority", "Task_SetTargets", "Task_RespondToIncident", "Task_RecordResponse",
				"Task_RestoreService", "Task_RecordRestoration", "Task_RecordResolution", "Task_CloseIncident",
				"Task_RecordClosure", "EndEvent_IncidentClosed");
		assertThat(called).doesNotContain("escalateMissedResponse", "escalateMissedFix");
	}

	@Test
	void localPrintingProblem_getsALowerPriorityThanAClassroomNetworkFailure() {
		report("one-user", "work-impaired");
		Mocks.register("recordCategory", (JavaDelegate) e -> {
			e.setVariable("serviceImportance", "low");
			e.setVariable("supportedByProvider", false);
		});
		categorise("fault");
		assertThat(incident).variables().containsEntry("priority", 4);
	}

	@Test
	void responseTargetMissed_singlePointOfContactIsTold_andTheIncidentStaysWithFirstLevelSupport() {
		report("whole-school", "work-stopped");
		categorise("fault");
		assertThat(incident).isWaitingAt("Task_RespondToIncident");
		ClockUtil.setCurrentTime(Date.from(MONDAY_NINE.plus(Duration.ofMinutes(61))));
		execute("Timer_ResponseTargetMissed");
		execute("Task_EscalateMissedResponse");

		assertThat(called).contains("escalateMissedResponse");
		assertThat(incident).hasPassed("EndEvent_ResponseEscalated").isWaitingAt("Task_RespondToIncident");
	}

	@Test
	void fixTargetMissed_escalatedWithoutStoppingTheWork() {
		report("whole-school", "work-stopped");
		categorise("fault");
		respond();
		ClockUtil.setCurrentTime(Date.from(MONDAY_NINE.plus(Duration.ofHours(5))));
		execute("Timer_FixTargetMissed");
		execute("Task_EscalateMissedFix");

		assertThat(called).contains("escalateMissedFix");
		assertThat(incident).hasPassed("EndEvent_FixEscalated").isWaitingAt("Task_RestoreService");
	}

	@Test
	void priorityChanged_targetsAreRecomputed_andAnIncidentAlreadyTakenOnGoesStraightToRestoring() {
		report("one-user", "work-continues");
		categorise("fault");
		respond();
		assertThat(incident).variables().containsEntry("priority", 3);
		runtimeService().createMessageCorrelation("IncidentPriorityChanged").processInstanceId(incident.getId())
			.setVariable("impact", "whole-school").setVariable("urgency", "work-stopped").correlate();

		assertThat(incident).isWaitingAt("Task_RestoreService").variables().containsEntry("priority", 1);
		assertThat(called.stream().filter("setIncidentTargets"::equals).count()).isEqualTo(2);
	}

	@Test
	void waitingOnTheReporter_pausesTheFixClock_thenRestoringCarriesOn() {
		report("several-users", "work-impaired");
		categorise("fault");
		respond();
		complete(task(), withVariables("restoreOutcome", "waiting-on-reporter", "questionForReporter", "Which room?"));
		assertThat(incident).isWaitingAt("Task_AwaitReporter");
		assertThat(called).contains("pauseFixClock");
		complete(task(), withVariables("reporterAnswer", "Room 4"));

		assertThat(called).contains("resumeFixClock");
		assertThat(incident).isWaitingAt("Task_RestoreService");
		restore(false);
		assertThat(incident).isWaitingAt("Gateway_ReopenedOrWindowOver");
	}

	@Test
	void newRequirement_goesToDesign_insteadOfFirstLevelSupport() {
		report("one-user", "work-continues");
		assertThat(task()).hasCandidateGroup("single-point-of-contact");
		complete(task(), withVariables("serviceId", "1", "category", "new-requirement", "requirementFunction", "design"));
		assertThat(incident).isWaitingAt("Task_HandleNewRequirement");
		assertThat(task()).hasCandidateGroup("design");
		complete(task(), withVariables("resolution", "New scanner set up", "secondLevelOutcome", "fixed"));

		assertThat(incident).hasNotPassed("Task_DeterminePriority").isWaitingAt("Gateway_ReopenedOrWindowOver");
	}

	@Test
	void permanentFix_bySchoolTechnician() {
		report("whole-class", "work-impaired");
		categorise("fault");
		respond();
		restore(true);
		passToSecondLevel();
		assertThat(incident).isWaitingAt("Task_FixPermanently");
		assertThat(task()).hasCandidateGroup("second-level-support");
		complete(task(), withVariables("resolution", "Cable replaced", "secondLevelOutcome", "fixed"));
		assertThat(incident).isWaitingAt("Gateway_ReopenedOrWindowOver");
	}

	@Test
	void providerSupportsTheService_serviceDeskIsEmailed_referenceRecorded_underlyingProblemRaised() {
		supportedByProvider = true;
		report("several-users", "work-impaired");
		categorise("fault");
		respond();
		restore(true);
		passToSecondLevel();
		execute("Task_EmailProviderServiceDesk");
		assertThat(called).contains("emailProviderServiceDesk");
		assertThat(incident).isWaitingAt("Task_RecordProviderReference");
		assertThat(task()).hasCandidateGroup("single-point-of-contact");
		complete(task(), withVariables("providerReference", "NG-778"));
		complete(task(), withVariables("resolution", "Mail server patched", "secondLevelOutcome", "underlying-problem"));

		assertThat(incident).hasPassed("Task_RaiseProblem").isWaitingAt("Gateway_ReopenedOrWindowOver")
			.variables().containsEntry("problemReference", "PRB-2026-0001");
	}

	@Test
	void changeNeeded_unsuccessfulChangeGoesBackToTheSinglePointOfContact_thenASuccessfulOneResolves() {
		report("whole-class", "work-stopped");
		categorise("fault");
		respond();
		restore(true);
		passToSecondLevel();
		complete(task(), withVariables("resolution", "Switch must go", "secondLevelOutcome", "change-needed"));
		assertThat(incident).isWaitingAt("CallActivity_RequestForChange");
		ProcessInstance change = calledChange();
		assertThat(runtimeService().getVariables(change.getId())).containsEntry("raisedFrom", "INC-2026-0001")
			.containsEntry("briefDescription", "Replace the switch").containsEntry("reason", "It keeps failing")
			.containsEntry("originator", "technician");
		finishChange(change, "RFC-2026-0001", "unsuccessful");
		assertThat(incident).isWaitingAt("Task_PassToSecondLevel");

		passToSecondLevel();
		complete(task(), withVariables("resolution", "Try again", "secondLevelOutcome", "change-needed"));
		finishChange(calledChange(), "RFC-2026-0002", "successful");
		assertThat(incident).isWaitingAt("Gateway_ReopenedOrWindowOver").variables()
			.containsEntry("changeReference", "RFC-2026-0002");
	}

	@Test
	void reporterReopens_withinTheWindow_incidentIsPrioritisedAndRestoredAgain() {
		report("one-user", "work-stopped");
		categorise("request");
		respond();
		restore(false);
		runtimeService().createMessageCorrelation("IncidentReopened").processInstanceId(incident.getId()).correlate();

		assertThat(called).contains("recordReopening");
		assertThat(incident).isWaitingAt("Task_RestoreService");
	}

	@Test
	void reportWithoutService_isRefusedNamingTheField_andNothingStarts() {
		assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey("incident-management",
				withVariables("description", "The printer jams", "impact", "one-user", "urgency", "work-impaired",
						"kind", "fault")))
			.isInstanceOf(BadUserRequestException.class)
			.hasMessageContaining("(service) is required");
		assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey("incident-management").count()).isZero();
		assertThat(called).doesNotContain("logIncident");
	}

	private void report(String impact, String urgency) {
		incident = runtimeService().startProcessInstanceByKey("incident-management", withVariables("description",
				"The network is down in class 3", "service", "Network and internet access", "impact", impact, "urgency",
				urgency, "kind", "fault", "location", "Class 3"));
		assertThat(incident).isWaitingAt("Task_CategoriseIncident");
	}

	private void categorise(String category) {
		complete(task(), withVariables("serviceId", "1", "category", category));
		assertThat(incident).isWaitingAt("Task_RespondToIncident");
		assertThat(task()).hasCandidateGroup("first-level-support");
	}

	private void respond() {
		complete(task(), withVariables("takenOn", true));
		assertThat(incident).isWaitingAt("Task_RestoreService");
	}

	private void restore(boolean permanentFixNeeded) {
		complete(task(), withVariables("restoreOutcome", "restored", "workaround", "Use the laptop trolley",
				"permanentFixNeeded", permanentFixNeeded));
	}

	private void passToSecondLevel() {
		assertThat(incident).isWaitingAt("Task_PassToSecondLevel");
		complete(task(), withVariables("passedOn", true));
	}

	private ProcessInstance calledChange() {
		return runtimeService().createProcessInstanceQuery().processDefinitionKey("request-for-change")
			.superProcessInstanceId(incident.getId()).singleResult();
	}

	private void finishChange(ProcessInstance change, String reference, String outcome) {
		complete(taskQuery().processInstanceId(change.getId()).singleResult(),
				Map.of("changeReference", reference, "changeOutcome", outcome));
	}

	private void execute(String activityId) {
		Job job = managementService().createJobQuery().processInstanceId(incident.getId()).activityId(activityId)
			.singleResult();
		assertThat(job).as("job of " + activityId).isNotNull();
		managementService().executeJob(job.getId());
	}
}

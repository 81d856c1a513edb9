package org.fitsflow.system.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.fitsflow.incident.IncidentManagementProcess;
import org.fitsflow.school.SchoolCalendar;
import org.fitsflow.school.SchoolTimeProperties;
import org.fitsflow.school.SchoolTimeTimer;
import org.fitsflow.system.process.ModelChecks.Candidate;
import org.fitsflow.system.process.ModelChecks.Finding;
import org.fitsflow.system.process.ModelChecks.Located;
import org.fitsflow.system.process.ModelFile.Kind;
import org.junit.jupiter.api.Test;

/**
 * The deployment rules on their own, against the repository's models as the deployed ones (the scenario tests run
 * them through the engine and its REST API). Contracts here are the four models' own, and the timer rule the
 * school-time timer's.
 */
class ModelChecksTest {

	private static final ModelRules RULES = new ModelRules(List.<ProcessContract>copyOf(Models.contracts()),
			List.of(schoolTimeTimer()));

	private final List<ModelFile> repository = repository();
	private final ModelChecks.Deployed deployed = new Repository(repository);

	@Test
	void theRepository_asItIs_meetsEveryRule() {
		assertThat(ModelChecks.check(new Candidate("fits-flow", null, repository), deployed, RULES)).isEmpty();
	}

	@Test
	void aSchoolTimeTimer_needsItsExpression_aValidSchoolTime_andToBeTheOnlyOneOfItsTask() {
		assertThat(check(ModelEdits.replace(ProcessOwnerScenario.CHANGE, "${schoolTimeTimer.due(execution)}", "P2D")))
			.anySatisfy(f -> assertThat(f.message()).contains("Timer_ProceedDecisionDue", "${schoolTimeTimer.due(execution)}"));
		assertThat(check(ModelEdits.replace(ProcessOwnerScenario.CHANGE, "value=\"PT16H\"", "value=\"two days\"")))
			.anySatisfy(f -> assertThat(f.message()).contains("PT4H", "'two days'"));
		String second = "<bpmn:boundaryEvent id=\"Timer_SecondReminder\" name=\"Another\" attachedToRef=\"Task_ApproveProceeding\""
				+ " cancelActivity=\"false\"><bpmn:timerEventDefinition id=\"TimerDefinition_Second\"><bpmn:timeDate>"
				+ "${schoolTimeTimer.due(execution)}</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:boundaryEvent></bpmn:process>";
		assertThat(check(ModelEdits.replace(ProcessOwnerScenario.CHANGE, "</bpmn:process>", second)))
			.anySatisfy(f -> assertThat(f.message()).contains("Task_ApproveProceeding", "starts 2 school-time timers"));
	}

	@Test
	void aTaskForOneSchoolsGroup_isRefused_modelsNameTheFunctionOnly() {
		byte[] schoolGroup = ModelEdits.replace(ProcessOwnerScenario.CHANGE, "id=\"Task_ApproveProceeding\" name=\"Approve or "
				+ "reject proceeding\" camunda:candidateGroups=\"ict-owner\"", "id=\"Task_ApproveProceeding\" name=\"Approve or "
				+ "reject proceeding\" camunda:candidateGroups=\"riverside.ict-owner\"");
		assertThat(check(schoolGroup)).singleElement().satisfies(f -> assertThat(f.message())
			.contains("Task_ApproveProceeding", "'riverside.ict-owner' of one school", "name the function only ('ict-owner')"));
	}

	@Test
	void aModelThatNoLongerSetsWhatJavaReadsFromIt_isRefused_whatJavaSetsItselfIsNotAskedOfTheModel() {
		byte[] noInitiator = ModelEdits.replace(ProcessOwnerScenario.INCIDENT, " camunda:initiator=\"loggedBy\"", "");
		assertThat(check(ProcessOwnerScenario.INCIDENT, noInitiator))
			.singleElement().satisfies(f -> assertThat(f.message()).contains("[loggedBy]"));
		// The incident's reference is set by Task_LogIncident's delegate: in the contract, but not the model's to set.
		ProcessContract incident = RULES.contracts().stream()
			.filter(c -> c.processKey().equals(IncidentManagementProcess.KEY)).findFirst().orElseThrow();
		String reference = IncidentManagementProcess.INCIDENT_REFERENCE.name();
		String loggedBy = IncidentManagementProcess.LOGGED_BY.name();
		assertThat(incident.variableNames()).contains(reference, loggedBy);
		assertThat(incident.variablesFromModel()).contains(loggedBy).doesNotContain(reference);
	}

	@Test
	void aStepOutsideTheRequiredOnes_mayBeTakenOut_aRequiredOneMayNot() {
		byte[] noReminder = ModelEdits.withoutElements(ProcessOwnerScenario.CHANGE,
				Set.of("Timer_ReminderDue", "Task_RemindImplementer"), "SequenceFlow_ImplementationApprovedYes",
				"Timer_ChangeDateReached");
		assertThat(check(noReminder)).isEmpty();
		byte[] renamed = ModelEdits.replaceAll(ProcessOwnerScenario.CHANGE, "Task_DiscussWithUsers", "Task_TalkToUsers");
		assertThat(check(renamed)).singleElement()
			.satisfies(f -> assertThat(f.message()).contains("[Task_DiscussWithUsers]", "Keep their ids"));
	}

	@Test
	void aFormOfferingAValueTheJavaCodeDoesNotKnow_isRefused_oneOfferingFewerIsNot() {
		String form = "forms/incident-categorise.form";
		byte[] unknown = ModelEdits.replace(form, "\"value\": \"new-requirement\"", "\"value\": \"wish\"");
		assertThat(check(form, unknown)).singleElement()
			.satisfies(f -> assertThat(f.message()).contains("offers [wish] for 'category'", "new-requirement"));
		byte[] fewer = ModelEdits.replace(form, """
				,
				        {
				          "label": "New requirement (design or implementation)",
				          "value": "new-requirement"
				        }""", "");
		assertThat(check(form, fewer)).isEmpty();
	}

	@Test
	void aTableDeployedAlone_mayReadWhatItsCallersSet_butNotAVariableNobodySets() {
		byte[] readsKind = ModelEdits.replace("dmn/incident-priority.dmn", "<text>impact</text>", "<text>kind</text>");
		assertThat(check("dmn/incident-priority.dmn", readsKind)).isEmpty();
		byte[] readsNothingKnown = ModelEdits.replace("dmn/incident-targets.dmn", "<text>priority</text>",
				"<text>schoolSize</text>");
		assertThat(check("dmn/incident-targets.dmn", readsNothingKnown))
			.singleElement().satisfies(f -> assertThat(f.message()).contains("now reads [schoolSize]"));
	}

	@Test
	void callersThatStopPassingWhatTheCalledProcessReads_areRefused_whileOneStillPassingItIsEnough() {
		String mapping = "<camunda:in source=\"incidentReference\" target=\"raisedFrom\" />";
		byte[] incident = ModelEdits.replace(ProcessOwnerScenario.INCIDENT, mapping, "");
		assertThat(check(ProcessOwnerScenario.INCIDENT, incident)).isEmpty();
		byte[] problem = ModelEdits.replace("bpmn/problem-management.bpmn",
				"<camunda:in source=\"problemReference\" target=\"raisedFrom\" />", "");
		byte[] maintenance = ModelEdits.replace("bpmn/preventative-maintenance.bpmn",
				"<camunda:in source=\"activityReference\" target=\"raisedFrom\" />", "");
		assertThat(ModelChecks.check(new Candidate("every caller", null, List.of(read(ProcessOwnerScenario.INCIDENT,
				incident), read("bpmn/problem-management.bpmn", problem),
				read("bpmn/preventative-maintenance.bpmn", maintenance))), deployed, RULES))
			.anySatisfy(f -> assertThat(f.message()).contains("[raisedFrom]", "request-for-change"));
	}

	@Test
	void aVersionBindingToAVersionThatIsNotDeployed_isRefused() {
		byte[] pinned = ModelEdits.replace(ProcessOwnerScenario.INCIDENT,
				"calledElement=\"request-for-change\" camunda:calledElementBinding=\"latest\"",
				"calledElement=\"request-for-change\" camunda:calledElementBinding=\"version\" camunda:calledElementVersion=\"7\"");
		assertThat(check(ProcessOwnerScenario.INCIDENT, pinned))
			.singleElement().satisfies(f -> assertThat(f.message()).contains("version '7'", "CallActivity_RequestForChange"));
	}

	private List<Finding> check(byte[] requestForChange) {
		return check(ProcessOwnerScenario.CHANGE, requestForChange);
	}

	private List<Finding> check(String name, byte[] content) {
		return ModelChecks.check(new Candidate("test", null, List.of(read(name, content))), deployed, RULES);
	}

	private static ModelFile read(String name, byte[] content) {
		return ModelFiles.read(name, content).orElseThrow(() -> new AssertionError(name + " does not read: "
				+ new String(content, StandardCharsets.UTF_8)));
	}

	private static List<ModelFile> repository() {
		try {
			List<ModelFile> files = new ArrayList<>();
			for (String name : ProcessOwnerScenario.repositoryModelFiles()) {
				files.add(read(name, ModelEdits.repositoryFile(name)));
			}
			return files;
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	/** The school-time timer's rule, on the default school week. */
	private static SchoolTimeTimer schoolTimeTimer() {
		ZoneId london = ZoneId.of("Europe/London");
		return new SchoolTimeTimer(new SchoolCalendar(new SchoolTimeProperties(london, LocalTime.of(8, 30),
				LocalTime.of(16, 30), List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
						DayOfWeek.FRIDAY), List.of())), Clock.system(london));
	}

	/** The repository's files as what is deployed: version 1 of everything, shared by all schools. */
	private record Repository(List<ModelFile> files) implements ModelChecks.Deployed {

		@Override
		public Optional<Located> locate(Kind kind, String key) {
			return files.stream().filter(f -> f.keys().getOrDefault(kind, Set.of()).contains(key)).findFirst()
				.map(f -> new Located(kind, key, 1, "repository", f.name(), "fits-flow", "fits-flow", new Date()));
		}

		@Override
		public Optional<ModelFile> file(Located located) {
			return files.stream().filter(f -> f.name().equals(located.resourceName())).findFirst();
		}

		@Override
		public List<ModelFile.Process> latestProcesses() {
			return files.stream().filter(ModelFile.Bpmn.class::isInstance)
				.flatMap(f -> ((ModelFile.Bpmn) f).processes().stream()).toList();
		}

		@Override
		public boolean hasVersion(Kind kind, String key, String versionOrTag) {
			return "1".equals(versionOrTag) && locate(kind, key).isPresent();
		}

		@Override
		public Set<String> tenantsWith(Kind kind, String key) {
			return Set.of();
		}
	}
}

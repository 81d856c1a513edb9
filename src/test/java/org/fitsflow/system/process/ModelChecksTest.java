package org.fitsflow.system.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.fitsflow.system.process.ModelChecks.Candidate;
import org.fitsflow.system.process.ModelChecks.Finding;
import org.fitsflow.system.process.ModelChecks.Located;
import org.fitsflow.system.process.ModelFile.Kind;
import org.junit.jupiter.api.Test;

/**
 * The deployment rules on their own, against the repository's models as the deployed ones (the scenario tests run
 * them through the engine and its REST API). Contracts here are the four models' own.
 */
class ModelChecksTest {

	private static final List<ProcessContract> CONTRACTS = contracts();

	private final List<ModelFile> repository = repository();
	private final ModelChecks.Deployed deployed = new Repository(repository);

	@Test
	void theRepository_asItIs_meetsEveryRule() {
		assertThat(ModelChecks.check(new Candidate("fits-flow", null, repository), deployed, CONTRACTS)).isEmpty();
	}

	@Test
	void aSchoolTimeTimer_needsItsExpression_aValidSchoolTime_andToBeTheOnlyOneOfItsTask() {
		assertThat(check(ModelEdits.replace(ProcessOwnerScenario.CHANGE, "${schoolTime.due(execution)}", "P2D")))
			.anySatisfy(f -> assertThat(f.message()).contains("Timer_ProceedDecisionDue", "${schoolTime.due(execution)}"));
		assertThat(check(ModelEdits.replace(ProcessOwnerScenario.CHANGE, "value=\"PT16H\"", "value=\"two days\"")))
			.anySatisfy(f -> assertThat(f.message()).contains("PT4H", "'two days'"));
		String second = "<bpmn:boundaryEvent id=\"Timer_SecondReminder\" name=\"Another\" attachedToRef=\"Task_ApproveProceeding\""
				+ " cancelActivity=\"false\"><bpmn:timerEventDefinition id=\"TimerDefinition_Second\"><bpmn:timeDate>"
				+ "${schoolTime.due(execution)}</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:boundaryEvent></bpmn:process>";
		assertThat(check(ModelEdits.replace(ProcessOwnerScenario.CHANGE, "</bpmn:process>", second)))
			.anySatisfy(f -> assertThat(f.message()).contains("Task_ApproveProceeding", "starts 2 school-time timers"));
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
		String mapping = "<camunda:in source=\"incidentReference\" target=\"raisedFrom\"/>";
		byte[] incident = ModelEdits.replace(ProcessOwnerScenario.INCIDENT, mapping, "");
		assertThat(check(ProcessOwnerScenario.INCIDENT, incident)).isEmpty();
		byte[] problem = ModelEdits.replace("bpmn/problem-management.bpmn",
				"<camunda:in source=\"problemReference\" target=\"raisedFrom\"/>", "");
		assertThat(ModelChecks.check(new Candidate("both", null, List.of(read(ProcessOwnerScenario.INCIDENT, incident),
				read("bpmn/problem-management.bpmn", problem))), deployed, CONTRACTS))
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
		return ModelChecks.check(new Candidate("test", null, List.of(read(name, content))), deployed, CONTRACTS);
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

	private static List<ProcessContract> contracts() {
		try {
			List<ProcessContract> all = new ArrayList<>();
			for (String type : List.of("org.fitsflow.incident.IncidentManagementProcess",
					"org.fitsflow.problem.ProblemManagementProcess", "org.fitsflow.change.RequestForChangeProcess",
					"org.fitsflow.startup.ImplementationPlanProcess")) {
				var constructor = Class.forName(type).getDeclaredConstructor();
				constructor.setAccessible(true);
				all.add((ProcessContract) constructor.newInstance());
			}
			return all;
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException(e);
		}
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

package org.fitsflow.system.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.Expression;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Each model's contract class against the model files a process owner edits: the ids, messages and form fields the
 * Java code relies on are there; every value set (enum) agrees with every form option and every decision table
 * input that uses it; gateways read the yes/no variables the Java code sets, not form strings; delegates follow the
 * one naming convention; call activities map the variables both sides' contracts declare. A process owner's edit that
 * breaks the contract fails here, not in a school.
 */
class ModelContractsTest {

	private static final Map<String, JsonNode> FORMS = Models.forms();
	private static final Pattern BEAN = Pattern.compile("\\$\\{([a-zA-Z0-9]+)}");
	private static final Pattern CONDITION = Pattern.compile("\\$\\{(not )?([a-zA-Z]+)}");

	@TestFactory
	List<DynamicTest> everyModelKeepsItsContract() {
		List<DynamicTest> tests = new ArrayList<>();
		List<ModelContract> contracts = Models.contracts();
		assertThat(contracts).extracting(ModelContract::processKey)
			.containsExactlyInAnyOrder(Files.exists(Path.of("bpmn")) ? bpmnKeys().toArray(String[]::new) : new String[0]);
		for (ModelContract contract : contracts) {
			BpmnModelInstance model = Models.bpmn(contract.processKey());
			String key = contract.processKey();
			tests.add(DynamicTest.dynamicTest(key + ": ids and messages", () -> idsAndMessages(contract, model)));
			tests.add(DynamicTest.dynamicTest(key + ": forms and value sets", () -> formsAndValueSets(contract, model)));
			tests.add(DynamicTest.dynamicTest(key + ": gateways read yes/no variables", () -> typedGateways(contract, model)));
			tests.add(DynamicTest.dynamicTest(key + ": delegates named after model and element", () -> delegateNames(contract, model)));
			tests.add(DynamicTest.dynamicTest(key + ": call activities map declared variables",
					() -> callActivities(contract, model, contracts)));
		}
		return tests;
	}

	@TestFactory
	List<DynamicTest> everyDecisionTableInputAgreesWithItsValueSet() throws IOException {
		List<DynamicTest> tests = new ArrayList<>();
		List<ModelContract> contracts = Models.contracts();
		try (var files = Files.list(Path.of("dmn"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".dmn")).toList()) {
				DmnModelInstance dmn = Dmn.readModelFromFile(file.toFile());
				for (Input input : dmn.getModelElementsByType(Input.class)) {
					String variable = input.getCamundaInputVariable() != null ? input.getCamundaInputVariable()
							: input.getInputExpression().getText().getTextContent().trim();
					for (ModelContract contract : contracts) {
						for (ProcessVariable<?> v : contract.variables()) {
							if (v.name().equals(variable) && v.options() != null) {
								tests.add(DynamicTest.dynamicTest(file.getFileName() + " input " + variable + " ("
										+ contract.processKey() + ")", () -> dmnInput(dmn, input, v)));
							}
						}
					}
				}
			}
		}
		assertThat(tests).as("decision table inputs with a value set").isNotEmpty();
		return tests;
	}

	private static void idsAndMessages(ModelContract contract, BpmnModelInstance model) {
		for (String id : contract.elementIds()) {
			assertThat((Object) model.getModelElementById(id)).as(contract.processKey() + " has element " + id)
				.isInstanceOf(FlowNode.class);
		}
		// What every deployment must keep: where people's work waits, and the calls into other models.
		Set<String> waiting = new LinkedHashSet<>();
		model.getModelElementsByType(UserTask.class).forEach(task -> waiting.add(task.getId()));
		model.getModelElementsByType(CallActivity.class).forEach(call -> waiting.add(call.getId()));
		assertThat(contract.requiredElementIds()).as(contract.processKey() + ": the required elements are its user tasks "
				+ "and call activities").containsExactlyInAnyOrderElementsOf(waiting);
		Set<String> messages = model.getModelElementsByType(Message.class).stream().map(Message::getName)
			.collect(Collectors.toSet());
		assertThat(messages).as(contract.processKey() + " messages").containsAll(contract.messageNames());
	}

	private static void formsAndValueSets(ModelContract contract, BpmnModelInstance model) {
		Set<String> formRefs = new LinkedHashSet<>();
		model.getModelElementsByType(FlowNode.class).forEach(node -> {
			String ref = node.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
			if (ref != null) {
				formRefs.add(ref);
			}
		});
		for (ModelContract.Form form : contract.forms()) {
			assertThat(formRefs).as(contract.processKey() + " uses form " + form.id()).contains(form.id());
			JsonNode json = FORMS.get(form.id());
			assertThat(json).as("forms/ has " + form.id()).isNotNull();
			Map<String, JsonNode> fields = Models.fields(json);
			for (ModelContract.Field field : form.fields()) {
				assertThat(fields).as(form.id() + " has field " + field.key()).containsKey(field.key());
				if (field.options() != null) {
					assertThat(Models.options(fields.get(field.key())))
						.as(form.id() + ": the options of " + field.key() + " are its value set's")
						.containsExactlyInAnyOrderElementsOf(field.options());
				}
			}
		}
		// Any other form of the model that offers options for a value set's variable offers only its values.
		for (String ref : formRefs) {
			Map<String, JsonNode> fields = Models.fields(FORMS.get(ref));
			for (ProcessVariable<?> variable : contract.variables()) {
				if (variable.options() != null && fields.containsKey(variable.name())
						&& Models.options(fields.get(variable.name())) != null) {
					Set<String> values = variable.options().stream().map(FormValue::formValue).collect(Collectors.toSet());
					assertThat(values).as(ref + ": " + variable + " offers only values of its value set")
						.containsAll(Models.options(fields.get(variable.name())));
				}
			}
		}
	}

	private static void typedGateways(ModelContract contract, BpmnModelInstance model) {
		for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
			ConditionExpression condition = flow.getConditionExpression();
			if (condition == null) {
				continue;
			}
			Matcher m = CONDITION.matcher(condition.getTextContent().trim());
			assertThat(m.matches()).as(flow.getId() + " tests one yes/no variable, not " + condition.getTextContent()).isTrue();
			ProcessVariable<?> variable = contract.variables().stream().filter(v -> v.name().equals(m.group(2)))
				.findFirst().orElse(null);
			assertThat(variable).as(flow.getId() + " reads a variable of the contract: " + m.group(2)).isNotNull();
			assertThat(variable.type()).as(flow.getId() + ": " + variable + " is yes or no").isEqualTo(Boolean.class);
		}
	}

	/**
	 * A service task calls the bean named after its model and element ({@code ${incidentManagementLogIncident}} for
	 * Task_LogIncident), a listener a bean of its model, a timer its model's timer bean ({@code ${incidentManagementTimers.
	 * fixDue(execution)}}); an element made from a FITS element template calls the template's building block, named
	 * after the template ({@code org.fitsflow.EmailFunctionHolders}: {@code ${emailFunctionHolders}}).
	 */
	private static void delegateNames(ModelContract contract, BpmnModelInstance model) {
		String prefix = camel(contract.processKey());
		for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
			String expected = templateBean(task)
				.orElse(prefix + task.getId().substring(task.getId().indexOf('_') + 1));
			assertThat(task.getCamundaDelegateExpression()).as(task.getId()).isEqualTo("${" + expected + "}");
		}
		for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
			Matcher m = BEAN.matcher(listener.getCamundaDelegateExpression());
			assertThat(m.matches() && m.group(1).startsWith(prefix)).as("listener " + listener.getCamundaDelegateExpression())
				.isTrue();
		}
		for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
			BaseElement event = (BaseElement) timer.getParentElement();
			String bean = templateBean(event).orElse(prefix + "Timers");
			// A date, or a cycle that repeats until its activity ends (progress updates, the off-site copy's reminders)
			Expression when = timer.getTimeDate() != null ? timer.getTimeDate()
					: timer.getTimeCycle();
			assertThat(when).as(event.getId() + " has a date or cycle computed by a bean").isNotNull();
			assertThat(when.getTextContent().trim()).as(event.getId()).startsWith("${" + bean + ".");
		}
	}

	/** The building block an element template's element calls: the template id's last part, lower camel case. */
	private static java.util.Optional<String> templateBean(BaseElement element) {
		String template = element.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "modelerTemplate");
		if (template == null || !template.startsWith("org.fitsflow.")) {
			return java.util.Optional.empty();
		}
		String name = template.substring(template.lastIndexOf('.') + 1);
		return java.util.Optional.of(Character.toLowerCase(name.charAt(0)) + name.substring(1));
	}

	private static void callActivities(ModelContract contract, BpmnModelInstance model, List<ModelContract> contracts) {
		for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
			if (call.getCalledElement().startsWith("${")) {
				calledByExpression(contract, call, contracts);
				continue;
			}
			ModelContract called = contracts.stream().filter(c -> c.processKey().equals(call.getCalledElement()))
				.findFirst().orElseThrow(() -> new AssertionError(call.getCalledElement() + " has no contract"));
			for (CamundaIn in : call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list()) {
				assertThat(contract.variableNames()).as(call.getId() + " passes " + in.getCamundaSource())
					.contains(in.getCamundaSource());
				assertThat(called.variableNames()).as(call.getId() + " passes to " + in.getCamundaTarget())
					.contains(in.getCamundaTarget());
			}
			for (CamundaOut out : call.getExtensionElements().getElementsQuery().filterByType(CamundaOut.class).list()) {
				assertThat(called.variableNames()).contains(out.getCamundaSource());
				assertThat(contract.variableNames()).contains(out.getCamundaTarget());
			}
		}
	}

	/**
	 * A call activity whose model is named by a variable (the review schedule calls the review of its kind): what it
	 * passes is the caller's, and some models' contracts take all of it (ReviewSchedulesTest checks each kind's).
	 */
	private static void calledByExpression(ModelContract contract, CallActivity call, List<ModelContract> contracts) {
		List<CamundaIn> ins = call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list();
		for (CamundaIn in : ins) {
			assertThat(contract.variableNames()).as(call.getId() + " passes " + in.getCamundaSource())
				.contains(in.getCamundaSource());
		}
		assertThat(contracts).as(call.getId() + ": models that take " + ins.stream().map(CamundaIn::getCamundaTarget).toList())
			.anyMatch(c -> c != contract && ins.stream().allMatch(in -> c.variableNames().contains(in.getCamundaTarget())));
	}

	private static void dmnInput(DmnModelInstance dmn, Input input, ProcessVariable<?> variable) {
		Set<String> values = variable.options().stream().map(FormValue::formValue).collect(Collectors.toSet());
		assertThat(literals(input.getInputValues().getText().getTextContent()))
			.as(input.getLabel() + ": the table's input values are the value set's").containsExactlyInAnyOrderElementsOf(values);
		int column = new ArrayList<>(input.getParentElement().getChildElementsByType(Input.class)).indexOf(input);
		for (Rule rule : dmn.getModelElementsByType(Rule.class)) {
			String entry = new ArrayList<>(rule.getInputEntries()).get(column).getText().getTextContent().trim();
			if (!entry.isEmpty() && !entry.equals("-")) {
				assertThat(values).as(rule.getId() + " compares " + variable + " with its value set").containsAll(literals(entry));
			}
		}
	}

	private static List<String> literals(String text) {
		return Arrays.stream(text.split(",")).map(String::trim).map(s -> s.replaceAll("^\"|\"$", "")).toList();
	}

	private static List<String> bpmnKeys() {
		try (var files = Files.list(Path.of("bpmn"))) {
			return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".bpmn"))
				.map(n -> n.substring(0, n.length() - ".bpmn".length())).toList();
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	/** incident-management → incidentManagement: the prefix of every bean the model calls. */
	static String camel(String key) {
		StringBuilder camel = new StringBuilder();
		boolean upper = false;
		for (char c : key.toCharArray()) {
			if (c == '-') {
				upper = true;
			}
			else {
				camel.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return camel.toString();
	}
}

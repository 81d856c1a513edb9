package org.fitsflow.system.process;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFormData;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFormField;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOutputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.LiteralExpression;
import org.camunda.bpm.model.dmn.instance.Output;
import org.fitsflow.system.process.ModelFile.Kind;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads BPMN, DMN and form files with Camunda's model API (public and engine-independent) into {@link ModelFile}s.
 * A file that cannot be read is left out: the engine's own parser then refuses it with its own message.
 */
final class ModelFiles {

	static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
	private static final ObjectMapper JSON = new ObjectMapper();
	private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private ModelFiles() {
	}

	/** The kind of file by its name, as the engine's deployers pick them; empty for other resources. */
	static Optional<Kind> kindOf(String name) {
		String lower = name.toLowerCase();
		if (lower.endsWith(".bpmn") || lower.endsWith(".bpmn20.xml")) {
			return Optional.of(Kind.PROCESS);
		}
		if (lower.endsWith(".dmn") || lower.endsWith(".dmn11.xml")) {
			return Optional.of(Kind.DECISION);
		}
		if (lower.endsWith(".form")) {
			return Optional.of(Kind.FORM);
		}
		return Optional.empty();
	}

	static String baseName(String name) {
		return name.substring(name.lastIndexOf('/') + 1);
	}

	static Optional<ModelFile> read(String name, byte[] bytes) {
		Optional<Kind> kind = kindOf(name);
		if (kind.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(switch (kind.get()) {
				case PROCESS -> bpmn(name, bytes);
				case DECISION -> dmn(name, bytes);
				case FORM -> form(name, bytes);
			});
		}
		catch (IOException | RuntimeException e) {
			// Not readable as a model: the engine's own parser refuses it with its own message.
			return Optional.empty();
		}
	}

	private static ModelFile.Form form(String name, byte[] bytes) throws IOException {
		JsonNode form = JSON.readTree(bytes);
		if (!form.hasNonNull("id")) {
			throw new IllegalArgumentException("A form without an id");
		}
		Set<String> fields = new LinkedHashSet<>();
		Set<String> inputs = new LinkedHashSet<>();
		Map<String, Set<String>> options = new LinkedHashMap<>();
		collectFields(form.path("components"), fields, inputs, options);
		return new ModelFile.Form(name, bytes, form.path("id").asText(), Set.copyOf(fields), Set.copyOf(inputs),
				Map.copyOf(options));
	}

	private static void collectFields(JsonNode components, Set<String> fields, Set<String> inputs,
			Map<String, Set<String>> options) {
		for (JsonNode component : components) {
			// Groups and dynamic lists hold fields of their own; a dynamic list's path names its list variable.
			for (String attribute : List.of("key", "path")) {
				String key = component.path(attribute).asText("");
				if (!key.isBlank()) {
					fields.add(key);
					boolean shownOnly = component.path("readonly").asBoolean(false)
							|| component.path("disabled").asBoolean(false);
					if (!shownOnly) {
						inputs.add(key);
					}
					if (attribute.equals("key") && component.path("values").isArray()) {
						Set<String> values = new LinkedHashSet<>();
						component.path("values").forEach(v -> values.add(v.path("value").asText()));
						options.put(key, Set.copyOf(values));
					}
				}
			}
			collectFields(component.path("components"), fields, inputs, options);
		}
	}

	private static ModelFile.Dmn dmn(String name, byte[] bytes) {
		DmnModelInstance model = Dmn.readModelFromStream(new ByteArrayInputStream(bytes));
		List<ModelFile.Decision> decisions = new ArrayList<>();
		for (org.camunda.bpm.model.dmn.instance.Decision decision : model
			.getModelElementsByType(org.camunda.bpm.model.dmn.instance.Decision.class)) {
			if (decision.getExpression() instanceof DecisionTable table) {
				HitPolicy policy = table.getHitPolicy() == null ? HitPolicy.UNIQUE : table.getHitPolicy();
				boolean single = policy == HitPolicy.UNIQUE || policy == HitPolicy.FIRST || policy == HitPolicy.ANY
						|| (policy == HitPolicy.COLLECT && table.getAggregation() != null);
				List<String> outputs = new ArrayList<>();
				for (Output output : table.getOutputs()) {
					outputs.add(output.getName());
				}
				if (policy == HitPolicy.COLLECT && table.getAggregation() != null) {
					outputs = outputs.subList(0, Math.min(1, outputs.size()));
				}
				Set<String> inputs = new LinkedHashSet<>();
				for (Input input : table.getInputs()) {
					if (input.getInputExpression() != null && input.getInputExpression().getText() != null) {
						String text = input.getInputExpression().getText().getTextContent().trim();
						if (PLAIN_NAME.matcher(text).matches()) {
							inputs.add(text);
						}
					}
				}
				decisions.add(new ModelFile.Decision(decision.getId(), name, single,
						java.util.Collections.unmodifiableList(new ArrayList<>(outputs)), Set.copyOf(inputs)));
			}
			else if (decision.getExpression() instanceof LiteralExpression) {
				String variable = decision.getVariable() == null ? null : decision.getVariable().getName();
				decisions.add(new ModelFile.Decision(decision.getId(), name, true,
						variable == null ? List.of() : List.of(variable), Set.of()));
			}
		}
		return new ModelFile.Dmn(name, bytes, List.copyOf(decisions));
	}

	private static ModelFile.Bpmn bpmn(String name, byte[] bytes) {
		BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(bytes));
		List<ModelFile.Process> processes = new ArrayList<>();
		for (org.camunda.bpm.model.bpmn.instance.Process process : model
			.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)) {
			if (process.isExecutable()) {
				processes.add(process(model, process, name));
			}
		}
		return new ModelFile.Bpmn(name, bytes, List.copyOf(processes));
	}

	private static ModelFile.Process process(BpmnModelInstance model, org.camunda.bpm.model.bpmn.instance.Process process,
			String file) {
		Map<String, String> elements = new LinkedHashMap<>();
		Set<String> messages = new LinkedHashSet<>();
		List<ModelFile.Reference> references = new ArrayList<>();
		Set<String> sets = new LinkedHashSet<>();
		List<ModelFile.Call> calls = new ArrayList<>();
		List<ModelFile.DecisionUse> decisionUses = new ArrayList<>();
		List<ModelTimer> timers = new ArrayList<>();
		Map<String, List<String>> candidateGroups = new LinkedHashMap<>();
		for (FlowElement element : flowElements(process.getFlowElements())) {
			String id = element.getId();
			elements.put(id, element.getName());
			for (String attribute : List.of("initiator", "resultVariable")) {
				addIfSet(sets, element.getAttributeValueNs(CAMUNDA, attribute));
			}
			for (MultiInstanceLoopCharacteristics loop : element.getChildElementsByType(MultiInstanceLoopCharacteristics.class)) {
				addIfSet(sets, loop.getCamundaElementVariable());
			}
			for (MessageEventDefinition definition : element.getChildElementsByType(MessageEventDefinition.class)) {
				if (definition.getMessage() != null) {
					addIfSet(messages, definition.getMessage().getName());
				}
			}
			if (element instanceof ReceiveTask receive && receive.getMessage() != null) {
				addIfSet(messages, receive.getMessage().getName());
			}
			if (element instanceof SendTask send && send.getMessage() != null) {
				addIfSet(messages, send.getMessage().getName());
			}
			if (element.getExtensionElements() != null) {
				extensions(element, sets, calls);
			}
			if (element instanceof UserTask task) {
				if (isStatic(task.getCamundaCandidateGroups())) {
					candidateGroups.put(id, Arrays.stream(task.getCamundaCandidateGroups().split(",")).map(String::trim)
						.filter(g -> !g.isEmpty()).toList());
				}
				formReference(references, task.getCamundaFormRef(), task.getCamundaFormRefBinding(),
						task.getCamundaFormRefVersion(), id);
			}
			if (element instanceof StartEvent start && start.getParentElement() == process) {
				formReference(references, start.getCamundaFormRef(), start.getCamundaFormRefBinding(),
						start.getCamundaFormRefVersion(), id);
			}
			if (element instanceof BusinessRuleTask task && isStatic(task.getCamundaDecisionRef())) {
				String version = firstSet(task.getCamundaDecisionRefVersion(), task.getCamundaDecisionRefVersionTag());
				references.add(new ModelFile.Reference(Kind.DECISION, task.getCamundaDecisionRef(),
						orDefault(task.getCamundaDecisionRefBinding(), "latest"), version, id));
				decisionUses.add(new ModelFile.DecisionUse(task.getCamundaDecisionRef(),
						orDefault(task.getCamundaMapDecisionResult(), "resultList"), id));
			}
			if (element instanceof CallActivity call && isStatic(call.getCalledElement())) {
				String version = firstSet(call.getCamundaCalledElementVersion(), call.getCamundaCalledElementVersionTag());
				references.add(new ModelFile.Reference(Kind.PROCESS, call.getCalledElement(),
						orDefault(call.getCamundaCalledElementBinding(), "latest"), version, id));
				Set<String> passes = new LinkedHashSet<>();
				if (call.getExtensionElements() != null) {
					for (CamundaIn in : call.getExtensionElements().getChildElementsByType(CamundaIn.class)) {
						addIfSet(passes, in.getCamundaTarget());
					}
				}
				calls.add(new ModelFile.Call(call.getCalledElement(), Set.copyOf(passes)));
			}
			if ((element instanceof IntermediateCatchEvent || element instanceof BoundaryEvent)
					&& !element.getChildElementsByType(TimerEventDefinition.class).isEmpty()) {
				timers.add(timer(element));
			}
		}
		String key = process.getId();
		return new ModelFile.Process(key, file, elements, Set.copyOf(messages), List.copyOf(references), Set.copyOf(sets),
				List.copyOf(calls), List.copyOf(decisionUses), List.copyOf(timers), Map.copyOf(candidateGroups));
	}

	private static ModelTimer timer(FlowElement element) {
		String startedBy = element.getId();
		if (element instanceof BoundaryEvent boundary && boundary.getAttachedTo() != null) {
			startedBy = boundary.getAttachedTo().getId();
		}
		else if (element instanceof IntermediateCatchEvent event) {
			for (var flow : event.getIncoming()) {
				if (flow.getSource() instanceof org.camunda.bpm.model.bpmn.instance.EventBasedGateway gateway) {
					startedBy = gateway.getId();
				}
			}
		}
		String timeDate = element.getChildElementsByType(TimerEventDefinition.class).stream()
			.map(TimerEventDefinition::getTimeDate)
			.filter(t -> t != null)
			.map(t -> t.getTextContent().trim())
			.findFirst().orElse(null);
		Map<String, String> properties = new LinkedHashMap<>();
		if (element.getExtensionElements() != null) {
			for (CamundaProperties all : element.getExtensionElements().getChildElementsByType(CamundaProperties.class)) {
				for (CamundaProperty property : all.getCamundaProperties()) {
					if (property.getCamundaName() != null) {
						properties.put(property.getCamundaName(), property.getCamundaValue());
					}
				}
			}
		}
		return new ModelTimer(element.getId(), element.getName(), startedBy, timeDate,
				java.util.Collections.unmodifiableMap(properties));
	}

	/** Variables an element sets: input and output parameters, call activity results, generated form fields. */
	private static void extensions(FlowElement element, Set<String> sets, List<ModelFile.Call> calls) {
		for (CamundaInputOutput io : element.getExtensionElements().getChildElementsByType(CamundaInputOutput.class)) {
			for (CamundaInputParameter input : io.getCamundaInputParameters()) {
				addIfSet(sets, input.getCamundaName());
			}
			for (CamundaOutputParameter output : io.getCamundaOutputParameters()) {
				addIfSet(sets, output.getCamundaName());
			}
		}
		for (CamundaOut out : element.getExtensionElements().getChildElementsByType(CamundaOut.class)) {
			addIfSet(sets, out.getCamundaTarget());
		}
		for (CamundaFormData data : element.getExtensionElements().getChildElementsByType(CamundaFormData.class)) {
			for (CamundaFormField field : data.getCamundaFormFields()) {
				addIfSet(sets, field.getCamundaId());
			}
		}
	}

	/** The elements of a process, with those inside its sub-processes. */
	private static List<FlowElement> flowElements(Collection<FlowElement> elements) {
		List<FlowElement> all = new ArrayList<>();
		for (FlowElement element : elements) {
			all.add(element);
			if (element instanceof SubProcess inner) {
				all.addAll(flowElements(inner.getFlowElements()));
			}
		}
		return all;
	}

	private static void formReference(List<ModelFile.Reference> references, String key, String binding, String version,
			String elementId) {
		if (isStatic(key)) {
			references.add(new ModelFile.Reference(Kind.FORM, key, orDefault(binding, "latest"), version, elementId));
		}
	}

	/** A reference written out, not an expression resolved while the process runs. */
	static boolean isStatic(String value) {
		return value != null && !value.isBlank() && !value.contains("${") && !value.contains("#{");
	}

	private static void addIfSet(Set<String> names, String name) {
		if (name != null && !name.isBlank()) {
			names.add(name.trim());
		}
	}

	private static String orDefault(String value, String otherwise) {
		return value == null || value.isBlank() ? otherwise : value;
	}

	private static String firstSet(String a, String b) {
		return a != null && !a.isBlank() ? a : b;
	}
}

package org.fitsflow.system.process;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One deployable file of bpmn/, dmn/ or forms/, read into what the deployment checks need: the keys it defines, and
 * for a process what it refers to and which variables it sets. Made by {@link ModelFiles#read}.
 */
sealed interface ModelFile permits ModelFile.Bpmn, ModelFile.Dmn, ModelFile.Form {

	/** The resource name, as deployed (bpmn/incident-management.bpmn, or incident-management.bpmn from Modeler). */
	String name();

	byte[] bytes();

	/** What this file defines, by kind. */
	Map<Kind, Set<String>> keys();

	/** The name without folders: what Modeler calls the file. */
	default String baseName() {
		return ModelFiles.baseName(name());
	}

	enum Kind {
		PROCESS("process", "bpmn"), DECISION("decision", "dmn"), FORM("form", "forms");

		private final String title;
		private final String folder;

		Kind(String title, String folder) {
			this.title = title;
			this.folder = folder;
		}

		String title() {
			return title;
		}

		/** The repository folder that holds files of this kind. */
		String folder() {
			return folder;
		}
	}

	record Bpmn(String name, byte[] bytes, List<Process> processes) implements ModelFile {
		@Override
		public Map<Kind, Set<String>> keys() {
			return Map.of(Kind.PROCESS, Set.copyOf(processes.stream().map(Process::key).toList()));
		}
	}

	record Dmn(String name, byte[] bytes, List<Decision> decisions) implements ModelFile {
		@Override
		public Map<Kind, Set<String>> keys() {
			return Map.of(Kind.DECISION, Set.copyOf(decisions.stream().map(Decision::key).toList()));
		}
	}

	/**
	 * A form: the keys of all its fields, of those a user fills in (not read-only or disabled), and the values each
	 * field with options of its own offers (a select, radio, checklist or tag list; not options read from a variable).
	 */
	record Form(String name, byte[] bytes, String id, Set<String> fields, Set<String> inputs,
			Map<String, Set<String>> options) implements ModelFile {
		@Override
		public Map<Kind, Set<String>> keys() {
			return Map.of(Kind.FORM, Set.of(id));
		}
	}

	/**
	 * An executable process: its element ids (with names), the messages it catches or throws, what it refers to, the
	 * variables it sets itself (initiator, result variables, mappings, input/output parameters), the variables its
	 * call activities hand to the processes they call, its business rule tasks, its timer events, and the candidate
	 * groups its user tasks name as plain text (by task id; expressions are left out).
	 */
	record Process(String key, String file, Map<String, String> elements, Set<String> messages,
			List<Reference> references, Set<String> sets, List<Call> calls, List<DecisionUse> decisionUses,
			List<ModelTimer> timers, Map<String, List<String>> candidateGroups) {

		String describe(String elementId) {
			String name = elements.get(elementId);
			return name == null || name.isBlank() ? elementId : elementId + " (\"" + name + "\")";
		}

		Set<String> formIds() {
			return Set.copyOf(references.stream().filter(r -> r.kind() == Kind.FORM).map(Reference::key).toList());
		}
	}

	/** A form, decision or process a model refers to, with the binding that picks its version. */
	record Reference(Kind kind, String key, String binding, String version, String elementId) {
	}

	/** A call activity's static target and the variables it passes in. */
	record Call(String calledKey, Set<String> passes) {
	}

	/** A business rule task: the decision and how its result is mapped (Camunda's mapDecisionResult). */
	record DecisionUse(String decisionKey, String mapDecisionResult, String elementId) {
	}

	/**
	 * A decision: whether every evaluation gives at most one result, its output names, and the inputs that read a
	 * variable by its plain name.
	 */
	record Decision(String key, String file, boolean singleResult, List<String> outputs, Set<String> inputVariables) {
	}
}

package org.fitsflow.system.process;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The shape every model's contract class takes: its constants are declared through a {@link Builder}, so each id,
 * message, variable, form and decision is written once and the contract lists exactly what the constants name. The
 * contract class extends this and is a Spring bean, so the deployment check and the tests find every model's contract.
 *
 * <pre>
 * private static final ModelContract.Builder MODEL = ModelContract.define("incident-management");
 * public static final String KEY = MODEL.key();
 * public static final String TASK_RESTORE_SERVICE = MODEL.requiredElement("Task_RestoreService");
 * public static final String TASK_SET_TARGETS = MODEL.element("Task_SetTargets");
 * public static final ProcessVariable&lt;Impact&gt; IMPACT = MODEL.variable(enumVariable("impact", Impact.class));
 * public static final ProcessVariable&lt;String&gt; LOGGED_BY = MODEL.fromModel(stringVariable("loggedBy"));
 * public static final String FORM_REPORT = MODEL.form("incident-report", DESCRIPTION, IMPACT, ...);
 * </pre>
 *
 * <p>What each kind of declaration means for a deployment is said in {@link ProcessContract}: {@code element} and
 * {@code variable} are held by the tests, {@code requiredElement}, {@code fromModel}, {@code message}, {@code form}
 * and {@code decisionOutput} also by the deployment check.
 */
public abstract class ModelContract implements ProcessContract {

	/**
	 * The school a process instance is started for, where the starter cannot say it (a message, an API call for a
	 * school): the tenant provider gives the instance that school's tenant. Shared by every model.
	 */
	public static final ProcessVariable<String> SCHOOL_ID = ProcessVariable.stringVariable("schoolId");

	/** A form as the Java code reads it: its id and the fields it must have, with the options a field must offer. */
	public record Form(String id, List<Field> fields) {
	}

	/** A form field: the variable it sets, and the form values it offers (null: free input, no options). */
	public record Field(ProcessVariable<?> variable, Set<String> options) {
		public String key() {
			return variable.name();
		}
	}

	private final Builder model;

	protected ModelContract(Builder model) {
		this.model = model;
	}

	public static Builder define(String processKey) {
		return new Builder(processKey);
	}

	@Override
	public String processKey() {
		return model.key;
	}

	@Override
	public Set<String> elementIds() {
		return Collections.unmodifiableSet(model.elements);
	}

	@Override
	public Set<String> requiredElementIds() {
		return Collections.unmodifiableSet(model.requiredElements);
	}

	@Override
	public Set<String> messageNames() {
		return Collections.unmodifiableSet(model.messages);
	}

	@Override
	public Set<String> variableNames() {
		return model.variables.stream().map(ProcessVariable::name).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	@Override
	public Set<String> variablesFromModel() {
		return model.fromModel.stream().map(ProcessVariable::name).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	@Override
	public Map<String, Set<String>> decisionOutputs() {
		Map<String, Set<String>> decisions = new LinkedHashMap<>();
		model.decisions.forEach((key, outputs) -> decisions.put(key, Collections.unmodifiableSet(outputs)));
		return decisions;
	}

	@Override
	public Map<String, Set<String>> formFields() {
		Map<String, Set<String>> fields = new LinkedHashMap<>();
		model.forms.forEach(form -> fields.put(form.id(),
				form.fields().stream().map(Field::key).collect(Collectors.toCollection(LinkedHashSet::new))));
		return fields;
	}

	@Override
	public Map<String, Map<String, Set<String>>> formFieldValues() {
		Map<String, Map<String, Set<String>>> values = new LinkedHashMap<>();
		for (Form form : model.forms) {
			for (Field field : form.fields()) {
				if (field.variable().options() != null) {
					values.computeIfAbsent(form.id(), id -> new LinkedHashMap<>()).put(field.key(), field.variable().options()
						.stream().map(FormValue::formValue).collect(Collectors.toCollection(LinkedHashSet::new)));
				}
			}
		}
		return values;
	}

	/** Every variable of the contract, typed, in the order declared. */
	public List<ProcessVariable<?>> variables() {
		return Collections.unmodifiableList(model.variables);
	}

	/** The forms of the model the Java code reads, with their fields and options. */
	public List<Form> forms() {
		return Collections.unmodifiableList(model.forms);
	}

	/** Collects a model's names while its contract class declares its constants. */
	public static final class Builder {

		private final String key;
		private final Set<String> elements = new LinkedHashSet<>();
		private final Set<String> requiredElements = new LinkedHashSet<>();
		private final Set<String> messages = new LinkedHashSet<>();
		private final List<ProcessVariable<?>> variables = new ArrayList<>();
		private final List<ProcessVariable<?>> fromModel = new ArrayList<>();
		private final List<Form> forms = new ArrayList<>();
		private final Map<String, Set<String>> decisions = new LinkedHashMap<>();

		private Builder(String key) {
			this.key = key;
		}

		public String key() {
			return key;
		}

		/**
		 * A flow node id (task, event, gateway, timer) the Java code or its tests refer to. A process owner may take it
		 * out in a deployment (the model's test then has to change with the repository's model).
		 */
		public String element(String id) {
			if (!elements.add(id)) {
				throw new IllegalStateException(key + ": element " + id + " is declared twice");
			}
			return id;
		}

		/**
		 * A flow node every deployed version must keep (see {@link ProcessContract#requiredElementIds()}): a step where
		 * people's work waits, or a call into another model.
		 */
		public String requiredElement(String id) {
			requiredElements.add(element(id));
			return id;
		}

		/** A message the Java code correlates, or that starts or continues the model. */
		public String message(String name) {
			messages.add(name);
			return name;
		}

		/**
		 * A variable the Java code reads that the model itself sets other than through a form (see
		 * {@link ProcessContract#variablesFromModel()}): an initiator, a result variable, a mapping, a caller's mapping.
		 */
		public <T> ProcessVariable<T> fromModel(ProcessVariable<T> variable) {
			fromModel.add(variable(variable));
			return variable;
		}

		/** A decision the Java code evaluates itself (through the DecisionService); returns its key. */
		public String decision(String decisionKey) {
			decisions.putIfAbsent(decisionKey, new LinkedHashSet<>());
			return decisionKey;
		}

		/** An output the Java code reads from a decision it evaluates itself; returns the output's name. */
		public String decisionOutput(String decisionKey, String output) {
			if (!decisions.containsKey(decisionKey)) {
				throw new IllegalStateException(key + ": declare the decision " + decisionKey + " before its outputs");
			}
			decisions.get(decisionKey).add(output);
			return output;
		}

		/** A variable the Java code and the model share: set by a form, or by the Java code for the model. */
		public <T> ProcessVariable<T> variable(ProcessVariable<T> variable) {
			if (variables.stream().anyMatch(v -> v.name().equals(variable.name()))) {
				throw new IllegalStateException(key + ": variable " + variable.name() + " is declared twice");
			}
			variables.add(variable);
			return variable;
		}

		/** A form of the model: every field the Java code reads from it (a variable's every option, or {@link #only}). */
		public String form(String id, Object... fields) {
			List<Field> declared = new ArrayList<>();
			for (Object field : fields) {
				if (field instanceof Field f) {
					declared.add(f);
				}
				else if (field instanceof ProcessVariable<?> variable) {
					declared.add(new Field(variable, variable.options() == null ? null
							: variable.options().stream().map(FormValue::formValue)
								.collect(Collectors.toCollection(LinkedHashSet::new))));
				}
				else {
					throw new IllegalArgumentException(key + ": a form field is a ProcessVariable or a Field, not " + field);
				}
			}
			forms.add(new Form(id, List.copyOf(declared)));
			return id;
		}

		/** A field that offers only some of its value set (the new-requirement form has no "underlying problem"). */
		@SafeVarargs
		public static <E extends Enum<E> & FormValue> Field only(ProcessVariable<E> variable, E... offered) {
			return new Field(variable, Arrays.stream(offered).map(FormValue::formValue)
				.collect(Collectors.toCollection(LinkedHashSet::new)));
		}
	}
}

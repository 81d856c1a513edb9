package org.fitsflow.system.forms;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.form.FormType;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractGetFormVariablesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.FormDataImpl;
import org.camunda.bpm.engine.impl.form.FormFieldImpl;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.spin.plugin.variable.SpinValues;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Gives a Camunda Form's selects their options when the form is shown, from the {@link ChoiceSource} named by the
 * select's {@code valuesKey}, for the school of the task.
 *
 * <p>How: Tasklist reads a Camunda Form's data with {@code GET /task/{id}/form-variables}, which the engine answers
 * ({@code FormService.getTaskFormVariables}) with the form fields its task form handler declares first and the
 * task's variables after, a variable never replacing a form field of the same name. This plugin wraps each user
 * task's form handler so that the form it declares carries one field per choice source
 * the deployed form names, its value the school's options as JSON, which is what form-js reads for {@code valuesKey}.
 * Nothing is written to the process, and what a client submits under that name is not a form field, so the engine
 * API guard refuses it and {@link FormValidation} checks answers against the source, not against a variable.
 *
 * <p>Task forms only: Tasklist 7.24 asks for no variables when it shows a start form, so a start form's select cannot
 * take its options from anywhere but the form itself.
 */
public class FormChoices extends AbstractProcessEnginePlugin {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Supplier<List<ChoiceSource>> sources;
	private volatile Map<String, ChoiceSource> byKey;

	/** The sources are looked up when a form is first shown (Spring beans, which may need the engine themselves). */
	public FormChoices(Supplier<List<ChoiceSource>> sources) {
		this.sources = sources;
	}

	/** No sources: selects keep whatever their variables say (the model tests' engine). */
	public static FormChoices none() {
		return new FormChoices(List::of);
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPostBPMNParseListeners() == null) {
			configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
		}
		configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
			@Override
			public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
				if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior user) {
					TaskDefinition task = user.getTaskDefinition();
					if (task.getTaskFormHandler() != null && !(task.getTaskFormHandler() instanceof TaskForm)) {
						task.setTaskFormHandler(new TaskForm(task.getTaskFormHandler()));
					}
				}
			}
		});
	}

	/** The source a select names as its {@code valuesKey}, if one is registered. */
	public Optional<ChoiceSource> source(String valuesKey) {
		return Optional.ofNullable(sources().get(valuesKey));
	}

	/** The school's options as a select reads them: a list of {label, value}. */
	public List<Map<String, String>> options(ChoiceSource source, String schoolId) {
		return source.choices(schoolId).stream().map(c -> Map.of("label", c.label(), "value", c.value())).toList();
	}

	private Map<String, ChoiceSource> sources() {
		Map<String, ChoiceSource> known = byKey;
		if (known == null) {
			known = new LinkedHashMap<>();
			for (ChoiceSource source : sources.get()) {
				ChoiceSource other = known.put(source.valuesKey(), source);
				if (other != null) {
					throw new IllegalStateException("Two choice sources for the valuesKey '" + source.valuesKey() + "': "
							+ other.getClass().getName() + " and " + source.getClass().getName());
				}
			}
			byKey = known;
		}
		return known;
	}

	/**
	 * Adds a field per choice source the deployed form names, when the form's variables are asked for (not when the
	 * engine makes the form data for another reason, such as finding the deployed form, which this itself asks for).
	 * The form data is the engine's, made for this call.
	 */
	private <F extends FormData> F withChoices(F form, String schoolId, Supplier<InputStream> deployed) {
		if (form == null || form.getCamundaFormRef() == null || schoolId == null || !askedForVariables()
				|| sources().isEmpty() || !(form instanceof FormDataImpl data)) {
			return form;
		}
		// The caller may read the task's variables; the form's own definition is ours to read for them.
		List<FormFields.Field> fields = Context.getCommandContext()
			.runWithoutAuthorization(() -> FormFields.of(deployed));
		List<FormField> all = new ArrayList<>(form.getFormFields() == null ? List.of() : form.getFormFields());
		fields.stream().map(FormFields.Field::optionsFrom).filter(k -> k != null).distinct().forEach(key -> source(key)
			.ifPresent(source -> all.add(field(key, options(source, schoolId)))));
		data.setFormFields(all);
		return form;
	}

	private static FormField field(String key, List<Map<String, String>> options) {
		FormFieldImpl field = new FormFieldImpl();
		field.setId(key);
		field.setLabel(key);
		field.setType(CHOICES);
		try {
			field.setValue(SpinValues.jsonValue(JSON.writeValueAsString(options)).create());
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
		return field;
	}

	/** The type the engine reports for such a field (nobody but the engine's form data sees it). */
	private static final FormType CHOICES = new FormType() {
		@Override
		public String getName() {
			return "choices";
		}

		@Override
		public Object getInformation(String key) {
			return null;
		}
	};

	private static boolean askedForVariables() {
		CommandInvocationContext invocation = Context.getCommandInvocationContext();
		return invocation != null && invocation.getCommand() instanceof AbstractGetFormVariablesCmd;
	}

	private final class TaskForm implements TaskFormHandler {
		private final TaskFormHandler handler;

		TaskForm(TaskFormHandler handler) {
			this.handler = handler;
		}

		@Override
		public TaskFormData createTaskForm(TaskEntity task) {
			return withChoices(handler.createTaskForm(task), task.getTenantId(),
					() -> Context.getProcessEngineConfiguration().getFormService().getDeployedTaskForm(task.getId()));
		}

		@Override
		public void parseConfiguration(Element element, DeploymentEntity deployment, ProcessDefinitionEntity process,
				BpmnParse parse) {
			handler.parseConfiguration(element, deployment, process, parse);
		}

		@Override
		public void submitFormVariables(VariableMap properties, VariableScope variableScope) {
			handler.submitFormVariables(properties, variableScope);
		}
	}
}

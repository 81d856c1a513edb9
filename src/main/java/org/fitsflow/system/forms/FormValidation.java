package org.fitsflow.system.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Checks on the server what a Camunda Form asks of its fields, because the engine trusts whatever a client submits
 * (only the browser runs form validation). Every user task and start event with a {@code camunda:formRef} gets a
 * listener that refuses a missing required field or an over-long answer with a message naming the field, before
 * anything is stored: the task stays open, or the process is not started.
 *
 * <p>An engine plugin, so that it covers every model, including those deployed from Camunda Modeler. Use it in
 * a model test's engine configuration too, to test what a form refuses. A select whose options come from a
 * {@link ChoiceSource} is checked against the school's options now, never against a variable of that name.
 */
public class FormValidation extends AbstractProcessEnginePlugin {

	private final FormChoices choices;

	/** Without choice sources: a select's options come from the variable its valuesKey names (model tests). */
	public FormValidation() {
		this(FormChoices.none());
	}

	public FormValidation(FormChoices choices) {
		this.choices = choices;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPreBPMNParseListeners() == null) {
			configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
		}
		configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
			@Override
			public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
				TaskDefinition task = taskDefinition(activity);
				if (task != null && task.getFormDefinition() != null && task.getFormDefinition().getCamundaFormDefinitionKey() != null) {
					task.addTaskListener(TaskListener.EVENTNAME_COMPLETE, (TaskListener) FormValidation.this::checkTask);
				}
			}

			@Override
			public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
				if (element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef") != null
						&& scope.getProcessDefinition() == scope) {
					activity.addListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) FormValidation.this::checkStart);
				}
			}
		});
	}

	private static TaskDefinition taskDefinition(ActivityImpl activity) {
		Object behavior = activity.getActivityBehavior();
		return behavior instanceof UserTaskActivityBehavior user
				? user.getTaskDefinition() : null;
	}

	void checkTask(DelegateTask task) {
		var forms = task.getProcessEngineServices().getFormService();
		var fields = FormFields.of(() -> forms.getDeployedTaskForm(task.getId()));
		check(fields, withChoices(task::getVariable, task.getTenantId()), "\"" + task.getName() + "\"");
	}

	void checkStart(DelegateExecution execution) {
		if (execution.getParentId() != null) {
			return;
		}
		var fields = FormFields.ofStartForm(Context.getProcessEngineConfiguration(), execution.getProcessDefinitionId());
		check(fields, withChoices(execution::getVariable, execution.getTenantId()), "the start form");
	}

	/** The variables as the form sees them: a name with a choice source is the school's options, whatever is stored. */
	private Function<String, Object> withChoices(Function<String, Object> variables, String schoolId) {
		return name -> choices.source(name).<Object>map(source -> choices.options(source, schoolId))
			.orElseGet(() -> variables.apply(name));
	}

	static void check(List<FormFields.Field> fields, Function<String, Object> variables, String where) {
		List<String> problems = new ArrayList<>();
		for (FormFields.Field field : fields) {
			if (field.readonly()) {
				continue; // shown, not answered: what a client may send for it is the web guard's business
			}
			Object value = variables.apply(field.key());
			// A required checkbox ("I confirm ...") must be ticked.
			boolean empty = value == null || (value instanceof String s && s.isBlank())
					|| (value instanceof Boolean b && !b);
			String named = "'" + field.label() + "' (" + field.key() + ")";
			if (field.required() && !field.conditional() && empty) {
				problems.add(named + " is required");
			}
			else if (value != null) {
				String wrong = FieldTypes.problem(field, value, variables);
				if (wrong != null) {
					problems.add(named + " " + wrong);
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new FormInputRefused("Please complete " + where + ": " + String.join("; ", problems) + ".");
		}
	}
}

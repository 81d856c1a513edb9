package org.fitsflow.school;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Copies the values Tasklist's rows show ({@link TasklistColumns}) onto each task of a model as the task is created,
 * as task variables under the columns' own names, so a function holder, who may read the task but not the process
 * instance, sees them in the list. Every user task of every deployment of a model with columns gets it, including one
 * deployed from Camunda Modeler. A value that changes while a task is open (the priority) is copied to the tasks the
 * change creates: the incident's priority change restarts its restore steps.
 *
 * <p>A built-in listener: it runs before the models' own and also when an operator skips custom listeners.
 */
public class TasklistRows extends AbstractProcessEnginePlugin {

	private final Supplier<Map<String, List<TasklistColumns.Column>>> columnsByModel;

	/** The models' columns are read when the first task is created, after the Spring context has made them. */
	public TasklistRows(Supplier<List<TasklistColumns>> models) {
		this.columnsByModel = new Memo<>(() -> models.get().stream()
			.collect(Collectors.toMap(TasklistColumns::processKey, TasklistColumns::tasklistColumns)));
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPostBPMNParseListeners() == null) {
			configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
		}
		configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
			@Override
			public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
				if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior user
						&& scope.getProcessDefinition() instanceof ProcessDefinitionEntity process) {
					String model = process.getKey();
					user.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE,
							task -> copy(model, task));
				}
			}
		});
	}

	void copy(String model, DelegateTask task) {
		for (TasklistColumns.Column column : columnsByModel.get().getOrDefault(model, List.of())) {
			TypedValue value = task.getExecution().getVariableTyped(column.variable().name());
			if (value != null && value.getValue() != null) {
				task.setVariableLocal(column.listed().name(), value);
			}
		}
	}

	/** Computes once, on first use. */
	private static final class Memo<T> implements Supplier<T> {
		private final Supplier<T> source;
		private volatile T value;

		Memo(Supplier<T> source) {
			this.source = source;
		}

		@Override
		public T get() {
			T known = value;
			if (known == null) {
				synchronized (this) {
					if (value == null) {
						value = source.get();
					}
					known = value;
				}
			}
			return known;
		}
	}
}

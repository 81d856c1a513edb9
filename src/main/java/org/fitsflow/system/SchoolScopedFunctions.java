package org.fitsflow.system;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.BaseDelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.el.Expression;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Makes FITS functions per school end to end in the engine. A model names the function, exactly as a process owner
 * writes it in Camunda Modeler ({@code camunda:candidateGroups="single-point-of-contact"}, or an expression that
 * gives function names); every user task of every deployment, including those deployed from Modeler, hands its task
 * to that function's group in the task's school ({@code riverside.single-point-of-contact}, see {@link SchoolGroups}).
 * Group names that are not FITS functions are left as they are.
 *
 * <p>It also gives Tasklist filters the function {@code currentUserFunctionGroups('single-point-of-contact')}: the
 * caller's groups for that function in each of their schools, so one shared filter per function serves every school.
 */
public class SchoolScopedFunctions extends AbstractProcessEnginePlugin {

	/** The filter function's name, as filters use it: ${currentUserFunctionGroups('ict-owner')}. */
	public static final String FILTER_FUNCTION = "currentUserFunctionGroups";

	private final Set<String> functions;

	public SchoolScopedFunctions(Collection<String> functions) {
		this.functions = Set.copyOf(functions);
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
					scope(user.getTaskDefinition());
				}
			}
		});
	}

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		try {
			Method function = SchoolScopedFunctions.class.getMethod(FILTER_FUNCTION, String.class);
			configuration.getExpressionManager().addFunction(FILTER_FUNCTION, function);
		}
		catch (NoSuchMethodException e) {
			throw new IllegalStateException(e);
		}
	}

	void scope(TaskDefinition task) {
		List<org.camunda.bpm.engine.delegate.Expression> named = new ArrayList<>(task.getCandidateGroupIdExpressions());
		task.getCandidateGroupIdExpressions().clear();
		named.forEach(expression -> task.addCandidateGroupIdExpression(new InTheTasksSchool(expression)));
	}

	/** The group ids a function name (or a list of them) stands for in one school. */
	List<String> inSchool(Object named, String schoolId) {
		Collection<?> names;
		if (named instanceof String text) {
			names = List.of(text.split(","));
		}
		else if (named instanceof Collection<?> list) {
			names = list;
		}
		else {
			throw new ProcessEngineException("Candidate groups must be a group name, a comma-separated list or a collection");
		}
		Set<String> groups = new LinkedHashSet<>();
		for (Object name : names) {
			String group = String.valueOf(name).trim();
			if (group.isEmpty()) {
				continue;
			}
			String otherSchool = SchoolGroups.schoolOf(group).filter(school -> !school.equals(schoolId))
				.filter(school -> SchoolGroups.functionOf(group).filter(functions::contains).isPresent()).orElse(null);
			if (otherSchool != null) {
				// An expression gave one school's group: never hand a task to another school's people.
				throw new ProcessEngineException("The candidate group '" + group + "' belongs to school '" + otherSchool
						+ "', not to this task's school '" + schoolId + "'; a model names the function only.");
			}
			groups.add(schoolId != null && functions.contains(group) ? SchoolGroups.of(schoolId, group) : group);
		}
		return new ArrayList<>(groups);
	}

	/** The Tasklist filter function: the caller's groups of one function, in every school they hold it in. */
	public static List<String> currentUserFunctionGroups(String function) {
		CommandContext context = Context.getCommandContext();
		List<String> groups = context == null ? null : context.getAuthenticatedGroupIds();
		List<String> held = groups == null ? List.of()
				: groups.stream().filter(g -> SchoolGroups.functionOf(g).filter(function::equals).isPresent()).toList();
		// A filter's "candidate group in" must not be empty: a name no group has matches nothing.
		return held.isEmpty() ? List.of(SchoolGroups.of("none", function)) : held;
	}

	/** A model's candidate group expression, answered in the school of the task it is evaluated for. */
	private final class InTheTasksSchool implements Expression {

		private final org.camunda.bpm.engine.delegate.Expression named;

		InTheTasksSchool(org.camunda.bpm.engine.delegate.Expression named) {
			this.named = named;
		}

		@Override
		public Object getValue(VariableScope scope) {
			return inSchool(named.getValue(scope), schoolOf(scope));
		}

		@Override
		public Object getValue(VariableScope scope, BaseDelegateExecution contextExecution) {
			Object value = named instanceof Expression full ? full.getValue(scope, contextExecution) : named.getValue(scope);
			return inSchool(value, schoolOf(scope));
		}

		@Override
		public void setValue(Object value, VariableScope scope) {
			named.setValue(value, scope);
		}

		@Override
		public void setValue(Object value, VariableScope scope, BaseDelegateExecution contextExecution) {
			if (named instanceof Expression full) {
				full.setValue(value, scope, contextExecution);
			}
			else {
				named.setValue(value, scope);
			}
		}

		@Override
		public boolean isLiteralText() {
			return false;
		}

		@Override
		public String getExpressionText() {
			return named.getExpressionText();
		}

		private String schoolOf(VariableScope scope) {
			if (scope instanceof DelegateTask task) {
				return task.getTenantId();
			}
			return scope instanceof DelegateExecution execution ? execution.getTenantId() : null;
		}
	}
}

package org.fitsflow.school;

import static org.camunda.bpm.engine.authorization.Permissions.READ;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.fitsflow.system.AsSystem;
import org.fitsflow.system.Authorizations;
import org.fitsflow.system.SchoolScopedFunctions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Shared Tasklist filters: one per FITS function, named after it ("Single point of contact") and readable by that
 * function's group in every school, plus "My tasks" and "Overdue" for everyone. A function's filter lists the
 * function's tasks in each school where the caller holds it ({@link SchoolScopedFunctions#FILTER_FUNCTION}), so one
 * filter serves every school. A function's list and "My tasks" show the soonest due first, then the most urgent (task
 * priority, which the models set from the FITS priority); "Overdue", all past due, the most urgent first. Each row
 * shows the models' {@link TasklistColumns} (reference, priority in words, service, who reported it), as the copies
 * {@link TasklistRows} puts on each task. Made or brought up to date (query and properties) on every start, so
 * filters saved by an older version get the same.
 */
@Component
class TasklistFilters {

	static final String MY_TASKS = "My tasks";
	static final String OVERDUE = "Overdue";

	private final FilterService filterService;
	private final TaskService taskService;
	private final Authorizations authorizations;
	private final AsSystem asSystem;
	private final ObjectProvider<TasklistColumns> models;
	private final Map<FitsFunction, String> functionFilters = new LinkedHashMap<>();

	TasklistFilters(FilterService filterService, TaskService taskService, Authorizations authorizations, AsSystem asSystem,
			ObjectProvider<TasklistColumns> models) {
		this.filterService = filterService;
		this.models = models;
		this.taskService = taskService;
		this.authorizations = authorizations;
		this.asSystem = asSystem;
	}

	@EventListener
	synchronized void grant(SchoolEvents.SchoolReady school) {
		if (functionFilters.isEmpty()) {
			save();
		}
		functionFilters.forEach((function, filterId) ->
				authorizations.grant(function.groupIn(school.schoolId()), Resources.FILTER, filterId, READ));
	}

	private void save() {
		asSystem.run(() -> {
			int priority = 0;
			Filter mine = save(MY_TASKS, "Tasks you have claimed", priority++,
					soonestDueFirst(taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}")));
			Filter overdue = save(OVERDUE, "Your functions' tasks past their due date", priority++,
					mostUrgentFirst(taskService.createTaskQuery()
						.taskCandidateGroupInExpression("${currentUserGroups()}")
						.includeAssignedTasks()
						.dueBeforeExpression("${now()}")));
			authorizations.grantEveryone(Resources.FILTER, mine.getId(), READ);
			authorizations.grantEveryone(Resources.FILTER, overdue.getId(), READ);
			for (FitsFunction function : FitsFunction.values()) {
				if (function == FitsFunction.ICT_USERS) {
					continue;
				}
				Filter own = save(function.title(), "Work for the " + function.title() + " function", priority++,
						soonestDueFirst(taskService.createTaskQuery()
							.taskCandidateGroupInExpression("${" + SchoolScopedFunctions.FILTER_FUNCTION + "('"
									+ function.groupId() + "')}")
							.includeAssignedTasks()));
				functionFilters.put(function, own.getId());
			}
		});
	}

	/** Highest task priority first (an incident's FITS priority 1 is 100), then the earliest due. */
	private static TaskQuery mostUrgentFirst(TaskQuery query) {
		return query.orderByTaskPriority().desc().orderByDueDate().asc();
	}

	/** Earliest due first (without a due date: last on PostgreSQL, first on H2), then the highest task priority. */
	private static TaskQuery soonestDueFirst(TaskQuery query) {
		return query.orderByDueDate().asc().orderByTaskPriority().desc();
	}

	private Filter save(String name, String description, int priority, TaskQuery query) {
		Filter filter = filterService.createTaskFilterQuery().filterName(name).list().stream()
			.filter(f -> f.getOwner() == null)
			.findFirst()
			.orElseGet(() -> filterService.newTaskFilter(name));
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("description", description);
		properties.put("priority", priority);
		properties.put("refresh", true);
		properties.put("color", "#555555");
		properties.put("variables", variables());
		filter.setProperties(properties);
		filter.setQuery(query);
		return filterService.saveFilter(filter);
	}

	/** Tasklist's row variables: each model's columns' task copies in its order, a copy two models share once. */
	private List<Map<String, String>> variables() {
		Map<String, String> labels = new LinkedHashMap<>();
		models.orderedStream().flatMap(model -> model.tasklistColumns().stream())
			.forEach(column -> labels.putIfAbsent(column.listed().name(), column.label()));
		List<Map<String, String>> variables = new ArrayList<>();
		labels.forEach((name, label) -> variables.add(Map.of("name", name, "label", label)));
		return variables;
	}
}

package org.fitsflow.school;

import static org.camunda.bpm.engine.authorization.Permissions.READ;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.fitsflow.system.AsSystem;
import org.fitsflow.system.Authorizations;
import org.fitsflow.system.SchoolScopedFunctions;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Shared Tasklist filters: one per FITS function, named after it ("Single point of contact") and readable by that
 * function's group in every school, plus "My tasks" and "Overdue" for everyone. A function's filter lists the
 * function's tasks in each school where the caller holds it ({@link SchoolScopedFunctions#FILTER_FUNCTION}), so one
 * filter serves every school. The function filters and "Overdue" list the most urgent first (task priority, then due
 * date). Made or brought up to date on every start.
 */
@Component
class TasklistFilters {

	static final String MY_TASKS = "My tasks";
	static final String OVERDUE = "Overdue";

	private final FilterService filterService;
	private final TaskService taskService;
	private final Authorizations authorizations;
	private final AsSystem asSystem;
	private final Map<FitsFunction, String> functionFilters = new LinkedHashMap<>();

	TasklistFilters(FilterService filterService, TaskService taskService, Authorizations authorizations, AsSystem asSystem) {
		this.filterService = filterService;
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
					taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
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
						mostUrgentFirst(taskService.createTaskQuery()
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
		filter.setProperties(properties);
		filter.setQuery(query);
		return filterService.saveFilter(filter);
	}
}

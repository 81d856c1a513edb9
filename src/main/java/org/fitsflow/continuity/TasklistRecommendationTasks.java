package org.fitsflow.continuity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.fitsflow.school.FitsFunction;
import org.fitsflow.system.AsSystem;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * A recommendation's task as a Tasklist task of its own: for the function's group, in the school's tenant, due on
 * the date the ICT owner set; done when someone of that function completes it.
 */
@Component
class TasklistRecommendationTasks implements RecommendationTasks {

	private final TaskService tasks;
	private final HistoryService history;
	private final AsSystem asSystem;
	private final Clock clock;

	TasklistRecommendationTasks(@Lazy TaskService tasks, @Lazy HistoryService history, AsSystem asSystem, Clock clock) {
		this.tasks = tasks;
		this.history = history;
		this.asSystem = asSystem;
		this.clock = clock;
	}

	@Override
	public String issue(String schoolId, String raisedIn, String what, FitsFunction function, LocalDate due,
			String raisedBy) {
		return asSystem.call(() -> {
			Task task = tasks.newTask();
			task.setName(abbreviated("Risk assessment " + raisedIn + ": " + what));
			task.setDescription(what + " (decided by the ICT owner in risk assessment " + raisedIn + ")");
			task.setDueDate(Date.from(due.atStartOfDay(clock.getZone()).toInstant()));
			task.setTenantId(schoolId);
			task.setOwner(raisedBy);
			tasks.saveTask(task);
			// A task outside any model: it names the function's group in the school itself (models name the function).
			tasks.addCandidateGroup(task.getId(), function.groupIn(schoolId));
			return task.getId();
		});
	}

	@Override
	public boolean done(String schoolId, String reference) {
		return asSystem.call(() -> history.createHistoricTaskInstanceQuery().taskId(reference).tenantIdIn(schoolId)
			.finished().count() > 0);
	}

	private static String abbreviated(String text) {
		return text.length() <= 250 ? text : text.substring(0, 247) + "...";
	}
}

package org.fitsflow.continuity;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.fitsflow.school.FitsFunction;
import org.fitsflow.school.FunctionMail;
import org.fitsflow.system.AsSystem;
import org.fitsflow.system.SchoolGroups;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The reminders of the yearly continuity reviews: before the school's date, the holders of the review's open tasks
 * (whoever holds each task's function now) are reminded; when the date has passed, the ICT owner is told.
 */
@Component
class ReviewReminders {

	private final TaskService tasks;
	private final FunctionMail mail;
	private final AsSystem asSystem;

	ReviewReminders(@Lazy TaskService tasks, FunctionMail mail, AsSystem asSystem) {
		this.tasks = tasks;
		this.mail = mail;
		this.asSystem = asSystem;
	}

	/** Reminds the functions with open tasks in the review; returns them. */
	Set<FitsFunction> remindOpenTasks(String schoolId, String processInstanceId, String review, LocalDate due) {
		Set<FitsFunction> functions = new LinkedHashSet<>();
		asSystem.run(() -> tasks.createTaskQuery().processInstanceId(processInstanceId).list()
			.forEach(task -> tasks.getIdentityLinksForTask(task.getId()).stream()
				.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
				.map(IdentityLink::getGroupId)
				.map(group -> FitsFunction.ofGroupId(SchoolGroups.functionOf(group).orElse(group))).forEach(functions::add)));
		functions.forEach(function -> mail.send(schoolId, function, "continuity-review-reminder",
				Map.of("review", review, "due", due, "function", function.title())));
		return functions;
	}

	void reportOverdue(String schoolId, String review, LocalDate due) {
		mail.send(schoolId, FitsFunction.ICT_OWNER, "continuity-review-overdue", Map.of("review", review, "due", due));
	}
}

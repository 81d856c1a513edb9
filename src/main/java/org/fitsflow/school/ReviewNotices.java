package org.fitsflow.school;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.fitsflow.system.SchoolGroups;
import org.springframework.stereotype.Component;

/**
 * The two notices every review on a schedule sends from its own timers: a reminder before its date to the holders of
 * the functions whose tasks in it are still open, and, once the date has passed, the same to them and the ICT owner.
 */
@Component
public class ReviewNotices {

	private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

	private final FunctionMail mail;
	private final SchoolDirectory directory;

	ReviewNotices(FunctionMail mail, SchoolDirectory directory) {
		this.mail = mail;
		this.directory = directory;
	}

	/**
	 * The e-mail addresses of the school's Primary FITS team: everyone who holds a FITS function (not the ICT users as
	 * such), each once. A review meeting's participants, who get its report and minutes.
	 */
	public java.util.List<String> team(String schoolId) {
		Set<String> addresses = new LinkedHashSet<>();
		for (FitsFunction function : FitsFunction.values()) {
			if (function != FitsFunction.ICT_USERS) {
				directory.holders(schoolId, function).forEach(p -> addresses.add(p.getEmail()));
			}
		}
		return java.util.List.copyOf(addresses);
	}

	/** {@code review}: the review in words ("monthly service review"), due on {@code due}. */
	public void remind(String schoolId, String review, LocalDate due, Collection<FitsFunction> withOpenTasks) {
		send(schoolId, "review-reminder", review, due, new LinkedHashSet<>(withOpenTasks));
	}

	/** The date has passed with the review open: its open tasks' functions and the ICT owner are told. */
	public void overdue(String schoolId, String review, LocalDate due, Collection<FitsFunction> withOpenTasks) {
		Set<FitsFunction> told = new LinkedHashSet<>(withOpenTasks);
		told.add(FitsFunction.ICT_OWNER);
		send(schoolId, "review-overdue", review, due, told);
	}

	/**
	 * The FITS functions whose tasks in the execution's process instance are still open. A task's group is the
	 * function's group in the instance's school ({@code riverside.maintenance}); the function is what it stands for.
	 */
	public static Set<FitsFunction> functionsWithOpenTasks(DelegateExecution execution) {
		TaskService tasks = execution.getProcessEngineServices().getTaskService();
		Set<FitsFunction> functions = new LinkedHashSet<>();
		for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list()) {
			for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
				if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
					functions.add(FitsFunction.ofGroupId(SchoolGroups.functionOf(link.getGroupId())
						.orElse(link.getGroupId())));
				}
			}
		}
		return functions;
	}

	private void send(String schoolId, String template, String review, LocalDate due, Set<FitsFunction> functions) {
		for (FitsFunction function : functions) {
			mail.send(schoolId, function, template, Map.of("review", review, "due", due.format(LONG_DATE),
					"function", function.title()));
		}
	}
}

package org.fitsflow.change;

import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.Task;
import org.fitsflow.mail.Mail;
import org.fitsflow.school.FitsFunction;
import org.fitsflow.school.Person;
import org.fitsflow.school.SchoolDirectory;
import org.fitsflow.school.SchoolEvents;
import org.fitsflow.system.AsSystem;
import org.fitsflow.system.FitsProperties;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When an ICT owner approval task is created, e-mails the ICT owner the request's summary, its cost against the
 * remaining budget, Approve and Reject links and a link to the task in Tasklist. The links are the recipient's own:
 * they decide in that person's name while they hold the function; a hand-over sends the new ICT owner fresh ones for
 * every request still waiting, and the former owner's stop deciding. The e-mail goes through the outbox, so a mail
 * server that is down only delays it; the task waits in Tasklist meanwhile.
 *
 * <p>The cost against the budget is also put on the approval task itself, for its form: only the ICT owner sees it,
 * because the budget's remainder (and a staff cost) tells what staff cost (001: staff costs are for the ICT owner).
 */
@Component("requestForChangeApprovalByMail")
class ApprovalByMail implements TaskListener {

	private final Changes changes;
	private final ApprovalTokens tokens;
	private final Mail mail;
	private final SchoolDirectory directory;
	private final FitsProperties properties;
	private final TaskService taskService;
	private final RuntimeService runtimeService;
	private final AsSystem asSystem;

	ApprovalByMail(Changes changes, ApprovalTokens tokens, Mail mail, SchoolDirectory directory, FitsProperties properties,
			@Lazy TaskService taskService, @Lazy RuntimeService runtimeService, AsSystem asSystem) {
		this.changes = changes;
		this.tokens = tokens;
		this.mail = mail;
		this.directory = directory;
		this.properties = properties;
		this.taskService = taskService;
		this.runtimeService = runtimeService;
		this.asSystem = asSystem;
	}

	@Override
	public void notify(DelegateTask task) {
		String schoolId = task.getTenantId();
		RequestForChange rfc = changes.find(schoolId, task.getExecution().getProcessBusinessKey());
		RequestForChangeProcess.COST_AGAINST_BUDGET.setLocal(task, changes.budgetCheck(rfc).summary());
		List<Person> owners = directory.holders(schoolId, FitsFunction.ICT_OWNER);
		if (owners.isEmpty()) {
			throw new IllegalStateException("Nobody holds the function " + FitsFunction.ICT_OWNER.title() + " in school '"
					+ schoolId + "', so the approval of " + rfc.getReference() + " has nobody to go to. Assign the "
					+ "function first.");
		}
		owners.forEach(owner -> send(task.getId(), task.getTaskDefinitionKey(), rfc, owner));
	}

	/** The new ICT owner gets links for every request still waiting on the ICT owner's decision in the school. */
	@EventListener
	void handedOver(SchoolEvents.IctOwnerHandedOver handOver) {
		Person owner = directory.person(handOver.schoolId(), handOver.newOwner());
		List<Task> waiting = asSystem.call(() -> taskService.createTaskQuery()
			.tenantIdIn(handOver.schoolId())
			.processDefinitionKey(RequestForChangeProcess.KEY)
			.taskDefinitionKeyIn(ApprovalLinks.APPROVAL_TASKS.toArray(String[]::new))
			.list());
		for (Task task : waiting) {
			String reference = asSystem.call(() -> runtimeService.createProcessInstanceQuery()
				.processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey());
			send(task.getId(), task.getTaskDefinitionKey(), changes.find(handOver.schoolId(), reference), owner);
		}
	}

	private void send(String taskId, String taskKey, RequestForChange rfc, Person owner) {
		long holding = owner.holding(FitsFunction.ICT_OWNER).orElseThrow();
		String base = properties.baseUrl();
		boolean proceeding = RequestForChangeProcess.TASK_APPROVE_PROCEEDING.equals(taskKey);
		mail.send(rfc.getSchoolId(), List.of(owner.getEmail()), "change-approval", changes.model(rfc,
				"stage", proceeding ? "proceed" : "implement",
				"budget", changes.budgetCheck(rfc),
				"approveUrl", base + "/approvals?token="
						+ tokens.issue(taskId, Decision.APPROVE.formValue(), owner.getUserId(), holding),
				"rejectUrl", base + "/approvals?token="
						+ tokens.issue(taskId, Decision.REJECT.formValue(), owner.getUserId(), holding),
				"tasklistUrl", tasklistUrl(base, taskId)));
	}

	static String tasklistUrl(String base, String taskId) {
		return base + "/camunda/app/tasklist/default/#/?task=" + taskId;
	}
}

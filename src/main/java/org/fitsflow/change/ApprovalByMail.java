package org.fitsflow.change;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.fitsflow.school.FitsFunction;
import org.fitsflow.school.FunctionMail;
import org.fitsflow.system.FitsProperties;
import org.springframework.stereotype.Component;

/**
 * When an ICT owner approval task is created, e-mails the ICT owner the request's summary, its cost against the
 * remaining budget, Approve and Reject links and a link to the task in Tasklist. The e-mail goes through the outbox,
 * so a mail server that is down only delays it; the task waits in Tasklist meanwhile.
 */
@Component("requestForChangeApprovalByMail")
class ApprovalByMail implements TaskListener {

	private final Changes changes;
	private final ApprovalTokens tokens;
	private final FunctionMail mail;
	private final FitsProperties properties;

	ApprovalByMail(Changes changes, ApprovalTokens tokens, FunctionMail mail, FitsProperties properties) {
		this.changes = changes;
		this.tokens = tokens;
		this.mail = mail;
		this.properties = properties;
	}

	@Override
	public void notify(DelegateTask task) {
		String schoolId = task.getTenantId();
		RequestForChange rfc = changes.find(schoolId, RequestForChangeProcess.CHANGE_REFERENCE.get(task));
		String base = properties.baseUrl();
		boolean proceeding = RequestForChangeProcess.TASK_APPROVE_PROCEEDING.equals(task.getTaskDefinitionKey());
		mail.send(schoolId, FitsFunction.ICT_OWNER, "change-approval", changes.model(rfc,
				"stage", proceeding ? "proceed" : "implement",
				"budget", changes.budgetCheck(rfc),
				"approveUrl", base + "/approvals?token=" + tokens.issue(task.getId(), Decision.APPROVE.formValue()),
				"rejectUrl", base + "/approvals?token=" + tokens.issue(task.getId(), Decision.REJECT.formValue()),
				"tasklistUrl", tasklistUrl(base, task.getId())));
	}

	static String tasklistUrl(String base, String taskId) {
		return base + "/camunda/app/tasklist/default/#/?task=" + taskId;
	}
}

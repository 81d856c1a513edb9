package org.fitsflow.incident;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who said a change is needed: the user completing the task just before, for the request for change's originator. */
public final class Originator {

	private Originator() {
	}

	public static String of(DelegateExecution execution) {
		Authentication caller = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		if (caller != null && caller.getUserId() != null) {
			return caller.getUserId();
		}
		// Run by a job (no caller): the assignee of the process's last completed task.
		return execution.getProcessEngineServices().getHistoryService().createHistoricTaskInstanceQuery()
			.processInstanceId(execution.getProcessInstanceId()).finished().orderByHistoricTaskInstanceEndTime().desc()
			.list().stream().map(HistoricTaskInstance::getAssignee).filter(a -> a != null).findFirst().orElse("unknown");
	}
}

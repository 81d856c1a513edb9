package org.fitsflow.servicelevel;

import java.util.LinkedHashSet;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.fitsflow.school.FitsFunction;

/** The FITS functions whose tasks in a review instance are still open: whom a reminder or an overdue notice is for. */
final class OpenReviewTasks {

	private OpenReviewTasks() {
	}

	static Set<FitsFunction> functions(DelegateExecution execution) {
		TaskService tasks = execution.getProcessEngineServices().getTaskService();
		Set<FitsFunction> functions = new LinkedHashSet<>();
		for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list()) {
			for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
				if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
					functions.add(FitsFunction.ofGroupId(link.getGroupId()));
				}
			}
		}
		return functions;
	}
}

package org.fitsflow.change;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.fitsflow.system.AsSystem;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The cost against the budget used to be a variable of the whole request, readable by everyone working on it; it now
 * lives on the ICT owner's approval tasks only ({@link ApprovalByMail}). Requests under way are tidied once at start:
 * an approval waiting now keeps the figure on its task, and the request loses it.
 */
@Component
@Order(50)
class CostSummaryUpgrade implements ApplicationRunner {

	private final RuntimeService runtimeService;
	private final TaskService taskService;
	private final AsSystem asSystem;

	CostSummaryUpgrade(RuntimeService runtimeService, TaskService taskService, AsSystem asSystem) {
		this.runtimeService = runtimeService;
		this.taskService = taskService;
		this.asSystem = asSystem;
	}

	@Override
	public void run(org.springframework.boot.ApplicationArguments args) {
		asSystem.run(() -> {
			for (VariableInstance variable : runtimeService.createVariableInstanceQuery()
				.variableName(RequestForChangeProcess.COST_AGAINST_BUDGET.name()).list()) {
				if (variable.getTaskId() == null) {
					for (Task approval : taskService.createTaskQuery().processInstanceId(variable.getProcessInstanceId())
						.taskDefinitionKeyIn(ApprovalLinks.APPROVAL_TASKS.toArray(String[]::new)).list()) {
						taskService.setVariableLocal(approval.getId(), variable.getName(), variable.getValue());
					}
					runtimeService.removeVariable(variable.getExecutionId(), variable.getName());
				}
			}
		});
	}
}

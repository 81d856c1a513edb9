package org.fitsflow.change;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.fitsflow.system.AsSystem;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The cost against the budget used to be a variable of the whole request, readable by everyone working on it; it now
 * lives on the ICT owner's approval tasks only ({@link ApprovalByMail}). Requests under way are tidied once at start.
 */
@Component
@Order(50)
class CostSummaryUpgrade implements ApplicationRunner {

	private final RuntimeService runtimeService;
	private final AsSystem asSystem;

	CostSummaryUpgrade(RuntimeService runtimeService, AsSystem asSystem) {
		this.runtimeService = runtimeService;
		this.asSystem = asSystem;
	}

	@Override
	public void run(org.springframework.boot.ApplicationArguments args) {
		asSystem.run(() -> {
			for (VariableInstance variable : runtimeService.createVariableInstanceQuery()
				.variableName(RequestForChangeProcess.COST_AGAINST_BUDGET).list()) {
				if (variable.getTaskId() == null) {
					runtimeService.removeVariable(variable.getExecutionId(), variable.getName());
				}
			}
		});
	}
}

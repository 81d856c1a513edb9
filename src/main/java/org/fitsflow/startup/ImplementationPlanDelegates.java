package org.fitsflow.startup;

import static org.fitsflow.startup.ImplementationPlanProcess.START_DATE_AGREED;
import static org.fitsflow.startup.ImplementationPlanProcess.START_DATE_CONFIRMED;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.fitsflow.school.FunctionCheck;
import org.fitsflow.system.forms.FormInputRefused;
import org.springframework.stereotype.Component;

/** The Java side of {@code bpmn/implementation-plan.bpmn}: the functions check and meeting 2's answer. */
final class ImplementationPlanDelegates {

	private ImplementationPlanDelegates() {
	}

	/**
	 * Task_PlanAndPrepare is completed only once every function is held and the rules on who holds them are kept
	 * ("Assign functions to personnel"): otherwise it is refused saying which function and which rule, and stays open.
	 */
	@Component("implementationPlanFunctionsAssigned")
	static class FunctionsAssigned implements TaskListener {
		private final FunctionCheck functions;

		FunctionsAssigned(FunctionCheck functions) {
			this.functions = functions;
		}

		@Override
		public void notify(DelegateTask task) {
			List<String> findings = functions.findings(task.getTenantId());
			if (!findings.isEmpty()) {
				throw new FormInputRefused("'" + ImplementationPlanProcess.FUNCTIONS_ASSIGNED
						+ "': the functions are not all assigned as FITS requires. " + String.join(" ", findings)
						+ " Assign the functions in FITS Flow, then complete this step.");
			}
		}
	}

	/** The ICT owner's answer on Task_HoldMeeting2, as the boolean Gateway_StartDateConfirmed reads. */
	@Component("implementationPlanStartDateConfirmed")
	static class StartDateConfirmedAnswered implements TaskListener {
		@Override
		public void notify(DelegateTask task) {
			START_DATE_AGREED.set(task, START_DATE_CONFIRMED.get(task) == StartDateConfirmed.YES);
		}
	}
}

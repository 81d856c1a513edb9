package org.fitsflow.startup;

import static org.fitsflow.startup.ImplementationPlanProcess.START_DATE_AGREED;
import static org.fitsflow.startup.ImplementationPlanProcess.START_DATE_CONFIRMED;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The Java side of {@code bpmn/implementation-plan.bpmn}: only meeting 2's answer, as its gateway reads it. */
final class ImplementationPlanDelegates {

	private ImplementationPlanDelegates() {
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

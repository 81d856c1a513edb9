package org.fitsflow.startup;

import java.util.Map;
import java.util.Set;

import org.fitsflow.system.process.ProcessContract;
import org.springframework.stereotype.Component;

/**
 * What FITS Flow relies on in bpmn/implementation-plan.bpmn: its key and the checklist's steps (no Java reads its
 * variables; the model's own due dates do).
 */
@Component
public final class ImplementationPlanProcess implements ProcessContract {

	public static final String KEY = "implementation-plan";

	ImplementationPlanProcess() {
	}

	@Override
	public String processKey() {
		return KEY;
	}

	@Override
	public Set<String> elementIds() {
		return Set.of("Task_PlanAndPrepare", "Task_HoldMeeting1", "Task_PrepareForMeeting2", "Task_HoldMeeting2",
				"Task_DistributeSupportProcedure", "Task_ConfirmStartDate");
	}

	@Override
	public Set<String> messageNames() {
		return Set.of();
	}

	@Override
	public Set<String> variableNames() {
		return Set.of();
	}

	@Override
	public Map<String, Set<String>> formFields() {
		return Map.of();
	}
}

package org.fitsflow.problem;

import java.util.Map;
import java.util.Set;

import org.fitsflow.system.process.ProcessContract;
import org.springframework.stereotype.Component;

/** What the Java code relies on in bpmn/problem-management.bpmn and its forms; a deployment that breaks it is refused. */
@Component
public final class ProblemManagementProcess implements ProcessContract {

	public static final String KEY = "problem-management";

	ProblemManagementProcess() {
	}

	@Override
	public String processKey() {
		return KEY;
	}

	@Override
	public Set<String> elementIds() {
		return Set.of("Task_InvestigateProblem", "Task_VerifyFix", "CallActivity_RequestForChange");
	}

	@Override
	public Set<String> messageNames() {
		return Set.of(Problems.PROBLEM_DETECTED);
	}

	@Override
	public Set<String> variableNames() {
		return Set.of("raisedBy", "changeReference", "changeOutcome");
	}

	@Override
	public Map<String, Set<String>> formFields() {
		return Map.of(
				"problem-raise", Set.of("description", "service", "assetReference", "source"),
				"problem-investigate", Set.of("rootCause", "workaround", "changeNeeded", "changeDescription",
						"changeReason"));
	}
}

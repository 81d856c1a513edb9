package org.fitsflow.continuity;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the contingency-invocation model reads from the invocation's record: the progress updates' cycle (the
 * communications plan's interval, {@code ${contingencyInvocationTimers.progressUpdates(execution)}}) and the services
 * to recover, one sub-process instance each ({@code ${contingencyInvocationTimers.affectedServices(execution)}}).
 */
@Component("contingencyInvocationTimers")
public class ContingencyInvocationTimers {

	private final Invocations invocations;

	ContingencyInvocationTimers(Invocations invocations) {
		this.invocations = invocations;
	}

	/** Every interval until the services are restored: R/PT2H. */
	public String progressUpdates(DelegateExecution execution) {
		return "R/" + invocations.updateInterval(execution.getTenantId(), reference(execution));
	}

	public List<String> affectedServices(DelegateExecution execution) {
		return invocations.affectedServiceIds(execution.getTenantId(), reference(execution));
	}

	/** The invocation is found by its process instance (whose business key is its reference), never by a variable. */
	private static String reference(DelegateExecution execution) {
		return execution.getProcessBusinessKey();
	}
}

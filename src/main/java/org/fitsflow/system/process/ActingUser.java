package org.fitsflow.system.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who is acting when a delegate runs: the user the engine authenticated for this call (in Tasklist or through the
 * REST API, or the ICT owner on whose behalf an e-mailed approval was confirmed). A delegate runs straight after the
 * task that user completed, so this is who completed it, who raised a change, who signed a decision. Work the engine
 * does on its own (a timer, a retried job) has nobody acting: {@link #SYSTEM}.
 */
public final class ActingUser {

	/** Recorded as the actor of work nobody started: a timer or a retry. */
	public static final String SYSTEM = "system";

	private ActingUser() {
	}

	public static String of(DelegateExecution execution) {
		Authentication caller = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		return caller == null || caller.getUserId() == null ? SYSTEM : caller.getUserId();
	}
}

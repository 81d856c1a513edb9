package org.fitsflow.system;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls without the caller's authentication, so the engine skips its authorization checks. Only for
 * work the application has already authorized itself (for example an ICT owner changing who holds a function,
 * which needs identity writes the ICT owner has no Camunda permission for).
 */
@Component
public class AsSystem {

	private final IdentityService identityService;

	AsSystem(IdentityService identityService) {
		this.identityService = identityService;
	}

	public <T> T call(Supplier<T> work) {
		Authentication caller = identityService.getCurrentAuthentication();
		identityService.clearAuthentication();
		try {
			return work.get();
		}
		finally {
			if (caller != null) {
				identityService.setAuthentication(caller);
			}
		}
	}

	public void run(Runnable work) {
		call(() -> {
			work.run();
			return null;
		});
	}
}

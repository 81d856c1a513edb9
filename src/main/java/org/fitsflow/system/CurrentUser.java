package org.fitsflow.system;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Who is calling, as the authentication filter told the engine. */
@Component
public class CurrentUser {

	private final IdentityService identityService;

	CurrentUser(IdentityService identityService) {
		this.identityService = identityService;
	}

	public String userId() {
		return authentication().getUserId();
	}

	public boolean isAdministrator() {
		List<String> groups = authentication().getGroupIds();
		return groups != null && groups.contains(Groups.CAMUNDA_ADMIN);
	}

	public boolean isMemberOf(String schoolId) {
		List<String> tenants = authentication().getTenantIds();
		return tenants != null && tenants.contains(schoolId);
	}

	/** The schools the caller is a member of (their tenants), in no particular order. */
	public List<String> schoolIds() {
		List<String> tenants = authentication().getTenantIds();
		return tenants == null ? List.of() : List.copyOf(tenants);
	}

	private Authentication authentication() {
		Authentication authentication = identityService.getCurrentAuthentication();
		if (authentication == null || authentication.getUserId() == null) {
			throw new NotAuthenticatedException();
		}
		return authentication;
	}

	public static class NotAuthenticatedException extends RuntimeException {
		NotAuthenticatedException() {
			super("Log in first: this call needs an authenticated user.");
		}
	}
}

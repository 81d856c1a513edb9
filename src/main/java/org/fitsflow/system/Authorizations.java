package org.fitsflow.system;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/** Grants a group permissions on a resource, adding to what it already has: safe to call on every start. */
@Component
public class Authorizations {

	private final AuthorizationService authorizationService;
	private final AsSystem asSystem;

	Authorizations(AuthorizationService authorizationService, AsSystem asSystem) {
		this.authorizationService = authorizationService;
		this.asSystem = asSystem;
	}

	public void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
		asSystem.run(() -> {
			Authorization authorization = authorizationService.createAuthorizationQuery()
				.authorizationType(Authorization.AUTH_TYPE_GRANT)
				.groupIdIn(groupId)
				.resourceType(resource)
				.resourceId(resourceId)
				.singleResult();
			if (authorization == null) {
				authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
				authorization.setGroupId(groupId);
				authorization.setResource(resource);
				authorization.setResourceId(resourceId);
			}
			boolean changed = authorization.getId() == null;
			for (Permission permission : permissions) {
				if (!authorization.isPermissionGranted(permission)) {
					authorization.addPermission(permission);
					changed = true;
				}
			}
			if (changed) {
				authorizationService.saveAuthorization(authorization);
			}
		});
	}
}

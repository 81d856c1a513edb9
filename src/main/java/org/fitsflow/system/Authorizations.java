package org.fitsflow.system;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/**
 * Grants a group (or every user) permissions on a resource, adding to what it already has: safe to call on every
 * start.
 */
@Component
public class Authorizations {

	private final AuthorizationService authorizationService;
	private final AsSystem asSystem;

	Authorizations(AuthorizationService authorizationService, AsSystem asSystem) {
		this.authorizationService = authorizationService;
		this.asSystem = asSystem;
	}

	public void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
		grant(groupId, null, resource, resourceId, permissions);
	}

	/** For what every logged-in user may do: one global authorization rather than one grant per group. */
	public void grantEveryone(Resource resource, String resourceId, Permission... permissions) {
		grant(null, Authorization.ANY, resource, resourceId, permissions);
	}

	private void grant(String groupId, String userId, Resource resource, String resourceId, Permission... permissions) {
		int type = groupId != null ? Authorization.AUTH_TYPE_GRANT : Authorization.AUTH_TYPE_GLOBAL;
		asSystem.run(() -> {
			var query = authorizationService.createAuthorizationQuery()
				.authorizationType(type)
				.resourceType(resource)
				.resourceId(resourceId);
			Authorization authorization = (groupId != null ? query.groupIdIn(groupId) : query.userIdIn(userId)).singleResult();
			if (authorization == null) {
				authorization = authorizationService.createNewAuthorization(type);
				if (groupId != null) {
					authorization.setGroupId(groupId);
				}
				else {
					authorization.setUserId(userId);
				}
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

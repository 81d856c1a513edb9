package org.fitsflow.system;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A task's candidates and assignee get TASK_WORK (claim and complete) from the engine now, not UPDATE (which would let
 * them add candidates and edit variables outside the form): grants made before that are brought in line once.
 */
@Component
@Order(15)
class TaskWorkOnly implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(TaskWorkOnly.class);

	private final AuthorizationService authorizationService;
	private final AsSystem asSystem;

	TaskWorkOnly(AuthorizationService authorizationService, AsSystem asSystem) {
		this.authorizationService = authorizationService;
		this.asSystem = asSystem;
	}

	@Override
	public void run(ApplicationArguments args) {
		int changed = asSystem.call(() -> {
			int count = 0;
			for (Authorization grant : authorizationService.createAuthorizationQuery()
				.authorizationType(Authorization.AUTH_TYPE_GRANT)
				.resourceType(Resources.TASK)
				.hasPermission(Permissions.UPDATE)
				.list()) {
				if ("*".equals(grant.getResourceId()) || grant.isEveryPermissionGranted()) {
					continue;
				}
				grant.removePermission(Permissions.UPDATE);
				grant.addPermission(Permissions.TASK_WORK);
				authorizationService.saveAuthorization(grant);
				count++;
			}
			return count;
		});
		if (changed > 0) {
			log.info("{} task grant(s) reduced from UPDATE to TASK_WORK", changed);
		}
	}
}

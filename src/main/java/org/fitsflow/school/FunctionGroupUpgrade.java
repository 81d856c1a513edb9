package org.fitsflow.school;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.task.Task;
import org.fitsflow.system.AsSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Brings an installation from before functions were held per school over once: open tasks waiting for a function's
 * old installation-wide group (single-point-of-contact) wait for that function's group in their own school
 * (riverside.single-point-of-contact), and the old groups and everything they were granted are removed.
 */
@Component
class FunctionGroupUpgrade {

	private static final Logger log = LoggerFactory.getLogger(FunctionGroupUpgrade.class);

	private final IdentityService identityService;
	private final TaskService taskService;
	private final AuthorizationService authorizationService;
	private final AsSystem asSystem;

	FunctionGroupUpgrade(IdentityService identityService, TaskService taskService,
			AuthorizationService authorizationService, AsSystem asSystem) {
		this.identityService = identityService;
		this.taskService = taskService;
		this.authorizationService = authorizationService;
		this.asSystem = asSystem;
	}

	boolean globalGroupsRemain() {
		return asSystem.call(() -> {
			for (FitsFunction function : FitsFunction.values()) {
				if (identityService.createGroupQuery().groupId(function.groupId()).count() > 0) {
					return true;
				}
			}
			return false;
		});
	}

	void moveOpenTasksToSchoolGroups() {
		asSystem.run(() -> {
			for (FitsFunction function : FitsFunction.values()) {
				String old = function.groupId();
				int moved = 0;
				for (Task task : taskService.createTaskQuery().taskCandidateGroup(old).includeAssignedTasks().list()) {
					if (task.getTenantId() != null) {
						taskService.addCandidateGroup(task.getId(), function.groupIn(task.getTenantId()));
					}
					taskService.deleteCandidateGroup(task.getId(), old);
					moved++;
				}
				for (Authorization grant : authorizationService.createAuthorizationQuery().groupIdIn(old).list()) {
					authorizationService.deleteAuthorization(grant.getId());
				}
				identityService.deleteGroup(old);
				log.info("{}: {} open task(s) moved to the function's group in their school", old, moved);
			}
		});
	}
}

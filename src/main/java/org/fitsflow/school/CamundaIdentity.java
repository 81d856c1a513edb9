package org.fitsflow.school;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.fitsflow.system.AsSystem;
import org.springframework.stereotype.Component;

/**
 * Keeps Camunda's users, groups and tenant memberships in step with the school's people and functions, so that
 * Tasklist hands each task to whoever holds the function now.
 */
@Component
class CamundaIdentity {

	static final String GROUP_TYPE = "FITS function";

	private final IdentityService identityService;
	private final TaskService taskService;
	private final AuthorizationService authorizationService;
	private final AsSystem asSystem;

	CamundaIdentity(IdentityService identityService, TaskService taskService, AuthorizationService authorizationService,
			AsSystem asSystem) {
		this.identityService = identityService;
		this.taskService = taskService;
		this.authorizationService = authorizationService;
		this.asSystem = asSystem;
	}

	void ensureFunctionGroups() {
		asSystem.run(() -> {
			for (FitsFunction function : FitsFunction.values()) {
				if (identityService.createGroupQuery().groupId(function.groupId()).singleResult() == null) {
					Group group = identityService.newGroup(function.groupId());
					group.setName(function.title());
					group.setType(GROUP_TYPE);
					identityService.saveGroup(group);
				}
			}
		});
	}

	void ensureTenant(School school) {
		asSystem.run(() -> {
			Tenant tenant = identityService.createTenantQuery().tenantId(school.getId()).singleResult();
			if (tenant == null) {
				tenant = identityService.newTenant(school.getId());
			}
			tenant.setName(school.getName());
			identityService.saveTenant(tenant);
		});
	}

	/** Creates or updates the Camunda user; a null password leaves an existing one unchanged. */
	void saveUser(Person person, String password) {
		asSystem.run(() -> {
			User user = identityService.createUserQuery().userId(person.getUserId()).singleResult();
			if (user == null) {
				user = identityService.newUser(person.getUserId());
			}
			int space = person.getName().trim().lastIndexOf(' ');
			user.setFirstName(space < 0 ? person.getName().trim() : person.getName().substring(0, space).trim());
			user.setLastName(space < 0 ? "" : person.getName().substring(space + 1).trim());
			user.setEmail(person.getEmail());
			if (password != null) {
				user.setPassword(password);
			}
			identityService.saveUser(user);
			if (identityService.createTenantQuery().tenantId(person.getSchool().getId()).userMember(person.getUserId())
				.count() == 0) {
				identityService.createTenantUserMembership(person.getSchool().getId(), person.getUserId());
			}
		});
	}


	void addToGroup(String userId, FitsFunction function) {
		asSystem.run(() -> {
			if (identityService.createUserQuery().userId(userId).memberOfGroup(function.groupId()).count() == 0) {
				identityService.createMembership(userId, function.groupId());
			}
		});
	}

	void removeFromGroup(String userId, FitsFunction function) {
		asSystem.run(() -> identityService.deleteMembership(userId, function.groupId()));
	}

	/**
	 * Hands back to the function the open tasks the former holder had claimed in this school, so the work follows
	 * the function rather than the person.
	 */
	int releaseClaimedTasks(String userId, FitsFunction function, String schoolId) {
		return asSystem.call(() -> {
			var tasks = taskService.createTaskQuery()
				.taskAssignee(userId)
				.taskCandidateGroup(function.groupId())
				.includeAssignedTasks()
				.tenantIdIn(schoolId)
				.list();
			for (Task task : tasks) {
				taskService.setAssignee(task.getId(), null);
				// The engine gave the assignee their own permission on the task and keeps it after unassigning;
				// take it away, or the former holder would still see the function's work.
				authorizationService.createAuthorizationQuery()
					.userIdIn(userId)
					.resourceType(Resources.TASK)
					.resourceId(task.getId())
					.list()
					.forEach(a -> authorizationService.deleteAuthorization(a.getId()));
			}
			return tasks.size();
		});
	}
}

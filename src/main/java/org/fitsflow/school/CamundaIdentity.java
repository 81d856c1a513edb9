package org.fitsflow.school;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.fitsflow.system.AsSystem;
import org.fitsflow.system.SchoolGroups;
import org.springframework.stereotype.Component;

/**
 * Keeps Camunda's users, groups and tenant memberships in step with the school's people and functions, so that
 * Tasklist hands each task to whoever holds the function in that school now. Each school has its own group per
 * function (riverside.single-point-of-contact): holding a function in one school gives nothing in another.
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

	/** The school's group for each function; safe to call again. */
	void ensureFunctionGroups(School school) {
		asSystem.run(() -> {
			for (FitsFunction function : FitsFunction.values()) {
				String id = function.groupIn(school.getId());
				Group group = identityService.createGroupQuery().groupId(id).singleResult();
				String name = function.title() + ", " + school.getName();
				if (group == null) {
					group = identityService.newGroup(id);
				}
				else if (name.equals(group.getName())) {
					continue;
				}
				group.setName(name);
				group.setType(GROUP_TYPE);
				identityService.saveGroup(group);
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

	/** Whether a login of this id exists, in any school or none. */
	boolean loginExists(String userId) {
		return asSystem.call(() -> identityService.createUserQuery().userId(userId).count() > 0);
	}

	/** Whether the login is a Camunda administrator: a school's API never touches those. */
	boolean isAdministrator(String userId) {
		return asSystem.call(() -> identityService.createUserQuery().userId(userId).memberOfGroup(Groups.CAMUNDA_ADMIN)
			.count() > 0);
	}

	/** Makes the login with the person's name, e-mail and password. */
	void createLogin(Person person, String password) {
		asSystem.run(() -> {
			User user = identityService.newUser(person.getUserId());
			copyProfile(person, user);
			user.setPassword(password);
			identityService.saveUser(user);
		});
	}

	/** Brings the login's name and e-mail in line with the school's record of the person. */
	void updateProfile(Person person) {
		asSystem.run(() -> {
			User user = identityService.createUserQuery().userId(person.getUserId()).singleResult();
			copyProfile(person, user);
			identityService.saveUser(user);
		});
	}

	/** An administrator's reset: the new password, and any lock from failed logins lifted. */
	void resetPassword(String userId, String password) {
		asSystem.run(() -> {
			User user = identityService.createUserQuery().userId(userId).singleResult();
			user.setPassword(password);
			identityService.saveUser(user);
			identityService.unlockUser(userId);
		});
	}

	/** Makes the login a member of the school (its Camunda tenant); leaves the login itself as it is. */
	void joinSchool(String userId, String schoolId) {
		asSystem.run(() -> {
			if (identityService.createTenantQuery().tenantId(schoolId).userMember(userId).count() == 0) {
				identityService.createTenantUserMembership(schoolId, userId);
			}
		});
	}

	/** Ends the login's membership of the school; {@code deleteLogin}: it was their one school, so the login goes. */
	void leaveSchool(String userId, String schoolId, boolean deleteLogin) {
		asSystem.run(() -> {
			identityService.deleteTenantUserMembership(schoolId, userId);
			if (deleteLogin) {
				identityService.deleteUser(userId);
			}
		});
	}

	void addToGroup(String userId, String schoolId, FitsFunction function) {
		String groupId = function.groupIn(schoolId);
		asSystem.run(() -> {
			if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
				identityService.createMembership(userId, groupId);
			}
		});
	}

	void removeFromGroup(String userId, String schoolId, FitsFunction function) {
		asSystem.run(() -> identityService.deleteMembership(userId, function.groupIn(schoolId)));
	}

	/** The schools' function groups the login is in now. */
	List<String> functionGroupsOf(String userId) {
		return asSystem.call(() -> identityService.createGroupQuery().groupMember(userId).groupType(GROUP_TYPE).list())
			.stream().map(Group::getId).toList();
	}

	/**
	 * Hands back to the function the open tasks the former holder had claimed in this school, so the work follows
	 * the function rather than the person.
	 */
	int releaseClaimedTasks(String userId, FitsFunction function, String schoolId) {
		return asSystem.call(() -> {
			var tasks = taskService.createTaskQuery()
				.taskAssignee(userId)
				.taskCandidateGroup(function.groupIn(schoolId))
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

	private static void copyProfile(Person person, User user) {
		String name = person.getName().trim();
		int space = name.lastIndexOf(' ');
		user.setFirstName(space < 0 ? name : name.substring(0, space).trim());
		user.setLastName(space < 0 ? "" : name.substring(space + 1).trim());
		user.setEmail(person.getEmail());
	}
}

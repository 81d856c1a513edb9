package org.fitsflow.school;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.authorization.Resources;
import org.fitsflow.system.Authorizations;
import org.fitsflow.system.FitsProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What each FITS function may do in the engine, granted to its group in each school. Deliberately narrow: a function
 * sees a task only through the candidate group on that task (the engine grants it then, TASK_WORK: claim and complete),
 * never through a blanket grant on tasks or instances. Everyone may read the models themselves (they are the same for
 * every school, and Tasklist needs them to name a task's process and show its form); starting a process is for the
 * functions {@code fits.processes.starters} names, in their own school (the school check is the engine's tenant check
 * and {@code SchoolTenants}).
 */
@Component
class FunctionPermissions {

	private final Authorizations authorizations;
	private final FitsProperties properties;

	FunctionPermissions(Authorizations authorizations, FitsProperties properties) {
		this.authorizations = authorizations;
		this.properties = properties;
	}

	@EventListener
	void grant(SchoolEvents.SchoolReady school) {
		// A process instance may be made by anyone who may start its model (CREATE_INSTANCE below): one grant for all.
		authorizations.grantEveryone(Resources.PROCESS_DEFINITION, "*", READ);
		authorizations.grantEveryone(Resources.PROCESS_INSTANCE, "*", CREATE);
		for (FitsFunction function : FitsFunction.values()) {
			authorizations.grant(function.groupIn(school.schoolId()), Resources.APPLICATION, "tasklist", ACCESS);
		}
		for (Map.Entry<String, List<String>> starter : properties.processes().starters().entrySet()) {
			for (String function : starter.getValue()) {
				authorizations.grant(FitsFunction.ofGroupId(function).groupIn(school.schoolId()), Resources.PROCESS_DEFINITION,
						starter.getKey(), READ, CREATE_INSTANCE);
			}
		}
	}
}

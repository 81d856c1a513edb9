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
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What each FITS function may do in the engine. Deliberately narrow: a function sees a task only through the
 * candidate group on that task (the engine grants it then), never through a blanket grant on tasks or instances.
 */
@Component
@Order(20)
class FunctionPermissions implements ApplicationRunner {

	private final Authorizations authorizations;
	private final FitsProperties properties;

	FunctionPermissions(Authorizations authorizations, FitsProperties properties) {
		this.authorizations = authorizations;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (FitsFunction function : FitsFunction.values()) {
			authorizations.grant(function.groupId(), Resources.APPLICATION, "tasklist", ACCESS);
			// Read the models (not their instances), so Tasklist can name a task's process and show its form.
			authorizations.grant(function.groupId(), Resources.PROCESS_DEFINITION, "*", READ);
		}
		for (Map.Entry<String, List<String>> starter : properties.processes().starters().entrySet()) {
			for (String groupId : starter.getValue()) {
				FitsFunction.ofGroupId(groupId);
				authorizations.grant(groupId, Resources.PROCESS_DEFINITION, starter.getKey(), READ, CREATE_INSTANCE);
				authorizations.grant(groupId, Resources.PROCESS_INSTANCE, "*", CREATE);
			}
		}
	}
}

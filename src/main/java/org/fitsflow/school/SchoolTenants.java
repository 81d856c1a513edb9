package org.fitsflow.school;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.fitsflow.system.forms.FormInputRefused;
import org.fitsflow.system.process.ModelContract;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Models are deployed once for every school; each process instance belongs to a school, which is its tenant. The
 * school is, in order: the {@code schoolId} variable the instance starts with, the one school of the user who
 * starts it, or the only school of a single-school install. A user may name only a school they belong to (an
 * administrator any), and the refusal says nothing about the other school; someone in several schools who names none
 * (Tasklist's start forms have no school field) is asked to name one.
 */
@Component
class SchoolTenants extends AbstractProcessEnginePlugin implements TenantIdProvider {

	static final String SCHOOL_ID_VARIABLE = ModelContract.SCHOOL_ID.name();

	private final ObjectProvider<SchoolRepository> schools;
	private ProcessEngine engine;

	SchoolTenants(ObjectProvider<SchoolRepository> schools) {
		this.schools = schools;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setTenantIdProvider(this);
	}

	@Override
	public void postProcessEngineBuild(ProcessEngine processEngine) {
		this.engine = processEngine;
	}

	@Override
	public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
		if (ctx.getSuperExecution() != null) {
			return ctx.getSuperExecution().getTenantId();
		}
		Object schoolId = ctx.getVariables() == null ? null : ctx.getVariables().get(SCHOOL_ID_VARIABLE);
		Authentication caller = engine == null ? null : engine.getIdentityService().getCurrentAuthentication();
		boolean person = caller != null && caller.getUserId() != null && !isAdministrator(caller);
		List<String> own = caller == null || caller.getTenantIds() == null ? List.of() : caller.getTenantIds();
		if (schoolId != null && !(schoolId instanceof String)) {
			throw new FormInputRefused("'" + SCHOOL_ID_VARIABLE + "' is the id of a school, such as riverside.");
		}
		if (schoolId instanceof String id && !id.isBlank()) {
			if (person && !own.contains(id)) {
				throw new AuthorizationException("You may start work only for a school you belong to, and '" + id
						+ "' is not one of yours.");
			}
			return id;
		}
		if (person && own.size() == 1) {
			return own.get(0);
		}
		if (person && own.isEmpty()) {
			throw new AuthorizationException("You do not belong to any school, so you cannot start work in one.");
		}
		if (person && own.size() > 1) {
			throw new FormInputRefused("You belong to more than one school (" + String.join(", ", own.stream().sorted()
				.toList()) + "): say which one this is for by starting it with the variable '" + SCHOOL_ID_VARIABLE
					+ "', for example through the REST API, or ask the single point of contact of that school to log it.");
		}
		List<School> all = schools.getObject().findAll();
		if (all.size() == 1) {
			return all.get(0).getId();
		}
		throw new FormInputRefused("Say which school this is for: start it with the variable '"
				+ SCHOOL_ID_VARIABLE + "' (this installation serves " + all.size() + " schools).");
	}

	private static boolean isAdministrator(Authentication caller) {
		return caller.getGroupIds() != null && caller.getGroupIds().contains(Groups.CAMUNDA_ADMIN);
	}

	@Override
	public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
		return null;
	}

	@Override
	public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
		return ctx.getExecution() != null ? ctx.getExecution().getTenantId() : null;
	}
}

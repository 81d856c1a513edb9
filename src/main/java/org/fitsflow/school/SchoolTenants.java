package org.fitsflow.school;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.fitsflow.system.process.ModelContract;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Models are deployed once for every school; each process instance belongs to a school, which is its tenant. The
 * school is, in order: the {@code schoolId} variable the instance starts with, the one school of the user who
 * starts it, or the only school of a single-school install.
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
		if (schoolId instanceof String id && !id.isBlank()) {
			return id;
		}
		Authentication caller = engine == null ? null : engine.getIdentityService().getCurrentAuthentication();
		if (caller != null && caller.getTenantIds() != null && caller.getTenantIds().size() == 1) {
			return caller.getTenantIds().get(0);
		}
		List<School> all = schools.getObject().findAll();
		if (all.size() == 1) {
			return all.get(0).getId();
		}
		throw new ProcessEngineException("Say which school this is for: start it with the variable '"
				+ SCHOOL_ID_VARIABLE + "' (this installation serves " + all.size() + " schools).");
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

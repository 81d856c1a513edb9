package org.fitsflow.system.process;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks every new deployment before the engine reads it ({@link ModelChecks}), whoever makes it: Camunda Modeler
 * through {@code /engine-rest/deployment/create}, a script, or the service's own start-up deployment. A deployment
 * that would break the school is refused as a whole, with each finding named ({@link ModelsRefused}); nothing of it
 * is stored.
 *
 * <p>An engine plugin adding a deployer that runs before the engine's own, so nothing is parsed into the engine's
 * caches for a deployment that is then refused. The engine also runs deployers when it reloads a deployment into its
 * cache; those are not new and are left alone.
 */
public class DeploymentGuard extends AbstractProcessEnginePlugin {

	private static final Logger log = LoggerFactory.getLogger(DeploymentGuard.class);
	private static final ThreadLocal<Boolean> REPOSITORY = ThreadLocal.withInitial(() -> false);

	private final Supplier<ModelRules> rules;

	public DeploymentGuard(Supplier<ModelRules> rules) {
		this.rules = rules;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<Deployer> deployers = configuration.getCustomPreDeployers() == null ? new ArrayList<>()
				: new ArrayList<>(configuration.getCustomPreDeployers());
		deployers.add(this::check);
		configuration.setCustomPreDeployers(deployers);
	}

	/** Runs the repository's own deployment: the only one that may use its name. */
	static void asRepository(Runnable deployment) {
		REPOSITORY.set(true);
		try {
			deployment.run();
		}
		finally {
			REPOSITORY.remove();
		}
	}

	private void check(DeploymentEntity deployment) {
		if (!deployment.isNew()) {
			return;
		}
		List<ModelFile> files = new ArrayList<>();
		for (ResourceEntity resource : deployment.getResources().values()) {
			ModelFiles.read(resource.getName(), resource.getBytes()).ifPresent(files::add);
		}
		List<ModelChecks.Finding> findings = new ArrayList<>();
		if (ModelDeployment.DEPLOYMENT_NAME.equals(deployment.getName()) && !REPOSITORY.get()) {
			findings.add(new ModelChecks.Finding(deployment.getName(), null, "the deployment name '"
					+ ModelDeployment.DEPLOYMENT_NAME + "' is kept for the models FITS Flow deploys from its repository; "
					+ "give the deployment another name (Camunda Modeler uses the file's name)."));
		}
		if (files.isEmpty() && findings.isEmpty()) {
			return;
		}
		// The caller may belong to some schools only; the checks must see every tenant's definitions.
		CommandContext context = Context.getCommandContext();
		boolean tenantCheck = context.isTenantCheckEnabled();
		context.disableTenantCheck();
		try {
			findings.addAll(ModelChecks.check(
					new ModelChecks.Candidate(deployment.getName(), deployment.getTenantId(), List.copyOf(files)),
					new DeployedModels(Context.getProcessEngineConfiguration().getProcessEngine()), rules.get()));
		}
		finally {
			context.setTenantCheckEnabled(tenantCheck);
		}
		if (!findings.isEmpty()) {
			ModelsRefused refused = new ModelsRefused(findings);
			log.warn("Deployment '{}' refused: {}", deployment.getName(), refused.findings());
			throw refused;
		}
	}
}

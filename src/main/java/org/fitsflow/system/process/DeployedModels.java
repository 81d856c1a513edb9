package org.fitsflow.system.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.DecisionDefinitionQuery;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.fitsflow.system.process.ModelChecks.Located;
import org.fitsflow.system.process.ModelFile.Kind;

/**
 * What the engine has deployed, shared by all schools: the newest version of each process, decision and form, and
 * the file that holds it. The engine's public API answers for processes and decisions; forms have no public query in
 * Camunda 7, so their lookups use the engine's form definition manager (the one internal piece, kept here).
 *
 * <p>One instance answers one question (a deployment check, a start-up plan, a download): it remembers what it
 * looked up. Files are immutable once deployed, so their parsed form is kept for the life of the service.
 */
final class DeployedModels implements ModelChecks.Deployed {

	private static final Map<String, Optional<ModelFile>> FILES = new ConcurrentHashMap<>();

	private final ProcessEngineConfigurationImpl configuration;
	private final RepositoryService repository;
	private final Map<String, Optional<Located>> located = new HashMap<>();
	private final Map<String, Deployment> deployments = new HashMap<>();
	private List<ModelFile.Process> latestProcesses;

	DeployedModels(ProcessEngine engine) {
		this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
		this.repository = engine.getRepositoryService();
	}

	@Override
	public Optional<Located> locate(Kind kind, String key) {
		return located.computeIfAbsent(kind + ":" + key, k -> switch (kind) {
			case PROCESS -> Optional.ofNullable(repository.createProcessDefinitionQuery().processDefinitionKey(key)
				.withoutTenantId().latestVersion().singleResult())
				.map(d -> located(kind, key, d.getVersion(), d.getDeploymentId(), d.getResourceName()));
			case DECISION -> Optional.ofNullable(repository.createDecisionDefinitionQuery().decisionDefinitionKey(key)
				.withoutTenantId().latestVersion().singleResult())
				.map(d -> located(kind, key, d.getVersion(), d.getDeploymentId(), d.getResourceName()));
			case FORM -> Optional.ofNullable(inCommand(c -> c.getCamundaFormDefinitionManager()
				.findLatestDefinitionByKeyAndTenantId(key, null)))
				.map(d -> located(kind, key, d.getVersion(), d.getDeploymentId(), d.getResourceName()));
		});
	}

	private Located located(Kind kind, String key, int version, String deploymentId, String resourceName) {
		Deployment deployment = deployments.computeIfAbsent(deploymentId,
				id -> repository.createDeploymentQuery().deploymentId(id).singleResult());
		return new Located(kind, key, version, deploymentId, resourceName, deployment.getName(), deployment.getSource(),
				deployment.getDeploymentTime());
	}

	@Override
	public Optional<ModelFile> file(Located located) {
		return FILES.computeIfAbsent(located.deploymentId() + "/" + located.resourceName(),
				k -> ModelFiles.read(located.resourceName(), bytes(located)));
	}

	byte[] bytes(Located located) {
		return bytes(located.deploymentId(), located.resourceName());
	}

	@Override
	public List<ModelFile.Process> latestProcesses() {
		if (latestProcesses == null) {
			List<ModelFile.Process> processes = new ArrayList<>();
			for (ProcessDefinition definition : repository.createProcessDefinitionQuery().withoutTenantId().latestVersion()
				.list()) {
				locate(Kind.PROCESS, definition.getKey()).flatMap(this::file)
					.flatMap(f -> ((ModelFile.Bpmn) f).processes().stream().filter(p -> p.key().equals(definition.getKey()))
						.findFirst())
					.ifPresent(processes::add);
			}
			latestProcesses = List.copyOf(processes);
		}
		return latestProcesses;
	}

	/** The newest shared version of every decision, where it lives. */
	List<Located> latestDecisions() {
		List<Located> all = new ArrayList<>();
		for (DecisionDefinition definition : repository.createDecisionDefinitionQuery().withoutTenantId().latestVersion()
			.list()) {
			locate(Kind.DECISION, definition.getKey()).ifPresent(all::add);
		}
		return all;
	}

	@Override
	public boolean hasVersion(Kind kind, String key, String versionOrTag) {
		Integer version = versionOrTag.matches("\\d+") ? Integer.valueOf(versionOrTag) : null;
		return switch (kind) {
			case PROCESS -> {
				ProcessDefinitionQuery query = repository.createProcessDefinitionQuery().processDefinitionKey(key)
					.withoutTenantId();
				yield (version != null ? query.processDefinitionVersion(version) : query.versionTag(versionOrTag)).count() > 0;
			}
			case DECISION -> {
				DecisionDefinitionQuery query = repository.createDecisionDefinitionQuery().decisionDefinitionKey(key)
					.withoutTenantId();
				yield (version != null ? query.decisionDefinitionVersion(version) : query.versionTag(versionOrTag)).count() > 0;
			}
			case FORM -> version != null && inCommand(c -> c.getCamundaFormDefinitionManager()
				.findDefinitionByKeyVersionAndTenantId(key, version, null)) != null;
		};
	}

	@Override
	public Set<String> tenantsWith(Kind kind, String key) {
		Set<String> tenants = new LinkedHashSet<>();
		switch (kind) {
			case PROCESS -> repository.createProcessDefinitionQuery().processDefinitionKey(key).list().stream()
				.map(ProcessDefinition::getTenantId).filter(t -> t != null).forEach(tenants::add);
			case DECISION -> repository.createDecisionDefinitionQuery().decisionDefinitionKey(key).list().stream()
				.map(DecisionDefinition::getTenantId).filter(t -> t != null).forEach(tenants::add);
			case FORM -> {
				for (Tenant tenant : configuration.getIdentityService().createTenantQuery().list()) {
					CamundaFormDefinitionEntity form = inCommand(c -> c.getCamundaFormDefinitionManager()
						.findLatestDefinitionByKeyAndTenantId(key, tenant.getId()));
					if (form != null) {
						tenants.add(tenant.getId());
					}
				}
			}
		}
		return tenants;
	}

	/** Deployments with this name, newest first (the repository's own deployments are named "fits-flow"). */
	List<Deployment> deploymentsNamed(String name) {
		return repository.createDeploymentQuery().deploymentName(name).withoutTenantId().orderByDeploymentTime().desc()
			.list();
	}

	List<String> resourceNames(String deploymentId) {
		return repository.getDeploymentResourceNames(deploymentId);
	}

	byte[] bytes(String deploymentId, String resourceName) {
		try (InputStream in = repository.getResourceAsStream(deploymentId, resourceName)) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Runs in the current engine command (a deployment being checked), or in a new one. */
	private <T> T inCommand(Function<CommandContext, T> work) {
		CommandContext current = Context.getCommandContext();
		if (current != null) {
			return work.apply(current);
		}
		return configuration.getCommandExecutorTxRequired().execute(work::apply);
	}
}

package org.fitsflow.system.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.fitsflow.system.process.ModelStates.FileState;
import org.fitsflow.system.process.ModelStates.RepositoryFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Deploys the repository's bpmn/, dmn/ and forms/ at start-up, under names relative to the repository
 * (bpmn/incident-management.bpmn), as a deployment named "fits-flow". Only the files that are new or changed since
 * the service last deployed them are deployed ({@link ModelStates}): a restart makes no new versions, wherever the
 * service is installed, and never undoes what a process owner deployed from Camunda Modeler since. (The starter's
 * own auto-deployment names resources by their absolute path, so a moved installation would redeploy everything.)
 *
 * <p>The files come from the classpath, or from {@code fits.models.location} (for example {@code file:/srv/models/}).
 */
public class ModelDeployment extends AbstractProcessEnginePlugin {

	public static final String DEPLOYMENT_NAME = "fits-flow";
	static final List<String> FOLDERS = List.of("bpmn", "dmn", "forms");
	static final List<String> PATTERNS = List.of("bpmn/**/*.bpmn", "dmn/**/*.dmn", "forms/**/*.form");

	private static final Logger log = LoggerFactory.getLogger(ModelDeployment.class);

	private final String location;
	private final Supplier<ModelRules> rules;

	public ModelDeployment(String location, Supplier<ModelRules> rules) {
		this.location = location.endsWith("/") || location.endsWith(":") ? location : location + "/";
		this.rules = rules;
	}

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		long started = System.nanoTime();
		List<RepositoryFile> files = repositoryFiles();
		List<FileState> states = ModelStates.of(files, new DeployedModels(engine), rules.get());
		DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
			.name(DEPLOYMENT_NAME)
			.source(DEPLOYMENT_NAME)
			// Another node starting at the same time deploys the same files: the engine keeps one of them.
			.enableDuplicateFiltering(false);
		List<String> deploying = new ArrayList<>();
		for (FileState state : states) {
			report(state);
			if (state.state().deploysRepository()) {
				RepositoryFile file = files.stream().filter(f -> f.name().equals(state.file())).findFirst().orElseThrow();
				deployment.addInputStream(file.name(), new java.io.ByteArrayInputStream(file.bytes()));
				deploying.add(file.name());
			}
		}
		if (deploying.isEmpty()) {
			log.info("Models: {} files, all live already (compared in {} ms)", files.size(), millisSince(started));
			return;
		}
		DeploymentWithDefinitions[] deployed = new DeploymentWithDefinitions[1];
		DeploymentGuard.asRepository(() -> deployed[0] = deployment.deployWithResult());
		log.info("Models: {} files, deployed {} new or changed in deployment {} (compared, checked and deployed in {} ms): {}",
				files.size(), deploying.size(), deployed[0].getId(), millisSince(started), deploying);
	}

	private static long millisSince(long nanos) {
		return (System.nanoTime() - nanos) / 1_000_000;
	}

	private static void report(FileState state) {
		switch (state.state()) {
			case PROCESS_OWNER_CHANGE -> log.info("Models: keeping the version of {} a process owner deployed ({}); the "
					+ "repository's file is unchanged. Commit the live version (GET /api/models/live) to keep it for good.",
					state.file(), state.live());
			case BOTH_CHANGED_KEPT_LIVE -> log.warn("Models: {} changed in the repository, but a process owner deployed "
					+ "another version since the service last deployed it ({}). Keeping the process owner's version: merge "
					+ "the two (GET /api/models/live) and deploy the result.", state.file(), state.live());
			case BOTH_CHANGED_REPLACED -> log.warn("Models: {} changed in the repository, and the version a process owner "
					+ "deployed ({}) does not work with this release ({}). Deploying the repository's version; the process "
					+ "owner's stays in its deployment to merge.", state.file(), state.live(), state.why());
			default -> {
			}
		}
	}

	/** The repository's model files, by repository-relative name. */
	List<RepositoryFile> repositoryFiles() {
		List<RepositoryFile> files = new ArrayList<>();
		try {
			var resolver = new PathMatchingResourcePatternResolver(getClass().getClassLoader());
			for (String pattern : PATTERNS) {
				Resource[] resources = resolver.getResources(location + pattern);
				Arrays.sort(resources, (a, b) -> a.getDescription().compareTo(b.getDescription()));
				for (Resource resource : resources) {
					try (InputStream in = resource.getInputStream()) {
						files.add(new RepositoryFile(nameOf(resource), in.readAllBytes()));
					}
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the models to deploy from " + location, e);
		}
		return files;
	}

	/** bpmn/x.bpmn for .../classes/bpmn/x.bpmn or ...jar!/BOOT-INF/classes!/bpmn/x.bpmn. */
	static String nameOf(Resource resource) throws IOException {
		String url = resource.getURL().toString();
		int at = -1;
		for (String folder : FOLDERS) {
			at = Math.max(at, url.lastIndexOf("/" + folder + "/"));
		}
		if (at < 0) {
			throw new IllegalStateException("Not in bpmn/, dmn/ or forms/: " + url);
		}
		return url.substring(at + 1);
	}
}

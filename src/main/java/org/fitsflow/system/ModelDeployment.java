package org.fitsflow.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Deploys bpmn/, dmn/ and forms/ from the classpath as one deployment named "fits-flow", under names relative to
 * the repository (bpmn/incident-management.bpmn), with duplicate filtering: a restart with unchanged files makes
 * no new versions, wherever the service is installed. (The starter's own auto-deployment names resources by their
 * absolute path, so a moved installation would redeploy everything.) Forms bound with formRefBinding="deployment"
 * are found because they are in the same deployment.
 */
public class ModelDeployment extends AbstractProcessEnginePlugin {

	public static final String DEPLOYMENT_NAME = "fits-flow";
	static final List<String> FOLDERS = List.of("bpmn", "dmn", "forms");
	static final List<String> PATTERNS = List.of("classpath*:bpmn/**/*.bpmn", "classpath*:dmn/**/*.dmn",
			"classpath*:forms/**/*.form");

	private static final Logger log = LoggerFactory.getLogger(ModelDeployment.class);

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
			.name(DEPLOYMENT_NAME)
			.source(DEPLOYMENT_NAME)
			.enableDuplicateFiltering(false);
		int count = 0;
		try {
			var resolver = new PathMatchingResourcePatternResolver(getClass().getClassLoader());
			for (String pattern : PATTERNS) {
				for (Resource resource : resolver.getResources(pattern)) {
					try (InputStream in = resource.getInputStream()) {
						deployment.addInputStream(nameOf(resource), in);
					}
					count++;
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the models to deploy", e);
		}
		var deployed = deployment.deployWithResult();
		// Definitions are listed only when the deployment is new (nothing changed means nothing new).
		var processes = deployed.getDeployedProcessDefinitions();
		log.info("Models: {} files, deployment {}; {} process definitions new", count, deployed.getId(),
				processes == null ? 0 : processes.size());
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

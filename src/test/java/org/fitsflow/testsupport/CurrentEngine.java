package org.fitsflow.testsupport;

import org.camunda.bpm.BpmPlatform;
import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Camunda's REST API and webapps find "the" engine by name ("default") in two JVM-wide registries: the engine
 * registry (REST) and the runtime container (webapps). The test run keeps several application contexts alive (H2,
 * PostgreSQL, restarts), each with an engine of that name, and whichever was built or closed last decides what the
 * registries hold. Before each test this points both at the engine of the test's own context, so HTTP calls reach
 * the database the test is looking at. (A deployed service has one engine, so this is a test-only concern.)
 */
public class CurrentEngine implements BeforeEachCallback {

	@Override
	public void beforeEach(ExtensionContext context) {
		ProcessEngine engine = SpringExtension.getApplicationContext(context).getBean(ProcessEngine.class);
		ProcessEngines.registerProcessEngine(engine);
		ProcessEngine inContainer = BpmPlatform.getProcessEngineService().getProcessEngine(engine.getName());
		if (inContainer != engine) {
			RuntimeContainerDelegate container = RuntimeContainerDelegate.INSTANCE.get();
			if (inContainer != null) {
				// Only takes it out of the registry; the other context's engine keeps running.
				container.unregisterProcessEngine(inContainer);
			}
			container.registerProcessEngine(engine);
		}
	}
}

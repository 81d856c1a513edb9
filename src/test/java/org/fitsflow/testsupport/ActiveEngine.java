package org.fitsflow.testsupport;

import org.camunda.bpm.BpmPlatform;
import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Camunda's REST API and webapps find "the" engine by name ("default") in two JVM-wide registries: the engine
 * registry (REST and its authentication filter) and the runtime container (webapps). The test run keeps several
 * application contexts alive (H2, PostgreSQL), each with an engine of that name, and the one started last holds the
 * registries. Before each Spring test method this points both at the engine of the test's own context, so HTTP calls
 * reach the database the test is looking at. A deployed service has one engine, so this is a test-only concern.
 * Registered for every Spring test in META-INF/spring.factories.
 */
public class ActiveEngine implements TestExecutionListener, Ordered {

	@Override
	public void beforeTestMethod(TestContext testContext) {
		ProcessEngine engine = testContext.getApplicationContext().getBeanProvider(ProcessEngine.class).getIfAvailable();
		if (engine == null) {
			return;
		}
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

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}
}

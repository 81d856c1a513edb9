package org.fitsflow.testsupport;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Camunda's REST API and its authentication filter find the engine by name in a JVM-wide registry, where the test
 * context started last has put its engine "default". When a test of an earlier context (H2) runs after a later one
 * (PostgreSQL) has started, its REST calls would reach the other engine; so each Spring test makes its own context's
 * engine the registered one first. Registered for every Spring test in META-INF/spring.factories.
 */
public class ActiveEngine implements TestExecutionListener, Ordered {

	@Override
	public void beforeTestMethod(TestContext testContext) {
		ProcessEngine engine = testContext.getApplicationContext().getBeanProvider(ProcessEngine.class).getIfAvailable();
		if (engine != null) {
			ProcessEngines.registerProcessEngine(engine);
		}
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}
}

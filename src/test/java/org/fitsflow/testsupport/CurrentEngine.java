package org.fitsflow.testsupport;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Camunda's REST API and webapps find "the" engine in a static, JVM-wide registry by name ("default"). The test run
 * keeps several application contexts alive (H2, PostgreSQL, restarts), each with an engine of that name, and the last
 * one built or closed decides what the registry holds. Before each test this points the registry at the engine of
 * the test's own context, so HTTP calls reach the database the test is looking at.
 */
public class CurrentEngine implements BeforeEachCallback {

	@Override
	public void beforeEach(ExtensionContext context) {
		ProcessEngine engine = SpringExtension.getApplicationContext(context).getBean(ProcessEngine.class);
		ProcessEngines.registerProcessEngine(engine);
	}
}

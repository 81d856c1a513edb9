package org.fitsflow.testsupport;

import org.camunda.bpm.engine.test.mock.Mocks;
import org.springframework.stereotype.Component;

/**
 * Puts a model's real delegates, listeners and timer beans in front of the plain engine of a model test, under the
 * bean names the model calls them by (their {@code @Component} names), so a test cannot drift from the real ones.
 */
public final class ModelDelegates {

	private ModelDelegates() {
	}

	public static void register(Object... beans) {
		for (Object bean : beans) {
			Component component = bean.getClass().getAnnotation(Component.class);
			if (component == null || component.value().isBlank()) {
				throw new IllegalArgumentException(bean.getClass() + " is not a named @Component");
			}
			Mocks.register(component.value(), bean);
		}
	}
}

package org.fitsflow.system.process;

import org.camunda.bpm.engine.variable.impl.VariableMapImpl;

/**
 * Variables for starting a process, completing a task or correlating a message, written through the typed
 * {@link ProcessVariable}s: {@code ProcessVariables.with(IMPACT, Impact.WHOLE_CLASS).and(URGENCY, ...)}.
 */
public final class ProcessVariables extends VariableMapImpl {

	private static final long serialVersionUID = 1L;

	public static <T> ProcessVariables with(ProcessVariable<T> variable, T value) {
		return new ProcessVariables().and(variable, value);
	}

	public <T> ProcessVariables and(ProcessVariable<T> variable, T value) {
		variable.set(this, value);
		return this;
	}
}

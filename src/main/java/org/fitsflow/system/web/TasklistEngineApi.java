package org.fitsflow.system.web;

import java.util.HashSet;
import java.util.Set;

import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;

/**
 * The engine API the webapps (Tasklist) call, as Camunda makes it, with the same answers as {@code /engine-rest} for
 * refused forms, conflicts and database errors ({@link EngineApiExceptions}) instead of a 500 carrying the message.
 */
public class TasklistEngineApi extends EngineRestApplication {

	@Override
	public Set<Class<?>> getClasses() {
		Set<Class<?>> classes = new HashSet<>(super.getClasses());
		classes.add(EngineApiExceptions.ForEngineExceptions.class);
		classes.add(EngineApiExceptions.ForRestExceptions.class);
		classes.add(EngineApiExceptions.ForOtherExceptions.class);
		return classes;
	}
}

package org.fitsflow.system.process;

import java.util.List;

/**
 * A rule for the timers a FITS package computes itself (the school-time timer of {@code school/}), which every
 * deployment must meet: a Spring bean that the deployment checks ask about each process's timers. So the checks in
 * {@code system/} know what a timer needs without knowing the package that counts its time.
 */
public interface TimerRule {

	/** One thing wrong with a timer (or the activity that starts it), named by its element id. */
	record Problem(String elementId, String message) {
	}

	/** What is wrong with the timers of one process; empty if nothing is (timers the rule does not govern are fine). */
	List<Problem> check(List<ModelTimer> timers);
}

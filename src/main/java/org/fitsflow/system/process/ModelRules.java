package org.fitsflow.system.process;

import java.util.Collection;
import java.util.List;

/**
 * What a deployment is checked against ({@link ModelChecks}): every model's contract, and the rules of the timers the
 * Java code computes. Both are Spring beans, looked up when a deployment is checked.
 */
public record ModelRules(Collection<ProcessContract> contracts, Collection<TimerRule> timerRules) {

	public ModelRules {
		contracts = List.copyOf(contracts);
		timerRules = List.copyOf(timerRules);
	}
}

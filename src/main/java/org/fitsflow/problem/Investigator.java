package org.fitsflow.problem;

import org.fitsflow.change.RaisedAs;
import org.fitsflow.system.process.FormValue;

/**
 * Who investigates a problem (the model's candidate group): maintenance resolves the potential problems its
 * monitoring finds, proactively (002); second-level support the problems behind incidents, reactively (003).
 */
public enum Investigator implements FormValue {
	SECOND_LEVEL_SUPPORT("second-level-support"), MAINTENANCE("maintenance");

	private final String formValue;

	Investigator(String formValue) {
		this.formValue = formValue;
	}

	@Override
	public String formValue() {
		return formValue;
	}

	/** A request for change the investigator raises is raised as their function. */
	public RaisedAs raisedAs() {
		return this == MAINTENANCE ? RaisedAs.MAINTENANCE : RaisedAs.SECOND_LEVEL_SUPPORT;
	}

	static Investigator of(Problem.Source source) {
		return source == Problem.Source.MONITORING ? MAINTENANCE : SECOND_LEVEL_SUPPORT;
	}
}

package org.fitsflow.change;

import org.fitsflow.system.process.FormValue;

/**
 * The FITS function a request for change is raised as (001, task 7, tips): second-level support to resolve a problem,
 * design for a new requirement, maintenance for a maintenance requirement, or implementation. The form value is the
 * function's id, so the model names the function that completes step 2 with it.
 */
public enum RaisedAs implements FormValue {
	SECOND_LEVEL_SUPPORT("second-level-support"), DESIGN("design"), IMPLEMENTATION("implementation"),
	MAINTENANCE("maintenance");

	private final String formValue;

	RaisedAs(String formValue) {
		this.formValue = formValue;
	}

	@Override
	public String formValue() {
		return formValue;
	}

	/** Who completes step 2: implementation for a new requirement design raised (handed over by design), else the same. */
	public RaisedAs step2By() {
		return this == DESIGN ? IMPLEMENTATION : this;
	}
}

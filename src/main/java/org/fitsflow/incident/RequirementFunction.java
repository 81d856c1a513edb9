package org.fitsflow.incident;

import org.fitsflow.system.process.FormValue;

/** The function a new requirement goes to; its form value is the function's group. */
public enum RequirementFunction implements FormValue {
	DESIGN("design"), IMPLEMENTATION("implementation");

	private final String formValue;

	RequirementFunction(String formValue) {
		this.formValue = formValue;
	}

	@Override
	public String formValue() {
		return formValue;
	}
}

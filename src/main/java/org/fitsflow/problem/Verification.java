package org.fitsflow.problem;

import org.fitsflow.system.process.FormValue;

/** Second-level support's answer on verifying the permanent fix: verified (the problem closes), or investigate again. */
public enum Verification implements FormValue {
	VERIFIED("verified"), NOT_VERIFIED("not-verified");

	private final String formValue;

	Verification(String formValue) {
		this.formValue = formValue;
	}

	@Override
	public String formValue() {
		return formValue;
	}
}

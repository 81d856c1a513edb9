package org.fitsflow.continuity;

import org.fitsflow.system.process.FormValue;

/** The ICT owner's answer when asked whether a long outage needs the contingency plan. */
public enum InvocationDecision implements FormValue {
	INVOKE("invoke"), NOT_NOW("not-now");

	private final String formValue;

	InvocationDecision(String formValue) {
		this.formValue = formValue;
	}

	@Override
	public String formValue() {
		return formValue;
	}
}

package org.fitsflow.continuity;

import org.fitsflow.system.process.FormValue;

/** The ICT owner's check after maintenance has carried out the recovery plan for a service. */
public enum Restoration implements FormValue {
	RESTORED("restored"), NOT_YET("not-yet");

	private final String formValue;

	Restoration(String formValue) {
		this.formValue = formValue;
	}

	@Override
	public String formValue() {
		return formValue;
	}
}

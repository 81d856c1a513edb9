package org.fitsflow.startup;

import org.fitsflow.system.process.FormValue;

/** Meeting 2's answer (003, implementation plan): the start date is confirmed, or the team meets again. */
public enum StartDateConfirmed implements FormValue {
	YES("yes"), NO("no");

	private final String formValue;

	StartDateConfirmed(String formValue) {
		this.formValue = formValue;
	}

	@Override
	public String formValue() {
		return formValue;
	}
}

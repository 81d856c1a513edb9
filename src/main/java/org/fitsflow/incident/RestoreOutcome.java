package org.fitsflow.incident;

import org.fitsflow.system.process.FormValue;

/** First-level support's answer on restoring service: restored, or waiting on the reporter (the fix clock pauses). */
public enum RestoreOutcome implements FormValue {
	RESTORED("restored"), WAITING_ON_REPORTER("waiting-on-reporter");

	private final String formValue;

	RestoreOutcome(String formValue) {
		this.formValue = formValue;
	}

	@Override
	public String formValue() {
		return formValue;
	}
}

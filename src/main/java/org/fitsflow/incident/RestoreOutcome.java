package org.fitsflow.incident;

import org.fitsflow.system.process.FormValue;

/**
 * First-level support's answer on restoring service: restored, waiting on the reporter (the fix clock pauses), or it
 * cannot be restored at this level (the single point of contact passes it on, 003 section 3).
 */
public enum RestoreOutcome implements FormValue {
	RESTORED("restored"), WAITING_ON_REPORTER("waiting-on-reporter"), CANNOT_RESTORE("cannot-restore");

	private final String formValue;

	RestoreOutcome(String formValue) {
		this.formValue = formValue;
	}

	@Override
	public String formValue() {
		return formValue;
	}
}

package org.fitsflow.change;

import org.fitsflow.system.process.FormValue;

/**
 * How a request for change ended, as its caller (an incident or problem) reads it in {@code changeOutcome}: the three
 * outcomes of step 3, or rejected at either approval.
 */
public enum ChangeOutcome implements FormValue {
	SUCCESSFUL("successful"), UNSUCCESSFUL("unsuccessful"), PARTIALLY_SUCCESSFUL("partially-successful"),
	REJECTED("rejected");

	private final String formValue;

	ChangeOutcome(String formValue) {
		this.formValue = formValue;
	}

	@Override
	public String formValue() {
		return formValue;
	}

	/** Whether the change was made, in whole or in part: what the incident or problem goes on with. */
	public boolean made() {
		return this == SUCCESSFUL || this == PARTIALLY_SUCCESSFUL;
	}

	/** Whether the configuration changed, so that its records must be updated (not after a fallback). */
	public boolean changedConfiguration() {
		return made();
	}
}

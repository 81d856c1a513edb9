package org.fitsflow.change;

import org.fitsflow.system.process.FormValue;

/** What follows a partially successful change (step 3): a new request for change, or a problem. */
public enum FollowUp implements FormValue {
	NEW_REQUEST("new-request"), PROBLEM("problem");

	private final String formValue;

	FollowUp(String formValue) {
		this.formValue = formValue;
	}

	@Override
	public String formValue() {
		return formValue;
	}
}

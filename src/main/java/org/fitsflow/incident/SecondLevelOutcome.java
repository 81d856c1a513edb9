package org.fitsflow.incident;

import org.fitsflow.system.process.FormValue;

/** How second-level support (or the provider, or design) leaves an incident: fixed, a change needed, or an underlying problem. */
public enum SecondLevelOutcome implements FormValue {
	FIXED("fixed"), CHANGE_NEEDED("change-needed"), UNDERLYING_PROBLEM("underlying-problem");

	private final String formValue;

	SecondLevelOutcome(String formValue) {
		this.formValue = formValue;
	}

	@Override
	public String formValue() {
		return formValue;
	}
}

package org.fitsflow.continuity;

import org.fitsflow.system.process.FormValue;

/** How likely a threat is to happen: an input of the risk-rating table, FITS Flow's own scale (the toolkit has none). */
public enum Likelihood implements FormValue {
	UNLIKELY("unlikely"), POSSIBLE("possible"), LIKELY("likely");

	private final String formValue;

	Likelihood(String formValue) {
		this.formValue = formValue;
	}

	@Override
	public String formValue() {
		return formValue;
	}
}

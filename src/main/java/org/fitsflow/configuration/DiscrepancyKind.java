package org.fitsflow.configuration;

import org.fitsflow.system.process.FormValue;

/**
 * What an asset audit found (002: "carry out audits of assets against records"): an item whose record differs from
 * what is there, an item of the register that is not there, or an asset that is there but not in the register.
 */
public enum DiscrepancyKind implements FormValue {
	RECORD_DIFFERS("differs"), NOT_FOUND("missing"), UNRECORDED("unrecorded");

	private final String formValue;

	DiscrepancyKind(String formValue) {
		this.formValue = formValue;
	}

	@Override
	public String formValue() {
		return formValue;
	}

	/** Whether it names an item the register holds (the others name an asset found without a record). */
	boolean namesRegisteredItem() {
		return this != UNRECORDED;
	}
}

package org.fitsflow.configuration;

import org.fitsflow.system.process.FormValue;

/**
 * How maintenance resolves a discrepancy the audit found: the record is corrected now (the register was wrong), or a
 * request for change is raised (what is there has to change, or the correction needs the ICT owner's approval).
 */
public enum DiscrepancyResolution implements FormValue {
	CORRECT_RECORD("correct"), RAISE_CHANGE("change");

	private final String formValue;

	DiscrepancyResolution(String formValue) {
		this.formValue = formValue;
	}

	@Override
	public String formValue() {
		return formValue;
	}
}

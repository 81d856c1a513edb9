package org.fitsflow.continuity;

import org.fitsflow.system.process.FormValue;

/** The risk-rating table's answer: how urgently a risk should be reduced, highest first. */
public enum RiskRating implements FormValue {
	HIGH("high"), MEDIUM("medium"), LOW("low");

	private final String formValue;

	RiskRating(String formValue) {
		this.formValue = formValue;
	}

	@Override
	public String formValue() {
		return formValue;
	}
}

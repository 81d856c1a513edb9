package org.fitsflow.servicelevel;

import org.fitsflow.system.process.FormValue;

/** How well ICT support has worked for an ICT user this month: the feedback form's one required answer. */
public enum FeedbackRating implements FormValue {
	VERY_WELL("very-well", "Very well"), WELL("well", "Well"), POORLY("poorly", "Poorly"),
	VERY_POORLY("very-poorly", "Very poorly");

	private final String formValue;
	private final String label;

	FeedbackRating(String formValue, String label) {
		this.formValue = formValue;
		this.label = label;
	}

	@Override
	public String formValue() {
		return formValue;
	}

	public String label() {
		return label;
	}
}

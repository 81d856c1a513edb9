package org.fitsflow.continuity;

import org.fitsflow.system.process.FormValue;

/**
 * How much harm a threat would do to the school if it happened (its impact): an input of the risk-rating table.
 * Minor: an inconvenience, work goes on; serious: some teaching or administration stops for a while; severe: the
 * school cannot work normally, or records are lost.
 */
public enum Harm implements FormValue {
	MINOR("minor"), SERIOUS("serious"), SEVERE("severe");

	private final String formValue;

	Harm(String formValue) {
		this.formValue = formValue;
	}

	@Override
	public String formValue() {
		return formValue;
	}
}

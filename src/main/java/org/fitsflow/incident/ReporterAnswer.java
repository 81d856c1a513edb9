package org.fitsflow.incident;

import org.fitsflow.system.process.FormValue;

/** What the reporter says to a resolution, from the links in the e-mail that says it is done (or through the API). */
public enum ReporterAnswer implements FormValue {
	CONFIRMED("confirmed"), REOPENED("reopened");

	private final String formValue;

	ReporterAnswer(String formValue) {
		this.formValue = formValue;
	}

	@Override
	public String formValue() {
		return formValue;
	}
}

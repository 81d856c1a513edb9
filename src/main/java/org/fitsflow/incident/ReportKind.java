package org.fitsflow.incident;

import org.fitsflow.system.process.FormValue;

/** What the reporter says they have on the start form: something not working, or something they need. */
public enum ReportKind implements FormValue {
	FAULT("fault"), REQUEST("request");

	private final String formValue;

	ReportKind(String formValue) {
		this.formValue = formValue;
	}

	@Override
	public String formValue() {
		return formValue;
	}
}

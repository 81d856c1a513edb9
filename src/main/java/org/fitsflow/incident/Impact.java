package org.fitsflow.incident;

import org.fitsflow.system.process.FormValue;

/** How many people an incident affects (FITS 003: who is affected); an input of the incident-priority table. */
public enum Impact implements FormValue {
	ONE_USER("one-user"), SEVERAL_USERS("several-users"), WHOLE_CLASS("whole-class"), WHOLE_SCHOOL("whole-school");

	private final String formValue;

	Impact(String formValue) {
		this.formValue = formValue;
	}

	@Override
	public String formValue() {
		return formValue;
	}
}

package org.fitsflow.change;

import org.fitsflow.system.process.FormValue;

/** What came of discussing the plans with ICT users: agreed, or the change is to be rescheduled. */
public enum UsersAgreement implements FormValue {
	AGREED("agreed"), RESCHEDULE("reschedule");

	private final String formValue;

	UsersAgreement(String formValue) {
		this.formValue = formValue;
	}

	@Override
	public String formValue() {
		return formValue;
	}
}

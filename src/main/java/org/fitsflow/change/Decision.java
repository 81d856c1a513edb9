package org.fitsflow.change;

import org.fitsflow.system.process.FormValue;

/** The ICT owner's answer on an approval, in Tasklist or through an e-mailed link. */
public enum Decision implements FormValue {
	APPROVE("approve"), REJECT("reject");

	private final String formValue;

	Decision(String formValue) {
		this.formValue = formValue;
	}

	@Override
	public String formValue() {
		return formValue;
	}
}

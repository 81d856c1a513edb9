package org.fitsflow.continuity;

import org.fitsflow.system.process.FormValue;

/** Who a contact of the contingency plan is: a key member of staff, or a supplier. */
public enum ContactKind implements FormValue {
	KEY_STAFF("key-staff"), SUPPLIER("supplier");

	private final String formValue;

	ContactKind(String formValue) {
		this.formValue = formValue;
	}

	@Override
	public String formValue() {
		return formValue;
	}
}

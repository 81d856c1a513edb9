package org.fitsflow.incident;

import org.fitsflow.system.process.FormValue;

/**
 * The single point of contact's category: a fault, a request, or a new requirement (which goes
 * to design or implementation, not first-level support).
 */
public enum IncidentCategory implements FormValue {
	FAULT("fault"), REQUEST("request"), NEW_REQUIREMENT("new-requirement");

	private final String formValue;

	IncidentCategory(String formValue) {
		this.formValue = formValue;
	}

	@Override
	public String formValue() {
		return formValue;
	}
}

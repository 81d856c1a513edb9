package org.fitsflow.incident;

import org.fitsflow.system.process.FormValue;

/** Whether teaching or administration can go on; an input of the incident-priority table. */
public enum Urgency implements FormValue {
	WORK_CONTINUES("work-continues"), WORK_IMPAIRED("work-impaired"), WORK_STOPPED("work-stopped");

	private final String formValue;

	Urgency(String formValue) {
		this.formValue = formValue;
	}

	@Override
	public String formValue() {
		return formValue;
	}
}

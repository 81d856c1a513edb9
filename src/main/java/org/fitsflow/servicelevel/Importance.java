package org.fitsflow.servicelevel;

import org.fitsflow.system.process.FormValue;

/** How important a service is to the school; one input of the incident priority table, which names it in lower case. */
public enum Importance implements FormValue {
	HIGH, MEDIUM, LOW;

	/** The value the DMN tables use. */
	@Override
	public String formValue() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}

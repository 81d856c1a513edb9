package org.fitsflow.servicelevel;

/** How important a service is to the school; one input of the incident priority table. */
public enum Importance {
	HIGH, MEDIUM, LOW;

	/** The value the DMN tables use. */
	public String dmnValue() {
		return name().toLowerCase();
	}
}

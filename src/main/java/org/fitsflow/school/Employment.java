package org.fitsflow.school;

/** Whether a person is on the school's staff or works for a service provider (003). */
public enum Employment {
	SCHOOL_STAFF, SERVICE_PROVIDER
}

package org.fitsflow.servicelevel;

/** Who gives second-level support for a service (001, task 1, "Supported by"). */
public enum SupportedBy {
	/** A person of the school (or working for it), by user id. */
	PERSON,
	/** A service provider, reached through its service desk's e-mail. */
	SERVICE_PROVIDER
}

package org.fitsflow.mail;

/**
 * The name of the school an e-mail is from, for its footer. The school directory provides it, so that mail (the
 * outbox, below every FITS process) knows nothing of schools, people or functions.
 */
@FunctionalInterface
public interface SchoolNames {

	/** The school's name; an unknown school is refused. */
	String nameOf(String schoolId);
}

package org.fitsflow.school;

import java.util.List;

/** What other parts of FITS Flow learn from the school directory, as Spring events within the same transaction. */
public final class SchoolEvents {

	private SchoolEvents() {
	}

	/** A school was added (or found at start-up): its function groups exist and may be given permissions. */
	public record SchoolReady(String schoolId, String name) {
	}

	/**
	 * The ICT owner function passed from the former holders to a new one: whatever was waiting on the former
	 * owners' decision (approval links, for instance) now waits on the new owner's.
	 */
	public record IctOwnerHandedOver(String schoolId, List<String> formerOwners, String newOwner) {
	}

	/**
	 * Someone became an ICT user of a school (a new member of staff, or the function given later): the support
	 * procedure's master copy goes to them (001, start-up task 2).
	 */
	public record NewIctUser(String schoolId, String userId, String email) {
	}
}

package org.fitsflow.school;

import org.fitsflow.system.CurrentUser;
import org.fitsflow.system.ForbiddenException;
import org.springframework.stereotype.Component;

/** Who may read and change a school's records through the API: one place for the rules every controller shares. */
@Component
public class SchoolAccess {

	private final SchoolDirectory directory;
	private final CurrentUser currentUser;

	SchoolAccess(SchoolDirectory directory, CurrentUser currentUser) {
		this.directory = directory;
		this.currentUser = currentUser;
	}

	/** Anyone in the school, and administrators, may read its records. */
	public void checkMember(String schoolId) {
		if (!currentUser.isAdministrator() && !currentUser.isMemberOf(schoolId)) {
			throw new ForbiddenException("You are not a member of school '" + schoolId + "'.");
		}
	}

	/** Whether the caller holds the function in the school now. */
	public boolean holds(String schoolId, FitsFunction function) {
		return directory.holders(schoolId, function).stream().anyMatch(p -> p.getUserId().equals(currentUser.userId()));
	}

	/** The ICT owner decides for the school (003); administrators may too. {@code what}: "change its service catalogue". */
	public void checkIctOwnerOrAdministrator(String schoolId, String what) {
		if (!currentUser.isAdministrator() && !holds(schoolId, FitsFunction.ICT_OWNER)) {
			throw new ForbiddenException("Only the ICT owner of school '" + schoolId + "' or an administrator may " + what + ".");
		}
	}

	/** The function's holder in the school, or an administrator. {@code what}: "change its configuration register". */
	public void checkHoldsOrAdministrator(String schoolId, FitsFunction function, String what) {
		if (!currentUser.isAdministrator() && !holds(schoolId, function)) {
			throw new ForbiddenException("Only the " + function.title() + " of school '" + schoolId
					+ "' or an administrator may " + what + ".");
		}
	}

	/** Only the holder of the function may do this, administrators included. {@code what}: "keep its expenditure record". */
	public void checkHolds(String schoolId, FitsFunction function, String what) {
		if (!holds(schoolId, function)) {
			throw new ForbiddenException("Only the " + function.title() + " of school '" + schoolId + "' may " + what + ".");
		}
	}
}

package org.fitsflow.incident;

import java.util.Set;

import org.fitsflow.school.FitsFunction;
import org.fitsflow.school.SchoolAccess;
import org.fitsflow.system.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Who reads which of a school's incidents, for the API and the Reports pages alike: the support functions, the ICT
 * owner and administrators see all of them (the service report is built from them); any other member only the ones
 * they reported.
 */
@Component
class IncidentReaders {

	private static final Set<FitsFunction> SEE_ALL = Set.of(FitsFunction.ICT_OWNER, FitsFunction.SINGLE_POINT_OF_CONTACT,
			FitsFunction.FIRST_LEVEL_SUPPORT, FitsFunction.SECOND_LEVEL_SUPPORT, FitsFunction.MAINTENANCE);

	private final CurrentUser currentUser;
	private final SchoolAccess access;

	IncidentReaders(CurrentUser currentUser, SchoolAccess access) {
		this.currentUser = currentUser;
		this.access = access;
	}

	/** Whether the caller sees all of the school's incidents (a member is checked first, by the caller). */
	boolean seesAll(String schoolId) {
		return currentUser.isAdministrator() || SEE_ALL.stream().anyMatch(f -> access.holds(schoolId, f));
	}
}

package org.fitsflow.school;

import java.util.List;

/** The guidance's rules on who may hold which function (003, "Working with service providers"). */
final class FunctionRules {

	private FunctionRules() {
	}

	/** Checks that the person, as they are now, may hold the function. */
	static void checkMayHold(Person person, FitsFunction function) {
		if (function == FitsFunction.ICT_OWNER) {
			if (!person.isSchoolStaff()) {
				throw new FunctionRuleException("ict-owner-is-school-staff", person.getName()
						+ " works for a service provider; the ICT owner must be a member of the school staff, so that"
						+ " accountability stays in the school (FITS guidance, section 5).");
			}
			if (!person.isLeadershipTeam()) {
				throw new FunctionRuleException("ict-owner-is-on-leadership-team", person.getName()
						+ " is not on the leadership team; the ICT owner must be, to represent the school's interests at"
						+ " every level (FITS guidance, section 5).");
			}
		}
		else if (function.schoolStaffOnly() && !person.isSchoolStaff()) {
			throw new FunctionRuleException(function.groupId() + "-is-school-staff", person.getName()
					+ " works for a service provider; " + function.title() + " must be school staff"
					+ (function == FitsFunction.ICT_USERS ? "."
							: ", available for the whole of every school day (FITS guidance, section 5)."));
		}
	}

	/** Checks every function the person holds, after a change to their details. */
	static void checkMayHoldAll(Person person) {
		person.getFunctions().forEach(f -> checkMayHold(person, f));
	}

	/** There is exactly one ICT owner: a second one is refused; the post is handed over instead. */
	static void checkNoOtherIctOwner(Person candidate, List<Person> currentOwners) {
		currentOwners.stream()
			.filter(owner -> !owner.getId().equals(candidate.getId()))
			.findFirst()
			.ifPresent(owner -> {
				throw new FunctionRuleException("one-ict-owner", "The school already has an ICT owner, "
						+ owner.getName() + " (" + owner.getUserId() + "); a school has exactly one. Hand the function"
						+ " over instead (PUT /api/schools/{school}/ict-owner).");
			});
	}

	static void checkIctOwnerNotRemoved(FitsFunction function) {
		if (function == FitsFunction.ICT_OWNER) {
			throw new FunctionRuleException("one-ict-owner", "A school has exactly one ICT owner; hand the function"
					+ " over to someone else (PUT /api/schools/{school}/ict-owner) rather than removing it.");
		}
	}
}

package org.fitsflow.school;

import java.util.Arrays;

import org.fitsflow.system.SchoolGroups;

/**
 * The functions of Primary FITS (guidance 003) plus ICT users. A model names the function by its id
 * ({@code candidateGroups="ict-owner"}); each school has a Camunda group for it ({@link #groupIn}), so a task goes to
 * whoever holds the function in the task's school now.
 */
public enum FitsFunction {
	ICT_OWNER("ict-owner", "ICT owner", true),
	SINGLE_POINT_OF_CONTACT("single-point-of-contact", "Single point of contact", true),
	FIRST_LEVEL_SUPPORT("first-level-support", "First-level support", true),
	SECOND_LEVEL_SUPPORT("second-level-support", "Second-level support", false),
	DESIGN("design", "Design", false),
	PROVISION("provision", "Provision", false),
	IMPLEMENTATION("implementation", "Implementation", false),
	MAINTENANCE("maintenance", "Maintenance", false),
	ICT_USERS("ict-users", "ICT users", true);

	private final String groupId;
	private final String title;
	private final boolean schoolStaffOnly;

	FitsFunction(String groupId, String title, boolean schoolStaffOnly) {
		this.groupId = groupId;
		this.title = title;
		this.schoolStaffOnly = schoolStaffOnly;
	}

	/** The function's name in the models (candidateGroups), the API and the records: ict-owner. */
	public String groupId() {
		return groupId;
	}

	/** The Camunda group of this function in one school: riverside.ict-owner. */
	public String groupIn(String schoolId) {
		return SchoolGroups.of(schoolId, groupId);
	}

	public String title() {
		return title;
	}

	/** The guidance requires school staff for this function (003, "Working with service providers"). */
	public boolean schoolStaffOnly() {
		return schoolStaffOnly;
	}

	public static FitsFunction ofGroupId(String groupId) {
		return Arrays.stream(values())
			.filter(f -> f.groupId.equals(groupId))
			.findFirst()
			.orElseThrow(() -> new UnknownFunctionException(groupId));
	}

	public static class UnknownFunctionException extends IllegalArgumentException {
		UnknownFunctionException(String groupId) {
			super("'" + groupId + "' is not a FITS function; use one of "
					+ String.join(", ", Arrays.stream(values()).map(FitsFunction::groupId).toList()));
		}
	}
}

package org.fitsflow.system;

import java.util.Optional;

/**
 * A FITS function is held per school, so each school has its own Camunda group per function, named
 * {@code <school>.<function>}: {@code riverside.single-point-of-contact}. The models name only the function
 * ({@code camunda:candidateGroups="single-point-of-contact"}); {@link SchoolScopedFunctions} turns it into the group of
 * the task's school. School ids and function names never contain a dot, so the name splits without ambiguity.
 */
public final class SchoolGroups {

	static final String SEPARATOR = ".";

	private SchoolGroups() {
	}

	/** The group of a function in a school: riverside.ict-owner. */
	public static String of(String schoolId, String function) {
		return schoolId + SEPARATOR + function;
	}

	/** The function a school's group stands for (ict-owner for riverside.ict-owner), if it is such a group. */
	public static Optional<String> functionOf(String groupId) {
		int dot = groupId == null ? -1 : groupId.indexOf(SEPARATOR);
		return dot <= 0 ? Optional.empty() : Optional.of(groupId.substring(dot + 1));
	}

	/** The school of a school's group (riverside for riverside.ict-owner), if it is such a group. */
	public static Optional<String> schoolOf(String groupId) {
		int dot = groupId == null ? -1 : groupId.indexOf(SEPARATOR);
		return dot <= 0 ? Optional.empty() : Optional.of(groupId.substring(0, dot));
	}
}

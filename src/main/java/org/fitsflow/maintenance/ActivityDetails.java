package org.fitsflow.maintenance;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * An activity of the preventative maintenance schedule as maintenance records it: what is done (and how), the
 * catalogue services (by name) and register items (by asset reference) it touches, its recurrence (an ISO 8601
 * period such as P1M) from its first date, whether it takes those services down and in which window of the day, and
 * with whom and when that was agreed. Checked by {@link MaintenanceSchedule}.
 */
public record ActivityDetails(
		String what,
		String instructions,
		List<String> services,
		List<String> items,
		String recurrence,
		LocalDate firstDue,
		Boolean takesServiceDown,
		LocalTime downtimeFrom,
		LocalTime downtimeTo,
		String agreedWith,
		LocalDate agreedOn) {

	public ActivityDetails {
		what = trimmed(what);
		instructions = trimmed(instructions);
		recurrence = trimmed(recurrence);
		agreedWith = trimmed(agreedWith);
		services = services == null ? List.of() : services.stream().map(ActivityDetails::trimmed).filter(Objects::nonNull).toList();
		items = items == null ? List.of() : items.stream().map(ActivityDetails::trimmed).filter(Objects::nonNull).toList();
	}

	private static String trimmed(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}

package org.fitsflow.maintenance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** An activity of the schedule as the API shows it: its details, when it is next due, and its past occurrences. */
public record ScheduledActivity(String reference, String what, String instructions, List<String> services,
		List<String> items, String recurrence, LocalDate firstDue, boolean takesServiceDown, LocalTime downtimeFrom,
		LocalTime downtimeTo, String agreedWith, LocalDate agreedOn, String recordedBy, Instant recordedAt,
		LocalDate retiredOn, LocalDate nextDue, List<Occurrence> occurrences) {

	/** One occurrence: its date, where it stands, the request for change it went through, and maintenance's notes. */
	public record Occurrence(LocalDate dueOn, MaintenanceOccurrence.Status status, String changeReference, String notes,
			String doneBy, Instant doneAt) {
	}
}

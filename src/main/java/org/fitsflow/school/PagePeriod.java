package org.fitsflow.school;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * A list page's period filter: from one day to another, both included, in the school's time zone. A date that cannot
 * be read, or an end before the start, is reported beside its field ({@code errors}: field name to message).
 */
public record PagePeriod(LocalDate from, LocalDate to) {

	/** Reads the page's "from" and "to" fields (either may be empty: open on that side). */
	public static PagePeriod read(String from, String to, Map<String, String> errors) {
		LocalDate start = date("from", from, errors);
		LocalDate end = date("to", to, errors);
		if (start != null && end != null && end.isBefore(start)) {
			errors.put("to", "The end of the period is before its start.");
			end = null;
		}
		return new PagePeriod(start, end);
	}

	/** Whether the moment falls in the period (a moment that is not yet known never does, unless the period is open). */
	public boolean contains(Instant at, ZoneId zone) {
		if (from == null && to == null) {
			return true;
		}
		if (at == null) {
			return false;
		}
		LocalDate day = at.atZone(zone).toLocalDate();
		return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
	}

	private static LocalDate date(String field, String value, Map<String, String> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			errors.put(field, "A date such as 2026-11-23, not '" + value + "'.");
			return null;
		}
	}
}

package org.fitsflow.continuity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.springframework.stereotype.Component;

/**
 * The real time of a step of an invocation, as someone typed it (a form's date and time, perhaps without a zone, or
 * an ISO instant from the API), in the school's time zone. Steps are often recorded afterwards, once e-mail and the
 * network are back, so the time is checked: not in the future, and not before the invocation began.
 */
@Component
class StepTimes {

	/** A clock a minute fast on a phone should not refuse "now". */
	private static final Duration SKEW = Duration.ofMinutes(2);

	private final Clock clock;

	StepTimes(Clock clock) {
		this.clock = clock;
	}

	/** The time given, or now if none was; refused naming {@code field} if it is not a time or out of range. */
	Instant when(String field, String text, Instant notBefore) {
		Instant now = clock.instant();
		if (text == null || text.isBlank()) {
			return now;
		}
		Instant when = parse(field, text.trim());
		if (when.isAfter(now.plus(SKEW))) {
			throw new IllegalArgumentException(field + ": " + shown(when) + " is in the future; give the time it happened.");
		}
		if (notBefore != null && when.isBefore(notBefore)) {
			throw new IllegalArgumentException(field + ": " + shown(when) + " is before the invocation began ("
					+ shown(notBefore) + ").");
		}
		return when;
	}

	/** A moment given with or without its zone; without one it is the school's time. */
	Instant parse(String field, String text) {
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException notOffset) {
			try {
				return LocalDateTime.parse(text).atZone(clock.getZone()).toInstant();
			}
			catch (DateTimeParseException notLocal) {
				try {
					return LocalDate.parse(text).atStartOfDay(clock.getZone()).toInstant();
				}
				catch (DateTimeParseException notDate) {
					throw new IllegalArgumentException(field + ": '" + text
							+ "' is not a date and time; write it as 2026-11-30T10:15.");
				}
			}
		}
	}

	/** A moment as staff read it, in the school's time zone. */
	String shown(Instant when) {
		return DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm").withZone(clock.getZone()).format(when);
	}
}

package org.fitsflow.school;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Dates as the school lives them, in its time zone ({@code fits.school-time.zone}): today, and the moment a day
 * starts, which is when something due "on" that day falls due (a review, a meeting, an action).
 */
@Component
public class SchoolDates {

	private final ZoneId zone;
	private final Clock clock;

	@Autowired
	SchoolDates(SchoolTimeProperties schoolTime, Clock clock) {
		this(schoolTime.zone(), clock);
	}

	public SchoolDates(ZoneId zone, Clock clock) {
		this.zone = zone;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), zone);
	}

	/** The start of the day in the school's time zone. */
	public Instant startOf(LocalDate date) {
		return date.atStartOfDay(zone).toInstant();
	}
}

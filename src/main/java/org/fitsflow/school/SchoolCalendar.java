package org.fitsflow.school;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

import org.springframework.stereotype.Component;

/**
 * Counts school time: only the hours of the school day on school days that are not holidays. A fault reported late
 * on Friday with a four-hour fix time is due on Monday, not on Saturday (001: response and fix times are agreed for
 * the school's working time).
 */
@Component
public class SchoolCalendar {

	private final SchoolTimeProperties settings;

	public SchoolCalendar(SchoolTimeProperties settings) {
		if (!settings.dayEnds().isAfter(settings.dayStarts())) {
			throw new IllegalArgumentException("fits.school-time: the school day must end after it starts.");
		}
		if (settings.schoolDays().isEmpty()) {
			throw new IllegalArgumentException("fits.school-time.school-days: name at least one school day.");
		}
		this.settings = settings;
	}

	/** The moment when {@code schoolTime} of school time has passed after {@code start}. */
	public Instant plus(Instant start, Duration schoolTime) {
		if (schoolTime.isNegative()) {
			throw new IllegalArgumentException("A target cannot be a negative time: " + schoolTime);
		}
		ZonedDateTime at = start.atZone(settings.zone());
		Duration left = schoolTime;
		for (int day = 0; day < 3660; day++) {
			LocalDate date = at.toLocalDate();
			if (isSchoolDay(date)) {
				ZonedDateTime opens = date.atTime(settings.dayStarts()).atZone(settings.zone());
				ZonedDateTime closes = date.atTime(settings.dayEnds()).atZone(settings.zone());
				ZonedDateTime from = at.isBefore(opens) ? opens : at;
				if (from.isBefore(closes)) {
					Duration available = Duration.between(from, closes);
					if (left.compareTo(available) <= 0) {
						return from.plus(left).toInstant();
					}
					left = left.minus(available);
				}
			}
			at = date.plusDays(1).atStartOfDay(settings.zone());
		}
		throw new IllegalStateException("No school time within ten years of " + start + ": check fits.school-time.");
	}

	/** How much school time lies between two moments (zero if {@code to} is not after {@code from}). */
	public Duration between(Instant from, Instant to) {
		Duration total = Duration.ZERO;
		if (!to.isAfter(from)) {
			return total;
		}
		LocalDate date = from.atZone(settings.zone()).toLocalDate();
		LocalDate last = to.atZone(settings.zone()).toLocalDate();
		for (; !date.isAfter(last); date = date.plusDays(1)) {
			if (!isSchoolDay(date)) {
				continue;
			}
			Instant opens = LocalDateTime.of(date, settings.dayStarts()).atZone(settings.zone()).toInstant();
			Instant closes = LocalDateTime.of(date, settings.dayEnds()).atZone(settings.zone()).toInstant();
			Instant start = from.isAfter(opens) ? from : opens;
			Instant end = to.isBefore(closes) ? to : closes;
			if (end.isAfter(start)) {
				total = total.plus(Duration.between(start, end));
			}
		}
		return total;
	}

	public boolean isSchoolDay(LocalDate date) {
		return settings.schoolDays().contains(date.getDayOfWeek()) && !settings.isHoliday(date);
	}
}

package org.fitsflow.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

/** School time: 08:30 to 16:30, Monday to Friday, in London, with a holiday week. */
class SchoolCalendarTest {

	private final SchoolCalendar calendar = new SchoolCalendar(new SchoolTimeProperties(ZoneId.of("Europe/London"),
			LocalTime.of(8, 30), LocalTime.of(16, 30),
			List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
			List.of("2026-12-21..2027-01-01", "2026-12-04")));

	@Test
	void faultLateOnFriday_isDueOnMonday_notOnSaturday() {
		// Friday 27 November 2026, 16:00 (GMT): half an hour of the school day is left
		Instant due = calendar.plus(Instant.parse("2026-11-27T16:00:00Z"), Duration.ofHours(2));
		assertThat(due).isEqualTo(Instant.parse("2026-11-30T10:00:00Z"));
	}

	@Test
	void reportedBeforeSchool_countsFromTheStartOfTheDay() {
		assertThat(calendar.plus(Instant.parse("2026-11-23T07:00:00Z"), Duration.ofMinutes(30)))
			.isEqualTo(Instant.parse("2026-11-23T09:00:00Z"));
	}

	@Test
	void holidaysAreSkipped() {
		// Thursday 3 December 16:00, Friday 4 December is a holiday: due Monday 7 December
		assertThat(calendar.plus(Instant.parse("2026-12-03T16:00:00Z"), Duration.ofHours(1)))
			.isEqualTo(Instant.parse("2026-12-07T09:00:00Z"));
		// Friday 18 December 16:30, the Christmas holiday: the next school day is Monday 4 January
		assertThat(calendar.plus(Instant.parse("2026-12-18T16:30:00Z"), Duration.ofHours(1)))
			.isEqualTo(Instant.parse("2027-01-04T09:30:00Z"));
	}

	@Test
	void summerTime_keepsTheSchoolDayInLocalTime() {
		// Monday 1 June 2026: 08:30 in London is 07:30 UTC
		assertThat(calendar.plus(Instant.parse("2026-06-01T06:00:00Z"), Duration.ofHours(1)))
			.isEqualTo(Instant.parse("2026-06-01T08:30:00Z"));
	}

	@Test
	void between_countsOnlySchoolTime() {
		assertThat(calendar.between(Instant.parse("2026-11-27T15:30:00Z"), Instant.parse("2026-11-30T09:30:00Z")))
			.isEqualTo(Duration.ofHours(2));
		assertThat(calendar.between(Instant.parse("2026-11-28T10:00:00Z"), Instant.parse("2026-11-29T10:00:00Z")))
			.isZero();
		assertThat(calendar.between(Instant.parse("2026-11-30T10:00:00Z"), Instant.parse("2026-11-30T09:00:00Z")))
			.isZero();
	}

	@Test
	void aSchoolDayThatEndsBeforeItStarts_isRefused() {
		assertThatThrownBy(() -> new SchoolCalendar(new SchoolTimeProperties(ZoneId.of("UTC"), LocalTime.of(16, 0),
				LocalTime.of(8, 0), List.of(DayOfWeek.MONDAY), List.of())))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must end after it starts");
	}
}

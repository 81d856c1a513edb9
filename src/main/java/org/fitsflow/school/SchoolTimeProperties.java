package org.fitsflow.school;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The school day and week that response and fix targets count in ({@code fits.school-time.*}). Holidays are single
 * dates or ranges written {@code 2026-12-21..2027-01-01}.
 */
@ConfigurationProperties("fits.school-time")
public record SchoolTimeProperties(
		@DefaultValue("Europe/London") ZoneId zone,
		@DefaultValue("08:30") LocalTime dayStarts,
		@DefaultValue("16:30") LocalTime dayEnds,
		@DefaultValue({ "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY" }) List<DayOfWeek> schoolDays,
		@DefaultValue List<String> holidays) {

	/** Whether the date is one of the holidays. */
	boolean isHoliday(LocalDate date) {
		for (String holiday : holidays) {
			String[] range = holiday.trim().split("\\.\\.");
			LocalDate from = LocalDate.parse(range[0].trim());
			LocalDate to = range.length > 1 ? LocalDate.parse(range[1].trim()) : from;
			if (!date.isBefore(from) && !date.isAfter(to)) {
				return true;
			}
		}
		return false;
	}
}

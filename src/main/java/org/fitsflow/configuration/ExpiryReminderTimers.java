package org.fitsflow.configuration;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.fitsflow.school.SchoolDates;
import org.springframework.stereotype.Component;

/** The expiry reminder's timer: the notice before the date. Used as {@code ${expiryReminderTimers.remindAt(execution)}}. */
@Component("expiryReminderTimers")
public class ExpiryReminderTimers {

	private final SchoolDates dates;
	private final RegisterProperties properties;

	ExpiryReminderTimers(SchoolDates dates, RegisterProperties properties) {
		this.dates = dates;
		this.properties = properties;
	}

	/** The start of the school day {@code fits.configuration.expiry-notice} before the date (at once if that has gone). */
	public Date remindAt(DelegateExecution execution) {
		LocalDate expiresOn = LocalDate.parse(ExpiryReminderProcess.EXPIRES_ON.required(execution));
		return Date.from(dates.startOf(expiresOn.minus(properties.expiryNotice())));
	}
}

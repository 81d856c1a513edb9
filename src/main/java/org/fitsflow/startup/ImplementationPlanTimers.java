package org.fitsflow.startup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.fitsflow.school.SchoolCalendar;
import org.springframework.stereotype.Component;

/**
 * The implementation plan's due dates that are not a date its forms give as they are. Used as
 * {@code ${implementationPlanTimers.confirmStartDue(execution)}}.
 */
@Component("implementationPlanTimers")
public class ImplementationPlanTimers {

	private final SchoolCalendar calendar;
	private final Clock clock;

	ImplementationPlanTimers(SchoolCalendar calendar, Clock clock) {
		this.calendar = calendar;
		this.clock = clock;
	}

	/**
	 * "Confirm start date to participants and users the day before" (003, implementation plan checklist): the school
	 * day before the start date, so a Monday start is confirmed on the Friday, when people are in school to hear it.
	 */
	public Date confirmStartDue(DelegateExecution execution) {
		String start = ImplementationPlanProcess.START_DATE.get(execution);
		if (start == null || start.isBlank()) {
			throw new IllegalStateException("The implementation plan has no start date (variable "
					+ ImplementationPlanProcess.START_DATE + ").");
		}
		LocalDate day = LocalDate.parse(start.substring(0, 10)).minusDays(1);
		for (int i = 0; i < 30 && !calendar.isSchoolDay(day); i++) {
			day = day.minusDays(1);
		}
		return Date.from(day.atStartOfDay(clock.getZone()).toInstant());
	}
}

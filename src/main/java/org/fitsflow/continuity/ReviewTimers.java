package org.fitsflow.continuity;

import java.time.LocalDate;
import java.time.Period;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.fitsflow.school.SchoolDates;
import org.fitsflow.system.process.ProcessVariable;

/**
 * The timers of a yearly continuity review, counted from the school's date for it (the schedule's
 * {@code reviewDue}), at the start of the day in the school's time zone: the reminder, the tasks' due date, overdue.
 */
abstract class ReviewTimers {

	private final ProcessVariable<String> reviewDue;
	private final Period remindBefore;
	private final SchoolDates dates;

	ReviewTimers(ProcessVariable<String> reviewDue, Period remindBefore, SchoolDates dates) {
		this.reviewDue = reviewDue;
		this.remindBefore = remindBefore;
		this.dates = dates;
	}

	/** The holders of open tasks are reminded this long before the school's date. */
	public Date reminderDue(DelegateExecution execution) {
		return startOf(due(execution).minus(remindBefore));
	}

	/** The school's date: the tasks' due date. */
	public Date dueDay(DelegateExecution execution) {
		return startOf(due(execution));
	}

	/** The day after the school's date: not finished by then, it is overdue. */
	public Date overdue(DelegateExecution execution) {
		return startOf(due(execution).plusDays(1));
	}

	private LocalDate due(DelegateExecution execution) {
		return LocalDate.parse(reviewDue.required(execution));
	}

	private Date startOf(LocalDate day) {
		return Date.from(dates.startOf(day));
	}
}

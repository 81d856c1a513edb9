package org.fitsflow.servicelevel;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.fitsflow.school.SchoolDates;
import org.springframework.stereotype.Component;

/** The review-action timer and due date: by when the action is to be done. Used as {@code ${reviewActionTimers.overdue(execution)}}. */
@Component("reviewActionTimers")
public class ReviewActionTimers {

	private final SchoolDates dates;

	ReviewActionTimers(SchoolDates dates) {
		this.dates = dates;
	}

	/** The action's date: the task's due date. */
	public Date due(DelegateExecution execution) {
		return Date.from(dates.startOf(dueOn(execution)));
	}

	/** The day after its date: an action not done by then is overdue. */
	public Date overdue(DelegateExecution execution) {
		return Date.from(dates.startOf(dueOn(execution).plusDays(1)));
	}

	private static LocalDate dueOn(DelegateExecution execution) {
		return LocalDate.parse(ReviewActionProcess.ACTION_DUE.required(execution));
	}
}

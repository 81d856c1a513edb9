package org.fitsflow.servicelevel;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.fitsflow.school.SchoolDates;
import org.springframework.stereotype.Component;

/**
 * The catalogue-review timers, counted from the school's date for the review (the schedule's {@code reviewDue}) with
 * {@code fits.service-level.catalogue-review.remind-before}. Used as {@code ${catalogueReviewTimers.reminderDue(execution)}}.
 */
@Component("catalogueReviewTimers")
public class CatalogueReviewTimers {

	private final ServiceLevelProperties properties;
	private final SchoolDates dates;

	CatalogueReviewTimers(ServiceLevelProperties properties, SchoolDates dates) {
		this.properties = properties;
		this.dates = dates;
	}

	/** The holders are reminded this long before the school's date. */
	public Date reminderDue(DelegateExecution execution) {
		return Date.from(dates.startOf(due(execution).minus(properties.catalogueReview().remindBefore())));
	}

	/** The school's date: the catalogue is to be agreed by then (the tasks' due date). */
	public Date dueDay(DelegateExecution execution) {
		return Date.from(dates.startOf(due(execution)));
	}

	/** The day after the school's date: a review not agreed by then is overdue. */
	public Date overdue(DelegateExecution execution) {
		return Date.from(dates.startOf(due(execution).plusDays(1)));
	}

	private static LocalDate due(DelegateExecution execution) {
		return LocalDate.parse(CatalogueReviewProcess.REVIEW_DUE.required(execution));
	}
}

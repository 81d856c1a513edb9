package org.fitsflow.servicelevel;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.fitsflow.school.SchoolDates;
import org.springframework.stereotype.Component;

/**
 * The service-review timers and due dates, counted from the meeting's date (the schedule's {@code reviewDue}) with
 * the lead times of {@code fits.service-level.service-review}. Used as {@code ${serviceReviewTimers.reportDue(execution)}}.
 */
@Component("serviceReviewTimers")
public class ServiceReviewTimers {

	private final ServiceLevelProperties properties;
	private final SchoolDates dates;

	ServiceReviewTimers(ServiceLevelProperties properties, SchoolDates dates) {
		this.properties = properties;
		this.dates = dates;
	}

	/** Feedback closes, and disk space is due, this long before the meeting: the report is built then. */
	public Date reportDue(DelegateExecution execution) {
		return at(meeting(execution).minus(properties.serviceReview().reportBefore()));
	}

	/** The holders of open review tasks are reminded this long before the meeting. */
	public Date reminderDue(DelegateExecution execution) {
		return at(meeting(execution).minus(properties.serviceReview().remindBefore()));
	}

	/** The meeting's day. */
	public Date meetingDay(DelegateExecution execution) {
		return at(meeting(execution));
	}

	/** The day after the meeting: a review still open then is overdue. */
	public Date overdue(DelegateExecution execution) {
		return at(meeting(execution).plusDays(1));
	}

	private Date at(LocalDate day) {
		return Date.from(dates.startOf(day));
	}

	private static LocalDate meeting(DelegateExecution execution) {
		return LocalDate.parse(ServiceReviewProcess.REVIEW_DUE.required(execution));
	}
}

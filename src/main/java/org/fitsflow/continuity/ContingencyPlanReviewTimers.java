package org.fitsflow.continuity;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.fitsflow.school.SchoolDates;
import org.springframework.stereotype.Component;

/**
 * The contingency-plan-review timers ({@code ${contingencyPlanReviewTimers.reminderDue(execution)}}), counted from the
 * school's date with {@code fits.continuity.plan-review.remind-before}, and the off-site copy's reminders, every
 * {@code fits.continuity.confirm-offsite-copy-within} until the ICT owner confirms it.
 */
@Component("contingencyPlanReviewTimers")
public class ContingencyPlanReviewTimers extends ReviewTimers {

	private final ContinuityProperties properties;

	ContingencyPlanReviewTimers(ContinuityProperties properties, SchoolDates dates) {
		super(ContingencyPlanReviewProcess.REVIEW_DUE, properties.planReview().remindBefore(), dates);
		this.properties = properties;
	}

	/** R/P7D: a reminder each period until the off-site copy is confirmed. */
	public String offsiteCopyReminders(DelegateExecution execution) {
		return "R/" + properties.confirmOffsiteCopyWithin();
	}
}

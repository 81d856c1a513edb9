package org.fitsflow.continuity;

import org.fitsflow.school.SchoolDates;
import org.springframework.stereotype.Component;

/**
 * The risk-assessment timers ({@code ${riskAssessmentTimers.reminderDue(execution)}}), counted from the school's date
 * with {@code fits.continuity.risk-assessment.remind-before}.
 */
@Component("riskAssessmentTimers")
public class RiskAssessmentTimers extends ReviewTimers {

	RiskAssessmentTimers(ContinuityProperties properties, SchoolDates dates) {
		super(RiskAssessmentProcess.REVIEW_DUE, properties.riskAssessment().remindBefore(), dates);
	}
}

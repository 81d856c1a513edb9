package org.fitsflow.continuity;

import java.time.Clock;

import org.springframework.stereotype.Component;

/**
 * The risk-assessment timers ({@code ${riskAssessmentTimers.reminderDue(execution)}}), counted from the school's date
 * with {@code fits.continuity.risk-assessment.remind-before}.
 */
@Component("riskAssessmentTimers")
public class RiskAssessmentTimers extends ReviewTimers {

	RiskAssessmentTimers(ContinuityProperties properties, Clock clock) {
		super(RiskAssessmentProcess.REVIEW_DUE, properties.riskAssessment().remindBefore(), clock);
	}
}

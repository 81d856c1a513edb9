package org.fitsflow.continuity;

import java.time.LocalDate;
import java.time.Period;

import org.fitsflow.school.ReviewRhythm;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The two yearly continuity reviews as the school's review schedules run them ({@code bpmn/review-schedule.bpmn}, the
 * same schedule as the service-level reviews): each on the school's own date, starting its lead time before it
 * ({@code fits.continuity.*.lead-time}); FITS asks for both at least once a year, so unless the school sets another
 * date the next falls due a year after the last.
 */
@Configuration(proxyBeanMethods = false)
class ContinuityReviews {

	@Bean
	ReviewRhythm riskAssessmentRhythm(ContinuityProperties properties) {
		return new Yearly(RiskAssessmentProcess.KEY, RiskAssessmentDelegates.TITLE,
				properties.riskAssessment().leadTime());
	}

	@Bean
	ReviewRhythm contingencyPlanReviewRhythm(ContinuityProperties properties) {
		return new Yearly(ContingencyPlanReviewProcess.KEY, ContingencyPlanReviewDelegates.TITLE,
				properties.planReview().leadTime());
	}

	/** A review on the school's date every year. */
	record Yearly(String reviewKey, String title, Period leadTime) implements ReviewRhythm {

		@Override
		public LocalDate following(String schoolId, LocalDate due) {
			return due.plusYears(1);
		}
	}
}

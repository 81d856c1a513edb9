package org.fitsflow.continuity;

import java.util.Set;
import java.util.stream.Collectors;

import org.fitsflow.school.ReviewSchedule;
import org.fitsflow.school.ReviewSchedules;
import org.fitsflow.school.SchoolDates;
import org.fitsflow.system.FitsProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo school's continuity review schedules, so the yearly reviews can be tried: the contingency plan review due
 * in three weeks (inside its lead time, so it starts at once) and the risk assessment in three months. Only with the
 * demo profile ({@code fits.demo.review-schedules}); a schedule the school has already is left alone.
 */
@Component
@Order(51)
@ConditionalOnProperty(name = "fits.demo.review-schedules", havingValue = "true")
class DemoContinuityReviews implements ApplicationRunner {

	private final ReviewSchedules schedules;
	private final SchoolDates dates;
	private final FitsProperties properties;

	DemoContinuityReviews(ReviewSchedules schedules, SchoolDates dates, FitsProperties properties) {
		this.schedules = schedules;
		this.dates = dates;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		String schoolId = properties.school().id();
		Set<String> scheduled = schedules.schedules(schoolId).stream().map(ReviewSchedule::getReviewKey)
			.collect(Collectors.toSet());
		if (!scheduled.contains(ContingencyPlanReviewProcess.KEY)) {
			schedules.start(schoolId, ContingencyPlanReviewProcess.KEY, dates.today().plusWeeks(3), "headteacher");
		}
		if (!scheduled.contains(RiskAssessmentProcess.KEY)) {
			schedules.start(schoolId, RiskAssessmentProcess.KEY, dates.today().plusMonths(3), "headteacher");
		}
	}
}

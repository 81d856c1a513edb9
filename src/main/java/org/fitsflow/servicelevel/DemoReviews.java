package org.fitsflow.servicelevel;

import org.fitsflow.school.ReviewSchedules;
import org.fitsflow.school.SchoolDates;
import org.fitsflow.system.FitsProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo school's review schedules, so the reviews can be tried at once: the monthly review's meeting in six days
 * (inside its lead time, so it starts straight away) and the catalogue review in two months. Only with the demo
 * profile ({@code fits.demo.review-schedules}); left alone once the school has schedules.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "fits.demo.review-schedules", havingValue = "true")
class DemoReviews implements ApplicationRunner {

	private final ReviewSchedules schedules;
	private final SchoolDates dates;
	private final FitsProperties properties;

	DemoReviews(ReviewSchedules schedules, SchoolDates dates, FitsProperties properties) {
		this.schedules = schedules;
		this.dates = dates;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		String schoolId = properties.school().id();
		if (!schedules.schedules(schoolId).isEmpty()) {
			return;
		}
		schedules.start(schoolId, ServiceReviewProcess.KEY, dates.today().plusDays(6), "headteacher");
		schedules.start(schoolId, CatalogueReviewProcess.KEY, dates.today().plusMonths(2), "headteacher");
	}
}

package org.fitsflow.servicelevel;

import java.time.LocalDate;
import java.time.Period;

import org.fitsflow.school.ReviewRhythm;
import org.springframework.stereotype.Component;

/**
 * The monthly service review's rhythm (003: "schedule next meeting (monthly)"): each meeting schedules the next; when
 * one did not, the next falls on the configured day of the following month.
 */
@Component
class ServiceReviewRhythm implements ReviewRhythm {

	private final ServiceLevelProperties properties;

	ServiceReviewRhythm(ServiceLevelProperties properties) {
		this.properties = properties;
	}

	@Override
	public String reviewKey() {
		return ServiceReviewProcess.KEY;
	}

	@Override
	public String title() {
		return "monthly service review";
	}

	@Override
	public Period leadTime() {
		return properties.serviceReview().leadTime();
	}

	@Override
	public LocalDate following(String schoolId, LocalDate due) {
		return due.plusMonths(1).withDayOfMonth(properties.serviceReview().defaultDay());
	}
}

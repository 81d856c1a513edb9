package org.fitsflow.servicelevel;

import java.time.LocalDate;
import java.time.Period;

import org.fitsflow.school.ReviewRhythm;
import org.springframework.stereotype.Component;

/** The service catalogue's yearly review (001, task 1, step 9): on the school's own date, every year. */
@Component
class CatalogueReviewRhythm implements ReviewRhythm {

	private final ServiceLevelProperties properties;

	CatalogueReviewRhythm(ServiceLevelProperties properties) {
		this.properties = properties;
	}

	@Override
	public String reviewKey() {
		return CatalogueReviewProcess.KEY;
	}

	@Override
	public String title() {
		return "yearly service catalogue review";
	}

	@Override
	public Period leadTime() {
		return properties.catalogueReview().leadTime();
	}

	@Override
	public LocalDate following(String schoolId, LocalDate due) {
		return due.plusYears(1);
	}
}

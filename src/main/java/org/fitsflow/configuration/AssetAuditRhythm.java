package org.fitsflow.configuration;

import java.time.LocalDate;
import java.time.Period;

import org.fitsflow.school.ReviewRhythm;
import org.springframework.stereotype.Component;

/** The yearly asset audit (002): on the school's own date, every year. */
@Component
class AssetAuditRhythm implements ReviewRhythm {

	private final AssetAuditProperties properties;

	AssetAuditRhythm(AssetAuditProperties properties) {
		this.properties = properties;
	}

	@Override
	public String reviewKey() {
		return AssetAuditProcess.KEY;
	}

	@Override
	public String title() {
		return AssetAudits.TITLE;
	}

	@Override
	public Period leadTime() {
		return properties.leadTime();
	}

	@Override
	public LocalDate following(String schoolId, LocalDate due) {
		return due.plusYears(1);
	}
}

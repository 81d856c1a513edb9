package org.fitsflow.servicelevel;

import java.time.Month;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Service Level Management settings, under {@code fits.service-level}: when each review starts before it falls due,
 * when its holders are reminded, and the year the service report's trend columns cover.
 */
@ConfigurationProperties("fits.service-level")
public record ServiceLevelProperties(@DefaultValue ServiceReview serviceReview,
		@DefaultValue CatalogueReview catalogueReview, @DefaultValue Report report) {

	/**
	 * The monthly service review: it starts {@code leadTime} before the meeting (feedback asked, disk space recorded),
	 * feedback closes and the report is built {@code reportBefore} the meeting, the holders of open review tasks are
	 * reminded {@code remindBefore} it; a meeting that schedules no next one leaves it on {@code defaultDay} of the
	 * following month.
	 */
	public record ServiceReview(@DefaultValue("P7D") Period leadTime, @DefaultValue("P2D") Period reportBefore,
			@DefaultValue("P1D") Period remindBefore, @DefaultValue("10") int defaultDay) {
		public ServiceReview {
			if (defaultDay < 1 || defaultDay > 28) {
				throw new IllegalArgumentException(
						"fits.service-level.service-review.default-day: a day from 1 to 28 (every month has it), not " + defaultDay);
			}
		}
	}

	/**
	 * The yearly service catalogue review: it starts {@code leadTime} before the school's date (maintenance lists the
	 * services) and its holders are reminded {@code remindBefore} that date.
	 */
	public record CatalogueReview(@DefaultValue("P28D") Period leadTime, @DefaultValue("P7D") Period remindBefore) {
	}

	/** The service report shows beside each figure the months of the year from {@code yearStarts} (the school year). */
	public record Report(@DefaultValue("SEPTEMBER") Month yearStarts) {
	}
}

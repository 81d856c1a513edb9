package org.fitsflow.school;

import java.time.LocalDate;
import java.time.Period;

/**
 * How one kind of review recurs: the review model a school's schedule starts, how long before its date it starts,
 * and when the next falls due if nobody sets a date. Each FITS process that reviews on a schedule provides one as a
 * bean (the monthly service review, the yearly catalogue review, ...); the schedule itself is the same for all.
 */
public interface ReviewRhythm {

	/** The process key of the review model the schedule calls, such as {@code service-review}. */
	String reviewKey();

	/** The review in words, for e-mails and the API: "monthly service review". */
	String title();

	/** How long before its date the review starts (the work before the meeting). */
	Period leadTime();

	/** When the next review falls due after one due on {@code due}, unless someone sets another date. */
	LocalDate following(String schoolId, LocalDate due);
}

package org.fitsflow.school;

import org.fitsflow.system.RuleBrokenException;

/** A second start of a school's schedule for the same review: refused, the first one stands. */
public class ReviewAlreadyScheduled extends RuleBrokenException {

	ReviewAlreadyScheduled(String schoolId, String reviewKey) {
		super("one-schedule-per-review", "School '" + schoolId + "' already has a schedule for the " + reviewKey
				+ "; change its date instead of starting another.");
	}
}

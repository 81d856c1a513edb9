package org.fitsflow.continuity;

import java.time.LocalDate;

import org.fitsflow.school.FitsFunction;

/**
 * A recommendation acted on by a task with a due date: issued as a Tasklist task for a FITS function (with its
 * overdue reminder), and asked later whether it was done. Declared here; the review actions of Service Level
 * Management carry it out.
 */
public interface RecommendationTasks {

	/** Issues the task; returns its reference. */
	String issue(String schoolId, String raisedIn, String what, FitsFunction function, LocalDate due, String raisedBy);

	/** Whether the task was done. */
	boolean done(String schoolId, String reference);
}

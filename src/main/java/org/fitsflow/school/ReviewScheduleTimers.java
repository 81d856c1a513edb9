package org.fitsflow.school;

import static org.fitsflow.school.ReviewScheduleProcess.REVIEW_KEY;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The review-schedule timers, from the school's own date in its schedule row. Used as
 * {@code ${reviewScheduleTimers.reviewStarts(execution)}}; read afresh each time the schedule waits, so a date the
 * ICT owner or a meeting set is the one the timer keeps.
 */
@Component("reviewScheduleTimers")
public class ReviewScheduleTimers {

	private final ReviewSchedules schedules;

	ReviewScheduleTimers(ReviewSchedules schedules) {
		this.schedules = schedules;
	}

	/** When the next review starts: its lead time before the school's date (at once if that has passed). */
	public Date reviewStarts(DelegateExecution execution) {
		return Date.from(schedules.nextReviewStarts(execution.getTenantId(), REVIEW_KEY.get(execution)));
	}

	/** When the review after the one under way would start: if that one is still open then, the ICT owner is told. */
	public Date nextReviewStarts(DelegateExecution execution) {
		return reviewStarts(execution);
	}
}

package org.fitsflow.continuity;

import java.time.LocalDate;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fitsflow.school.ReviewNotices;

/**
 * The reminder before a yearly continuity review falls due, or the notice that it is overdue, to the functions that
 * still have its tasks open: the same step in the risk assessment and the plan review, told apart by title and date.
 */
abstract class ReviewNoticeDelegate implements JavaDelegate {

	private final ReviewNotices notices;
	private final String title;
	private final Function<DelegateExecution, LocalDate> due;
	private final boolean overdue;

	ReviewNoticeDelegate(ReviewNotices notices, String title, Function<DelegateExecution, LocalDate> due,
			boolean overdue) {
		this.notices = notices;
		this.title = title;
		this.due = due;
		this.overdue = overdue;
	}

	@Override
	public void execute(DelegateExecution execution) {
		var withOpenTasks = ReviewNotices.functionsWithOpenTasks(execution);
		if (overdue) {
			notices.overdue(execution.getTenantId(), title, due.apply(execution), withOpenTasks);
		}
		else {
			notices.remind(execution.getTenantId(), title, due.apply(execution), withOpenTasks);
		}
	}
}

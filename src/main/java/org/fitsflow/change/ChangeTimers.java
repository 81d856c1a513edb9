package org.fitsflow.change;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The request-for-change timers, from the change's date and the configured reminder lead time. Used as
 * {@code ${requestForChangeTimers.changeDue(execution)}}.
 */
@Component("requestForChangeTimers")
public class ChangeTimers {

	private final Changes changes;

	ChangeTimers(Changes changes) {
		this.changes = changes;
	}

	/** When the implementer is reminded: the configured lead time before the change (at once if that has passed). */
	public Date reminderDue(DelegateExecution execution) {
		return Date.from(changes.reminderDue(changeDue(execution).toInstant()));
	}

	public Date changeDue(DelegateExecution execution) {
		Date due = RequestForChangeProcess.CHANGE_DUE.get(execution);
		if (due == null) {
			throw new IllegalStateException("The request for change has no date of change (variable "
					+ RequestForChangeProcess.CHANGE_DUE + ").");
		}
		return due;
	}
}

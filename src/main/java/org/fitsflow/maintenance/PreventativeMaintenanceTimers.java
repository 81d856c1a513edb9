package org.fitsflow.maintenance;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.fitsflow.school.SchoolDates;
import org.springframework.stereotype.Component;

/**
 * The preventative maintenance model's dates: {@code ${preventativeMaintenanceTimers.dueAt(execution)}} for its timer
 * and {@code taskDue} for the task's due date, both from the occurrence's own date in the school's time.
 */
@Component("preventativeMaintenanceTimers")
public class PreventativeMaintenanceTimers {

	private final SchoolDates dates;
	private final MaintenanceProperties properties;

	PreventativeMaintenanceTimers(SchoolDates dates, MaintenanceProperties properties) {
		this.dates = dates;
		this.properties = properties;
	}

	/**
	 * The start of the school day the activity is due; for one that takes a service down, {@code
	 * fits.maintenance.change-notice} earlier, so its request for change is approved and users told in time (at once if
	 * that has gone).
	 */
	public Date dueAt(DelegateExecution execution) {
		LocalDate due = dueOn(execution);
		return Date.from(dates.startOf(PreventativeMaintenanceProcess.TAKES_SERVICE_DOWN.isTrue(execution)
				? due.minus(properties.changeNotice()) : due));
	}

	/** The task is due by the end of the activity's day. */
	public Date taskDue(DelegateExecution execution) {
		return Date.from(dates.startOf(dueOn(execution).plusDays(1)));
	}

	private static LocalDate dueOn(DelegateExecution execution) {
		return LocalDate.parse(PreventativeMaintenanceProcess.DUE_ON.required(execution));
	}
}

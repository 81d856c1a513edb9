package org.fitsflow.configuration;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.fitsflow.school.SchoolDates;
import org.springframework.stereotype.Component;

/**
 * The asset-audit timers, counted from the school's date for the audit (the schedule's {@code reviewDue}) with
 * {@code fits.configuration.asset-audit.remind-before}. Used as {@code ${assetAuditTimers.reminderDue(execution)}}.
 */
@Component("assetAuditTimers")
public class AssetAuditTimers {

	private final AssetAuditProperties properties;
	private final SchoolDates dates;

	AssetAuditTimers(AssetAuditProperties properties, SchoolDates dates) {
		this.properties = properties;
		this.dates = dates;
	}

	/** Maintenance is reminded this long before the school's date. */
	public Date reminderDue(DelegateExecution execution) {
		return Date.from(dates.startOf(due(execution).minus(properties.remindBefore())));
	}

	/** The school's date: the audit is to be recorded by then (the task's due date). */
	public Date dueDay(DelegateExecution execution) {
		return Date.from(dates.startOf(due(execution)));
	}

	/** The day after the school's date: an audit not recorded by then is overdue. */
	public Date overdue(DelegateExecution execution) {
		return Date.from(dates.startOf(due(execution).plusDays(1)));
	}

	private static LocalDate due(DelegateExecution execution) {
		return LocalDate.parse(AssetAuditProcess.REVIEW_DUE.required(execution));
	}
}

package org.fitsflow.incident;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.fitsflow.school.SchoolCalendar;
import org.springframework.stereotype.Component;

/**
 * The due dates of the incident-management timers and tasks, and the tasks' priority, read from the incident record,
 * where targets are counted in school time. Used as {@code ${incidentManagementTimers.fixDue(execution)}} (a timer or
 * a task's due date) and {@code ${incidentManagementTimers.taskPriority(execution)}}; each reads it afresh when its
 * activity starts, so a paused fix clock or a new priority moves the timer and the new tasks.
 */
@Component("incidentManagementTimers")
public class IncidentTimers {

	private final Incidents incidents;
	private final SchoolCalendar calendar;
	private final IncidentProperties properties;

	IncidentTimers(Incidents incidents, SchoolCalendar calendar, IncidentProperties properties) {
		this.incidents = incidents;
		this.calendar = calendar;
		this.properties = properties;
	}

	public Date responseDue(DelegateExecution execution) {
		return Date.from(incident(execution).getResponseTarget());
	}

	public Date fixDue(DelegateExecution execution) {
		return Date.from(incident(execution).getFixTarget());
	}

	/** Second-level support's (or the provider's) target: the permanent fix, or the fix when first-level passed it on. */
	public Date followUpDue(DelegateExecution execution) {
		return Date.from(incident(execution).getFollowUpTarget());
	}

	/** The FITS priority as Tasklist sorts it, highest first (1 most urgent: 100). */
	public int taskPriority(DelegateExecution execution) {
		return IncidentTargets.taskPriority(incident(execution).getPriority());
	}

	/** When an incident still not restored is announced: {@code ask-whether-to-invoke-after} past its fix target. */
	public Date askWhetherToInvoke(DelegateExecution execution) {
		return Date.from(calendar.plus(incident(execution).getFixTarget(), properties.askWhetherToInvokeAfter()));
	}

	public Date reopenUntil(DelegateExecution execution) {
		return Date.from(incidents.reopenUntil(execution.getTenantId(), reference(execution)));
	}

	private Incident incident(DelegateExecution execution) {
		return incidents.incident(execution.getTenantId(), reference(execution));
	}

	/** The incident is found by its process instance (whose business key is its reference), never by a variable. */
	private static String reference(DelegateExecution execution) {
		return execution.getProcessBusinessKey();
	}
}

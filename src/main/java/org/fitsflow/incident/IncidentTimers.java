package org.fitsflow.incident;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The due dates of the incident-management timers, read from the incident record, where they are counted in school
 * time. Used as {@code ${incidentManagementTimers.fixDue(execution)}}; each timer reads it afresh when its activity
 * starts, so a paused fix clock or a new priority moves the timer.
 */
@Component("incidentManagementTimers")
public class IncidentTimers {

	private final Incidents incidents;

	IncidentTimers(Incidents incidents) {
		this.incidents = incidents;
	}

	public Date responseDue(DelegateExecution execution) {
		return Date.from(incident(execution).getResponseTarget());
	}

	public Date fixDue(DelegateExecution execution) {
		return Date.from(incident(execution).getFixTarget());
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

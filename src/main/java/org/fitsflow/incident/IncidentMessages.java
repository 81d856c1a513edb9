package org.fitsflow.incident;

import java.time.Clock;

import org.camunda.bpm.engine.RuntimeService;
import org.fitsflow.school.FitsFunction;
import org.fitsflow.system.AsSystem;
import org.fitsflow.system.ForbiddenException;
import org.fitsflow.system.process.ProcessVariables;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people ask of a running incident outside its tasks: the reporter reopens it, the single point of contact
 * changes its priority. Each is checked here, then delivered to the incident's process as a message.
 */
@Service
@Transactional
public class IncidentMessages {

	private final Incidents incidents;
	private final IncidentProperties properties;
	private final RuntimeService runtime;
	private final AsSystem asSystem;
	private final Clock clock;

	IncidentMessages(Incidents incidents, IncidentProperties properties, @Lazy RuntimeService runtime, AsSystem asSystem,
			Clock clock) {
		this.incidents = incidents;
		this.properties = properties;
		this.runtime = runtime;
		this.asSystem = asSystem;
		this.clock = clock;
	}

	/** The reporter (or the single point of contact) reopens a resolved incident within the window. */
	public Incident reopen(String schoolId, String reference, String userId) {
		Incident incident = incidents.incident(schoolId, reference);
		boolean spoc = incidents.holds(schoolId, userId, FitsFunction.SINGLE_POINT_OF_CONTACT);
		if (!spoc && !incident.getReportedBy().equals(userId)) {
			throw new ForbiddenException("Only the reporter or the single point of contact may reopen " + reference + ".");
		}
		if (incident.getStatus() != Incident.Status.RESOLVED
				|| clock.instant().isAfter(incidents.reopenUntil(schoolId, reference))) {
			throw new IllegalArgumentException(reference + " can be reopened only within "
					+ properties.reopenWithin().toDays() + " days of being resolved.");
		}
		asSystem.run(() -> runtime.createMessageCorrelation(IncidentManagementProcess.REOPENED)
			.processInstanceId(incident.getProcessInstanceId())
			.correlate());
		return incident;
	}

	/** The single point of contact changes impact or urgency while service is being restored: targets are recomputed. */
	public Incident changePriority(String schoolId, String reference, Impact impact, Urgency urgency) {
		Incident incident = incidents.incident(schoolId, reference);
		incident.reassessed(impact, urgency);
		long waiting = asSystem.call(() -> runtime.createEventSubscriptionQuery()
			.processInstanceId(incident.getProcessInstanceId())
			.eventName(IncidentManagementProcess.PRIORITY_CHANGED).count());
		if (waiting == 0) {
			throw new IllegalArgumentException("The priority of " + reference
					+ " can change only while service is being restored.");
		}
		asSystem.run(() -> runtime.createMessageCorrelation(IncidentManagementProcess.PRIORITY_CHANGED)
			.processInstanceId(incident.getProcessInstanceId())
			.setVariables(ProcessVariables.with(IncidentManagementProcess.IMPACT, impact)
				.and(IncidentManagementProcess.URGENCY, urgency))
			.correlate());
		return incident;
	}
}

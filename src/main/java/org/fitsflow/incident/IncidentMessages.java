package org.fitsflow.incident;

import org.camunda.bpm.engine.RuntimeService;
import org.fitsflow.school.FitsFunction;
import org.fitsflow.system.AsSystem;
import org.fitsflow.system.ForbiddenException;
import org.fitsflow.system.process.ProcessVariables;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people ask of a running incident outside its tasks: the reporter confirms the fix or reopens it, the single
 * point of contact changes its priority. Each is checked and recorded here, then delivered to the incident's process
 * as a message.
 */
@Service
@Transactional
public class IncidentMessages {

	private final Incidents incidents;
	private final RuntimeService runtime;
	private final AsSystem asSystem;

	IncidentMessages(Incidents incidents, @Lazy RuntimeService runtime, AsSystem asSystem) {
		this.incidents = incidents;
		this.runtime = runtime;
		this.asSystem = asSystem;
	}

	/** The reporter (or the single point of contact) reopens a resolved incident within the window. */
	public Incident reopen(String schoolId, String reference, String userId) {
		return answer(schoolId, reference, ReporterAnswer.REOPENED, userId);
	}

	/** The reporter (or the single point of contact on their word) confirms the fix; the single point of contact closes. */
	public Incident confirm(String schoolId, String reference, String userId) {
		return answer(schoolId, reference, ReporterAnswer.CONFIRMED, userId);
	}

	/**
	 * Records who answered and tells the incident's process. {@code userId} is the authenticated caller, or the
	 * reporter a signed link was sent to ({@link ReporterAnswers}).
	 */
	Incident answer(String schoolId, String reference, ReporterAnswer answer, String userId) {
		Incident incident = incidents.incident(schoolId, reference);
		boolean spoc = incidents.holds(schoolId, userId, FitsFunction.SINGLE_POINT_OF_CONTACT);
		if (!spoc && !incident.getReportedBy().equals(userId)) {
			throw new ForbiddenException("Only the reporter or the single point of contact may "
					+ (answer == ReporterAnswer.REOPENED ? "reopen " : "confirm the fix of ") + reference + ".");
		}
		incidents.reporterAnswered(schoolId, reference, answer, userId);
		asSystem.run(() -> runtime.createMessageCorrelation(answer == ReporterAnswer.REOPENED
				? IncidentManagementProcess.REOPENED : IncidentManagementProcess.CONFIRMED)
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

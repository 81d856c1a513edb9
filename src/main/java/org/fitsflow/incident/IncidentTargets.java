package org.fitsflow.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.fitsflow.school.SchoolCalendar;
import org.fitsflow.servicelevel.CatalogueService;
import org.fitsflow.servicelevel.ServiceCatalogue;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The response and fix targets of an incident, in school time (SchoolCalendar): the service catalogue's agreed times
 * for the service win over the incident-targets table's times for the priority. Both count from logging (the fix
 * from reopening, for a reopened incident), and the fix target moves on by the school time spent waiting on the
 * reporter.
 */
@Component
class IncidentTargets {

	private final DecisionService decisions;
	private final ServiceCatalogue catalogue;
	private final SchoolCalendar calendar;

	IncidentTargets(@Lazy DecisionService decisions, ServiceCatalogue catalogue, SchoolCalendar calendar) {
		this.decisions = decisions;
		this.catalogue = catalogue;
		this.calendar = calendar;
	}

	/** Sets the targets for the priority the incident-priority table gave. */
	void set(Incident incident, int priority) {
		DmnDecisionResult defaults = decisions.evaluateDecisionByKey(IncidentManagementProcess.DECISION_TARGETS)
			.variables(Map.of(IncidentManagementProcess.PRIORITY.name(), priority))
			.evaluate();
		if (defaults.size() != 1) {
			throw new IllegalStateException("The " + IncidentManagementProcess.DECISION_TARGETS + " table has no single answer for priority " + priority);
		}
		CatalogueService service = catalogue.service(incident.getSchoolId(), incident.getServiceId());
		Duration response = Optional.ofNullable(service.getResponseTime())
			.orElse(Duration.parse(defaults.getSingleResult().getEntry(IncidentManagementProcess.TARGETS_RESPONSE_TIME)));
		Duration fix = Optional.ofNullable(service.getFixTime())
			.orElse(Duration.parse(defaults.getSingleResult().getEntry(IncidentManagementProcess.TARGETS_FIX_TIME)));
		incident.targetsSet(priority, response, fix, calendar.plus(incident.getLoggedAt(), response),
				fixTarget(incident, fix, incident.getFixPausedSeconds()));
	}

	/** Back from waiting on the reporter: the school time waited moves the fix target on. */
	void resume(Incident incident, Instant now) {
		Duration waited = incident.getOnHoldSince() == null ? Duration.ZERO : calendar.between(incident.getOnHoldSince(), now);
		incident.resume(waited);
		if (incident.getFixTime() != null) {
			incident.fixTargetMovedTo(fixTarget(incident, Duration.parse(incident.getFixTime()), incident.getFixPausedSeconds()));
		}
	}

	private Instant fixTarget(Incident incident, Duration fixTime, long pausedSeconds) {
		Instant from = incident.getReopenedAt() != null ? incident.getReopenedAt() : incident.getLoggedAt();
		return calendar.plus(from, fixTime.plusSeconds(pausedSeconds));
	}
}

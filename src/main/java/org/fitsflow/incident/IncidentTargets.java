package org.fitsflow.incident;

import static org.fitsflow.system.process.ProcessVariable.booleanVariable;
import static org.fitsflow.system.process.ProcessVariable.durationVariable;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.fitsflow.school.SchoolCalendar;
import org.fitsflow.servicelevel.CatalogueService;
import org.fitsflow.servicelevel.Importance;
import org.fitsflow.servicelevel.ServiceCatalogue;
import org.fitsflow.system.process.DecisionTables;
import org.fitsflow.system.process.ProcessVariable;
import org.fitsflow.system.process.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * The response, fix and permanent fix targets of an incident, in school time (SchoolCalendar). The times come from
 * the incident-targets table, which combines the priority with what the service catalogue agrees for the service
 * (the rule is the table's, for process owners to change). Response and fix count from logging (the fix from
 * reopening, for a reopened incident), and the fix target moves on by the school time spent waiting on the reporter;
 * the permanent fix counts from the restoration.
 */
@Component
class IncidentTargets {

	/** The priority table (the model's business rule task calls it too) and the targets table. */
	static final String PRIORITY_TABLE = IncidentManagementProcess.DECISION_PRIORITY;
	static final String TABLE = IncidentManagementProcess.DECISION_TARGETS;

	/** What the targets table reads besides the priority and the service's importance... */
	static final ProcessVariable<Boolean> AGREED_TIMES = booleanVariable("agreedTimes");
	static final ProcessVariable<Duration> AGREED_RESPONSE_TIME = durationVariable("agreedResponseTime");
	static final ProcessVariable<Duration> AGREED_FIX_TIME = durationVariable("agreedFixTime");
	/** ...and what it answers. */
	static final ProcessVariable<Duration> RESPONSE_TIME = durationVariable(IncidentManagementProcess.TARGETS_RESPONSE_TIME);
	static final ProcessVariable<Duration> FIX_TIME = durationVariable(IncidentManagementProcess.TARGETS_FIX_TIME);
	static final ProcessVariable<Duration> PERMANENT_FIX_TIME = durationVariable(
			IncidentManagementProcess.TARGETS_PERMANENT_FIX_TIME);

	/** An incident whose reported service is not in the catalogue is prioritised as one of medium importance. */
	static final Importance UNKNOWN_SERVICE_IMPORTANCE = Importance.MEDIUM;

	/** The three times the targets table gives for one priority of one service. */
	record Times(Duration response, Duration fix, Duration permanentFix) {
	}

	private final DecisionTables tables;
	private final ServiceCatalogue catalogue;
	private final SchoolCalendar calendar;

	IncidentTargets(DecisionTables tables, ServiceCatalogue catalogue, SchoolCalendar calendar) {
		this.tables = tables;
		this.catalogue = catalogue;
		this.calendar = calendar;
	}

	/** Sets the targets for the priority the incident-priority table gave. */
	void set(Incident incident, int priority) {
		Times times = times(priority, incident.getServiceId() == null ? null
				: catalogue.service(incident.getSchoolId(), incident.getServiceId()));
		incident.targetsSet(priority, times.response(), times.fix(), times.permanentFix(),
				calendar.plus(incident.getLoggedAt(), times.response()),
				fixTarget(incident, times.fix(), incident.getFixPausedSeconds()));
	}

	/**
	 * The priority and targets as reported, before the single point of contact has categorised the incident: the
	 * categorising task is due by the response target they give.
	 */
	void asReported(Incident incident) {
		CatalogueService service = incident.getServiceId() == null ? null
				: catalogue.service(incident.getSchoolId(), incident.getServiceId());
		int priority = tables.decide(PRIORITY_TABLE, ProcessVariables.with(IncidentManagementProcess.IMPACT, incident.getImpact())
			.and(IncidentManagementProcess.URGENCY, incident.getUrgency())
			.and(IncidentManagementProcess.SERVICE_IMPORTANCE, importance(service)), result -> {
				if (result.size() != 1) {
					throw new IllegalStateException("The " + PRIORITY_TABLE + " table has no single answer for "
							+ incident.getReference());
				}
				return result.getSingleResult().<Integer>getEntry(IncidentManagementProcess.PRIORITY_OUTPUT);
			});
		set(incident, priority);
	}

	/** The times of the targets table for a priority and a catalogue service (none: a service not in the catalogue). */
	Times times(int priority, CatalogueService service) {
		boolean agreed = service != null && service.getResponseTime() != null && service.getFixTime() != null;
		ProcessVariables inputs = ProcessVariables.with(IncidentManagementProcess.PRIORITY, priority)
			.and(IncidentManagementProcess.SERVICE_IMPORTANCE, importance(service))
			.and(AGREED_TIMES, agreed)
			.and(AGREED_RESPONSE_TIME, agreed ? service.getResponseTime() : null)
			.and(AGREED_FIX_TIME, agreed ? service.getFixTime() : null);
		return tables.decide(TABLE, inputs, result -> {
			if (result.size() != 1) {
				throw new IllegalStateException("The " + TABLE + " table has no single answer for " + inputs);
			}
			Map<String, Object> answer = result.getSingleResult().getEntryMap();
			return new Times(positive(RESPONSE_TIME, answer, inputs), positive(FIX_TIME, answer, inputs),
					positive(PERMANENT_FIX_TIME, answer, inputs));
		});
	}

	/** Back from waiting on the reporter: the school time waited moves the fix target on. */
	void resume(Incident incident, Instant now) {
		Duration waited = incident.getOnHoldSince() == null ? Duration.ZERO : calendar.between(incident.getOnHoldSince(), now);
		incident.resume(waited);
		if (incident.getFixTime() != null) {
			incident.fixTargetMovedTo(fixTarget(incident, Duration.parse(incident.getFixTime()), incident.getFixPausedSeconds()));
		}
	}

	/**
	 * The target of second-level support (or the provider): the permanent fix time from the restoration, or, when
	 * first-level support could not restore service, the fix target itself.
	 */
	void followUp(Incident incident) {
		Instant target = incident.getRestoredAt() == null ? incident.getFixTarget()
				: calendar.plus(incident.getRestoredAt(), Duration.parse(incident.getPermanentFixTime()));
		incident.followUpTargetSet(target);
	}

	/** The task priority Tasklist sorts by (highest first) for a FITS priority (1 most urgent): 100, 75, 50, 25. */
	static int taskPriority(Integer priority) {
		return priority == null ? 50 : (5 - priority) * 25;
	}

	private Instant fixTarget(Incident incident, Duration fixTime, long pausedSeconds) {
		Instant from = incident.getReopenedAt() != null ? incident.getReopenedAt() : incident.getLoggedAt();
		return calendar.plus(from, fixTime.plusSeconds(pausedSeconds));
	}

	private static Importance importance(CatalogueService service) {
		return service == null ? UNKNOWN_SERVICE_IMPORTANCE : service.getImportance();
	}

	private static Duration positive(ProcessVariable<Duration> output, Map<String, Object> answer, Map<String, Object> inputs) {
		Duration time = output.get(answer);
		if (time == null || time.isNegative() || time.isZero()) {
			throw new IllegalStateException("The " + TABLE + " table gives no positive " + output + " for " + inputs
					+ ": " + answer);
		}
		return time;
	}
}

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

	/** The longest answer first-level support's form takes (incident-await-reporter.form). */
	static final int LONGEST_ANSWER = 2000;

	/**
	 * The reporter answers first-level support's question themselves (My reports): only the reporter, only while the
	 * incident waits on them, once. The answer reaches the process as the task's field would, and the fix clock
	 * resumes. A second answer finds no waiting question and changes nothing.
	 */
	public Incident answerQuestion(String schoolId, String reference, String answer, String userId) {
		Incident incident = incidents.incident(schoolId, reference);
		if (!incident.getReportedBy().equals(userId)) {
			throw new ForbiddenException("Only the reporter of " + reference + " may answer its question.");
		}
		String text = answer == null ? "" : answer.strip();
		if (text.isEmpty()) {
			throw new IllegalArgumentException("Please write your answer before sending it.");
		}
		if (text.length() > LONGEST_ANSWER) {
			throw new IllegalArgumentException("Your answer is " + text.length() + " characters long; please keep it to "
					+ LONGEST_ANSWER + ".");
		}
		long waiting = asSystem.call(() -> runtime.createEventSubscriptionQuery()
			.processInstanceId(incident.getProcessInstanceId())
			.eventName(IncidentManagementProcess.REPORTER_ANSWERED).count());
		if (incident.getStatus() != Incident.Status.ON_HOLD || waiting == 0) {
			throw new IllegalArgumentException(reference + " is not waiting for an answer from you (it may have been "
					+ "answered already).");
		}
		asSystem.run(() -> runtime.createMessageCorrelation(IncidentManagementProcess.REPORTER_ANSWERED)
			.processInstanceId(incident.getProcessInstanceId())
			.setVariables(ProcessVariables.with(IncidentManagementProcess.REPORTER_ANSWER, text))
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

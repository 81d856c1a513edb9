package org.fitsflow.incident;

import static org.fitsflow.incident.IncidentManagementProcess.*;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.fitsflow.configuration.ConfigurationRegister;
import org.fitsflow.school.FitsFunction;
import org.fitsflow.school.Person;
import org.fitsflow.school.SchoolDirectory;
import org.fitsflow.servicelevel.CatalogueService;
import org.fitsflow.servicelevel.ServiceCatalogue;
import org.fitsflow.system.OncePerTransaction;
import org.fitsflow.system.References;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service Desk and Incident Management: the incident record from logging to closure, one step of the model at a
 * time. Targets are {@link IncidentTargets}', the e-mails {@link IncidentNotifications}'; problem management hears of
 * categorised incidents by an {@link IncidentCategorised} event and is asked through {@link UnderlyingProblems}.
 */
@Service
@Transactional
public class Incidents {

	/** What a reporter (or the single point of contact on their behalf) says on the start form. */
	public record Report(String description, String service, String location, Impact impact, Urgency urgency,
			ReportKind kind, String assetReference, String reportedFor) {
	}

	/** A categorised incident, with its catalogue service and the known error on it, if there is one. */
	public record Categorised(Incident incident, CatalogueService service,
			Optional<UnderlyingProblems.KnownError> knownError) {
	}

	/** The in-variables of a request for change raised from an incident. */
	public record ChangeRequest(String briefDescription, String reason) {
	}

	private final IncidentRepository incidents;
	private final ServiceCatalogue catalogue;
	private final ConfigurationRegister register;
	private final SchoolDirectory directory;
	private final References references;
	private final IncidentTargets targets;
	private final IncidentNotifications notifications;
	private final UnderlyingProblems problems;
	private final ApplicationEventPublisher events;
	private final IncidentProperties properties;
	private final Clock clock;
	private final OncePerTransaction oncePerTransaction;

	Incidents(IncidentRepository incidents, ServiceCatalogue catalogue, ConfigurationRegister register,
			SchoolDirectory directory, References references,
			IncidentTargets targets, IncidentNotifications notifications, UnderlyingProblems problems,
			ApplicationEventPublisher events, IncidentProperties properties, Clock clock,
			OncePerTransaction oncePerTransaction) {
		this.incidents = incidents;
		this.catalogue = catalogue;
		this.register = register;
		this.directory = directory;
		this.references = references;
		this.targets = targets;
		this.notifications = notifications;
		this.problems = problems;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
		this.oncePerTransaction = oncePerTransaction;
	}

	@Transactional(readOnly = true)
	public Incident incident(String schoolId, String reference) {
		return oncePerTransaction.find(Incident.class, Arrays.asList(schoolId, reference),
				() -> incidents.findBySchoolIdAndReference(schoolId, reference))
			.orElseThrow(() -> new NoSuchElementException("There is no incident " + reference + " in school '" + schoolId + "'."));
	}

	@Transactional(readOnly = true)
	public List<Incident> incidents(String schoolId) {
		return incidents.findBySchoolIdOrderByLoggedAtDesc(schoolId);
	}

	@Transactional(readOnly = true)
	public List<Incident> reportedBy(String schoolId, String userId) {
		return incidents.findBySchoolIdAndReportedByOrderByLoggedAtDesc(schoolId, userId);
	}

	/** Logs a report with a new reference and tells the reporter. */
	public Incident log(String schoolId, Report report, String loggedBy, String processInstanceId) {
		require(DESCRIPTION.name(), report.description());
		require(SERVICE.name(), report.service());
		require(IMPACT.name(), report.impact(), Impact.class);
		require(URGENCY.name(), report.urgency(), Urgency.class);
		String reporterId = loggedBy;
		if (report.reportedFor() != null && !report.reportedFor().isBlank()) {
			if (!holds(schoolId, loggedBy, FitsFunction.SINGLE_POINT_OF_CONTACT)) {
				throw new IllegalArgumentException(
						REPORTED_FOR + ": only the single point of contact may log an incident on someone else's behalf.");
			}
			reporterId = report.reportedFor().trim();
		}
		Person reporter = reporter(schoolId, reporterId);
		String asset = register.named(schoolId, ASSET_REFERENCE.name(), report.assetReference());
		report = new Report(report.description(), report.service(), report.location(), report.impact(), report.urgency(),
				report.kind(), asset, report.reportedFor());
		Long serviceId = catalogue.byName(schoolId, report.service()).map(CatalogueService::getId).orElse(null);
		Incident incident = incidents.save(new Incident(schoolId, references.next(schoolId, "INC"), reporter.getUserId(),
				loggedBy, clock.instant(), processInstanceId, report, serviceId));
		// The new task's due date and priority read it next, in this transaction.
		oncePerTransaction.remember(Incident.class, Arrays.asList(schoolId, incident.getReference()), incident);
		// Until the single point of contact has categorised it, the incident is due by the targets as reported.
		targets.asReported(incident);
		notifications.logged(incident);
		return incident;
	}

	/**
	 * The single point of contact's check: the catalogue service, category, impact and urgency. A fault or request
	 * is then announced to problem management (new requirements are not incidents of a service).
	 */
	public Categorised categorise(String schoolId, String reference, Long serviceId, String assetReference,
			IncidentCategory category, Impact impact, Urgency urgency, RequirementFunction requirementFunction) {
		Incident incident = incident(schoolId, reference);
		String asset = register.named(schoolId, ASSET_REFERENCE.name(), assetReference);
		if (serviceId == null) {
			throw new IllegalArgumentException(SERVICE_ID + ": choose the service from the catalogue.");
		}
		CatalogueService service = catalogue.service(schoolId, serviceId);
		require(CATEGORY.name(), category, IncidentCategory.class);
		require(IMPACT.name(), impact, Impact.class);
		require(URGENCY.name(), urgency, Urgency.class);
		if (category == IncidentCategory.NEW_REQUIREMENT) {
			require(REQUIREMENT_FUNCTION.name(), requirementFunction, RequirementFunction.class);
		}
		incident.categorise(serviceId, asset, category, impact, urgency);
		if (category == IncidentCategory.NEW_REQUIREMENT) {
			incident.noTargets();
		}
		else {
			events.publishEvent(new IncidentCategorised(schoolId, reference, serviceId, incident.getAssetReference(),
					incident.getLoggedAt()));
		}
		return new Categorised(incident, service, problems.knownError(schoolId, serviceId, incident.getAssetReference()));
	}

	@Transactional(readOnly = true)
	public String reporterName(Incident incident) {
		return directory.person(incident.getSchoolId(), incident.getReportedBy()).getName();
	}

	@Transactional(readOnly = true)
	public List<CatalogueService> catalogue(String schoolId) {
		return catalogue.services(schoolId);
	}

	/** Records the priority and sets the targets (see {@link IncidentTargets}). */
	public Incident setTargets(String schoolId, String reference, int priority) {
		Incident incident = incident(schoolId, reference);
		targets.set(incident, priority);
		return incident;
	}

	public Incident responded(String schoolId, String reference) {
		Incident incident = incident(schoolId, reference);
		incident.responded(clock.instant());
		return incident;
	}

	public void escalateMissedResponse(String schoolId, String reference) {
		Incident incident = incident(schoolId, reference);
		if (incident.responseTargetMissed()) {
			notifications.responseTargetMissed(incident);
		}
	}

	/** A missed fix goes to the single point of contact and the ICT owner, once per round of restoring; the work carries on. */
	public void escalateMissedFix(String schoolId, String reference) {
		Incident incident = incident(schoolId, reference);
		if (incident.fixTargetMissed(clock.instant())) {
			notifications.fixTargetMissed(incident);
		}
	}

	/**
	 * Long past its fix target and still not restored: announced ({@link IncidentNotRestored}), so that continuity
	 * can ask whether to invoke the contingency plan. Nothing is announced once service is restored.
	 */
	public void stillNotRestored(String schoolId, String reference) {
		Incident incident = incident(schoolId, reference);
		if (incident.getRestoredAt() == null) {
			events.publishEvent(new IncidentNotRestored(schoolId, reference, incident.getServiceId(),
					incident.getDescription(), incident.getLoggedAt(), incident.getFixTarget()));
		}
	}

	/** The incident waits on the reporter: the fix clock stops, and the reporter is asked. */
	public Incident pauseFixClock(String schoolId, String reference, String question) {
		require(QUESTION_FOR_REPORTER.name(), question);
		Incident incident = incident(schoolId, reference);
		incident.putOnHold(clock.instant());
		notifications.waitingOnReporter(incident, question);
		return incident;
	}

	public Incident resumeFixClock(String schoolId, String reference) {
		Incident incident = incident(schoolId, reference);
		targets.resume(incident, clock.instant());
		return incident;
	}

	/**
	 * Service restored (the fix, 001): whether the fix target was met, and the reporter told. A permanent fix still
	 * needed gets its target.
	 */
	public Incident restored(String schoolId, String reference, String workaround, boolean permanentFixNeeded) {
		Incident incident = incident(schoolId, reference);
		incident.restored(clock.instant(), workaround, permanentFixNeeded);
		if (permanentFixNeeded) {
			targets.followUp(incident);
		}
		notifications.restored(incident);
		return incident;
	}

	/**
	 * First-level support could not restore service (a whole-school outage it cannot mend): the single point of
	 * contact passes it to second-level support or the provider, who work to the fix target.
	 */
	public Incident passedOn(String schoolId, String reference, String whatWasTried, String by) {
		Incident incident = incident(schoolId, reference);
		incident.passedOn(clock.instant(), by, whatWasTried);
		targets.followUp(incident);
		return incident;
	}

	/**
	 * The follow-up is past its target: second-level support (or the provider's service desk, with the references)
	 * is reminded and the single point of contact told, once. Service not yet restored is also a missed fix.
	 */
	public void chaseFollowUp(String schoolId, String reference) {
		Incident incident = incident(schoolId, reference);
		if (incident.followUpTargetMissed(clock.instant())) {
			notifications.followUpMissed(incident);
		}
		if (incident.getRestoredAt() == null && incident.fixTargetMissed(clock.instant())) {
			notifications.fixTargetMissed(incident);
		}
	}

	/** Passes the follow-up to the provider's service desk named in the catalogue. */
	public void emailProviderServiceDesk(String schoolId, String reference) {
		notifications.toProviderServiceDesk(incident(schoolId, reference));
	}

	/** Second-level support asks for a change: their answer to the follow-up, and what the request starts with. */
	public ChangeRequest changeRequest(String schoolId, String reference, String briefDescription, String reason) {
		Incident incident = incident(schoolId, reference);
		incident.followedUp(clock.instant());
		return new ChangeRequest(
				blankToNull(briefDescription) != null ? briefDescription.trim() : "Permanent fix for " + reference,
				blankToNull(reason) != null ? reason.trim() : reference + ": " + incident.getDescription());
	}

	public Incident recordChangeOutcome(String schoolId, String reference, String changeReference, String outcome) {
		Incident incident = incident(schoolId, reference);
		incident.changeFinished(changeReference, outcome);
		return incident;
	}

	/** Second-level support found an underlying problem: the incident joins it, or a new one is raised. */
	public UnderlyingProblems.Link raiseProblem(String schoolId, String reference, String raisedBy) {
		Incident incident = incident(schoolId, reference);
		incident.followedUp(clock.instant());
		UnderlyingProblems.Link link = problems.raiseOrJoin(incident, raisedBy);
		incident.linkToProblem(link.problemId());
		return link;
	}

	/** Resolved (by first-level support, second-level support, the provider or a change); the reporter is told. */
	public Incident resolve(String schoolId, String reference, String resolution, String providerReference) {
		Incident incident = incident(schoolId, reference);
		incident.followedUp(clock.instant());
		incident.resolved(clock.instant(), resolution, providerReference);
		notifications.resolved(incident);
		return incident;
	}

	/** Until when the reporter may reopen the resolved incident. */
	@Transactional(readOnly = true)
	public Instant reopenUntil(String schoolId, String reference) {
		return incident(schoolId, reference).getResolvedAt().plus(properties.reopenWithin());
	}

	/**
	 * The reporter's answer to the resolution (confirmed, or reopened), as given by {@code by}: recorded before the
	 * process hears it. Refused when the incident is not waiting for an answer.
	 */
	public Incident reporterAnswered(String schoolId, String reference, ReporterAnswer answer, String by) {
		Incident incident = incident(schoolId, reference);
		if (incident.getStatus() != Incident.Status.RESOLVED || incident.currentResolution().isAnswered()) {
			throw new IllegalArgumentException(reference + " is not waiting for the reporter's answer"
					+ (incident.currentResolution() != null && incident.currentResolution().isAnswered()
							? ": it was already " + incident.currentResolution().getReporterAnswer().formValue() + "." : "."));
		}
		if (clock.instant().isAfter(reopenUntil(schoolId, reference))) {
			throw new IllegalArgumentException(reference + " can be confirmed or reopened only within "
					+ properties.reopenWithin().toDays() + " days of being resolved.");
		}
		incident.reporterAnswered(answer, by, clock.instant());
		return incident;
	}

	public Incident recordReopening(String schoolId, String reference) {
		Incident incident = incident(schoolId, reference);
		incident.reopened(clock.instant());
		return incident;
	}

	public Incident close(String schoolId, String reference) {
		Incident incident = incident(schoolId, reference);
		incident.closed(clock.instant());
		return incident;
	}

	// Problem Management's view of incidents

	/** Problem management links the incident to the problem that underlies it. */
	public void linkToProblem(String schoolId, String reference, Long problemId) {
		incident(schoolId, reference).linkToProblem(problemId);
	}

	/**
	 * Faults and requests on one service, or on one asset, logged since a moment and not yet put down to a problem:
	 * how often the same thing goes wrong.
	 */
	@Transactional(readOnly = true)
	public List<Incident> repeats(String schoolId, Long serviceId, String assetReference, Instant since) {
		return new ArrayList<>(incidents.findRepeats(schoolId, serviceId, assetReference, since));
	}

	@Transactional(readOnly = true)
	public List<Incident> linkedTo(Long problemId) {
		return incidents.findByProblemId(problemId);
	}

	boolean holds(String schoolId, String userId, FitsFunction function) {
		return directory.holders(schoolId, function).stream().anyMatch(p -> p.getUserId().equals(userId));
	}

	private Person reporter(String schoolId, String userId) {
		try {
			return directory.person(schoolId, userId);
		}
		catch (NoSuchElementException e) {
			throw new IllegalArgumentException(REPORTED_FOR + ": " + e.getMessage());
		}
	}

	private static void require(String field, String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(field + " is required.");
		}
	}

	private static <E extends Enum<E> & org.fitsflow.system.process.FormValue> void require(String field, E value,
			Class<E> type) {
		if (value == null) {
			throw new IllegalArgumentException(field + ": use one of "
					+ String.join(", ", org.fitsflow.system.process.FormValue.values(type)) + ".");
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}
}

package org.fitsflow.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.fitsflow.mail.Mail;
import org.fitsflow.problem.Problem;
import org.fitsflow.problem.Problems;
import org.fitsflow.school.FitsFunction;
import org.fitsflow.school.Person;
import org.fitsflow.school.SchoolCalendar;
import org.fitsflow.school.SchoolDirectory;
import org.fitsflow.servicelevel.CatalogueService;
import org.fitsflow.servicelevel.ServiceCatalogue;
import org.fitsflow.system.AsSystem;
import org.fitsflow.system.References;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service Desk and Incident Management: the incident record from logging to closure. Targets count school time
 * (SchoolCalendar); the catalogue's agreed response and fix times win over the incident-targets table.
 */
@Service
@Transactional
public class Incidents {

	static final Set<String> IMPACTS = Set.of("one-user", "several-users", "whole-class", "whole-school");
	static final Set<String> URGENCIES = Set.of("work-continues", "work-impaired", "work-stopped");
	static final Set<String> CATEGORIES = Set.of("fault", "request", "new-requirement");
	static final Set<String> REQUIREMENT_FUNCTIONS = Set.of("design", "implementation");
	public static final String PRIORITY_CHANGED = "IncidentPriorityChanged";
	public static final String REOPENED = "IncidentReopened";

	/** What a reporter (or the single point of contact on their behalf) says on the start form. */
	public record Report(String description, String service, String location, String impact, String urgency,
			String kind, String assetReference, String reportedFor) {
	}

	/** The in-variables of a request for change raised from an incident. */
	public record ChangeRequest(String briefDescription, String reason) {
	}

	private final IncidentRepository incidents;
	private final ServiceCatalogue catalogue;
	private final SchoolDirectory directory;
	private final References references;
	private final Mail mail;
	private final SchoolCalendar calendar;
	private final Problems problems;
	private final IncidentSettings settings;
	private final DecisionService decisions;
	private final RuntimeService runtime;
	private final AsSystem asSystem;

	Incidents(IncidentRepository incidents, ServiceCatalogue catalogue, SchoolDirectory directory, References references,
			Mail mail, SchoolCalendar calendar, Problems problems, IncidentSettings settings,
			@Lazy DecisionService decisions, @Lazy RuntimeService runtime, AsSystem asSystem) {
		this.incidents = incidents;
		this.catalogue = catalogue;
		this.directory = directory;
		this.references = references;
		this.mail = mail;
		this.calendar = calendar;
		this.problems = problems;
		this.settings = settings;
		this.decisions = decisions;
		this.runtime = runtime;
		this.asSystem = asSystem;
	}

	@Transactional(readOnly = true)
	public Incident incident(String schoolId, String reference) {
		return incidents.findBySchoolIdAndReference(schoolId, reference)
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
		require("description", report.description());
		require("service", report.service());
		check("impact", report.impact(), IMPACTS);
		check("urgency", report.urgency(), URGENCIES);
		String reporterId = loggedBy;
		if (report.reportedFor() != null && !report.reportedFor().isBlank()) {
			boolean spoc = directory.holders(schoolId, FitsFunction.SINGLE_POINT_OF_CONTACT).stream()
				.anyMatch(p -> p.getUserId().equals(loggedBy));
			if (!spoc) {
				throw new IllegalArgumentException(
						"reportedFor: only the single point of contact may log an incident on someone else's behalf.");
			}
			reporterId = report.reportedFor().trim();
		}
		Person reporter = reporter(schoolId, reporterId);
		Incident incident = new Incident(schoolId, references.next(schoolId, "INC"), reporter.getUserId(), loggedBy, now());
		incident.processInstanceId = processInstanceId;
		incident.description = report.description().trim();
		incident.serviceAsReported = report.service().trim();
		incident.serviceId = catalogue.byName(schoolId, report.service()).map(CatalogueService::getId).orElse(null);
		incident.location = blankToNull(report.location());
		incident.assetReference = blankToNull(report.assetReference());
		incident.category = "request".equals(report.kind()) ? "request" : "fault";
		incident.impact = report.impact();
		incident.urgency = report.urgency();
		incidents.save(incident);
		tellReporter(incident, "incident-logged", Map.of());
		return incident;
	}

	/** The single point of contact's check: the catalogue service, category, impact and urgency. */
	public Incident categorise(String schoolId, String reference, Long serviceId, String category, String impact,
			String urgency, String requirementFunction) {
		Incident incident = incident(schoolId, reference);
		if (serviceId == null) {
			throw new IllegalArgumentException("serviceId: choose the service from the catalogue.");
		}
		catalogue.service(schoolId, serviceId);
		check("category", category, CATEGORIES);
		check("impact", impact, IMPACTS);
		check("urgency", urgency, URGENCIES);
		if ("new-requirement".equals(category)) {
			check("requirementFunction", requirementFunction, REQUIREMENT_FUNCTIONS);
		}
		incident.serviceId = serviceId;
		incident.category = category;
		incident.impact = impact;
		incident.urgency = urgency;
		incident.status = Incident.Status.IN_PROGRESS;
		if (!"new-requirement".equals(category)) {
			problems.noteIncident(incident);
		}
		return incident;
	}

	@Transactional(readOnly = true)
	public String reporterName(Incident incident) {
		return directory.person(incident.getSchoolId(), incident.getReportedBy()).getName();
	}

	@Transactional(readOnly = true)
	public CatalogueService service(Incident incident) {
		return catalogue.service(incident.getSchoolId(), incident.getServiceId());
	}

	@Transactional(readOnly = true)
	public List<CatalogueService> catalogue(String schoolId) {
		return catalogue.services(schoolId);
	}

	@Transactional(readOnly = true)
	public Optional<Problem> knownWorkaround(Incident incident) {
		return problems.knownWorkaround(incident.getSchoolId(), incident.getServiceId(), incident.getAssetReference());
	}

	/**
	 * Records the priority and sets the targets: the incident-targets table by priority, unless the catalogue has
	 * agreed times for the service. Both count school time from logging (from reopening, for the fix of a reopened
	 * incident), and the fix target moves on by the time the fix clock was paused.
	 */
	public Incident setTargets(String schoolId, String reference, int priority) {
		Incident incident = incident(schoolId, reference);
		DmnDecisionResult defaults = decisions.evaluateDecisionByKey("incident-targets")
			.variables(Map.of("priority", priority))
			.evaluate();
		if (defaults.size() != 1) {
			throw new IllegalStateException("The incident-targets table has no single answer for priority " + priority);
		}
		CatalogueService service = service(incident);
		Duration response = Optional.ofNullable(service.getResponseTime())
			.orElse(Duration.parse(defaults.getSingleResult().getEntry("responseTime")));
		Duration fix = Optional.ofNullable(service.getFixTime())
			.orElse(Duration.parse(defaults.getSingleResult().getEntry("fixTime")));
		incident.priority = priority;
		incident.responseTime = response.toString();
		incident.fixTime = fix.toString();
		incident.responseTarget = calendar.plus(incident.loggedAt, response);
		if (incident.respondedAt != null) {
			incident.responseTargetMet = !incident.respondedAt.isAfter(incident.responseTarget);
		}
		updateFixTarget(incident);
		return incident;
	}

	public Incident responded(String schoolId, String reference) {
		Incident incident = incident(schoolId, reference);
		incident.respondedAt = now();
		incident.responseTargetMet = !incident.respondedAt.isAfter(incident.responseTarget);
		return incident;
	}

	public void escalateMissedResponse(String schoolId, String reference) {
		Incident incident = incident(schoolId, reference);
		if (Boolean.FALSE.equals(incident.responseTargetMet)) {
			return; // already escalated (the incident was re-prioritised after the target passed)
		}
		incident.responseTargetMet = false;
		mail.sendToFunction(schoolId, FitsFunction.SINGLE_POINT_OF_CONTACT, "incident-response-missed", model(incident));
	}

	/** A missed fix goes to the single point of contact and the ICT owner; the work carries on. */
	public void escalateMissedFix(String schoolId, String reference) {
		Incident incident = incident(schoolId, reference);
		if (Boolean.FALSE.equals(incident.fixTargetMet)) {
			return; // already escalated (restoring resumed after the target passed)
		}
		incident.fixTargetMet = false;
		List<String> to = new ArrayList<>();
		directory.holders(schoolId, FitsFunction.SINGLE_POINT_OF_CONTACT).forEach(p -> to.add(p.getEmail()));
		directory.holders(schoolId, FitsFunction.ICT_OWNER).forEach(p -> to.add(p.getEmail()));
		mail.send(schoolId, to, "incident-fix-missed", model(incident));
	}

	/** The incident waits on the reporter: the fix clock stops, and the reporter is asked. */
	public Incident pauseFixClock(String schoolId, String reference, String question) {
		require("questionForReporter", question);
		Incident incident = incident(schoolId, reference);
		incident.onHoldSince = now();
		incident.status = Incident.Status.ON_HOLD;
		tellReporter(incident, "incident-waiting-on-you", Map.of("question", question.trim()));
		return incident;
	}

	public Incident resumeFixClock(String schoolId, String reference) {
		Incident incident = incident(schoolId, reference);
		if (incident.onHoldSince != null) {
			incident.fixPausedSeconds += calendar.between(incident.onHoldSince, now()).toSeconds();
			incident.onHoldSince = null;
		}
		incident.status = Incident.Status.IN_PROGRESS;
		updateFixTarget(incident);
		return incident;
	}

	/** Service restored (the fix, 001): whether the fix target was met, and the reporter told. */
	public Incident restored(String schoolId, String reference, String workaround, boolean permanentFixNeeded) {
		Incident incident = incident(schoolId, reference);
		incident.restoredAt = now();
		incident.fixTargetMet = !incident.restoredAt.isAfter(incident.fixTarget);
		incident.workaround = blankToNull(workaround);
		incident.permanentFixNeeded = permanentFixNeeded;
		incident.status = permanentFixNeeded ? Incident.Status.WITH_SECOND_LEVEL : Incident.Status.RESTORED;
		tellReporter(incident, "incident-restored", Map.of());
		return incident;
	}

	/** Passes the follow-up to the provider's service desk named in the catalogue, with the details and reference. */
	public void emailProviderServiceDesk(String schoolId, String reference) {
		Incident incident = incident(schoolId, reference);
		CatalogueService service = service(incident);
		if (!service.isSupportedByProvider()) {
			throw new IllegalStateException(service.getName() + " is not supported by a service provider.");
		}
		Map<String, Object> model = model(incident);
		model.put("provider", service.getProviderName());
		model.put("reporter", directory.person(schoolId, incident.getReportedBy()).getName());
		mail.send(schoolId, List.of(service.getProviderServiceDeskEmail()), "incident-to-provider", model);
	}

	public ChangeRequest changeRequest(String schoolId, String reference, String briefDescription, String reason) {
		Incident incident = incident(schoolId, reference);
		return new ChangeRequest(
				blankToNull(briefDescription) != null ? briefDescription.trim() : "Permanent fix for " + reference,
				blankToNull(reason) != null ? reason.trim() : reference + ": " + incident.getDescription());
	}

	public Incident recordChangeOutcome(String schoolId, String reference, String changeReference, String outcome) {
		Incident incident = incident(schoolId, reference);
		incident.changeReference = changeReference;
		incident.changeOutcome = outcome;
		return incident;
	}

	public Problem raiseProblem(String schoolId, String reference, String raisedBy) {
		return problems.raiseForIncident(incident(schoolId, reference), raisedBy);
	}

	public Incident resolve(String schoolId, String reference, String resolution, String providerReference) {
		Incident incident = incident(schoolId, reference);
		incident.resolvedAt = now();
		if (incident.restoredAt == null) {
			// a new requirement is never "restored"; its fulfilment is its resolution
			incident.restoredAt = incident.resolvedAt;
		}
		incident.resolution = blankToNull(resolution);
		if (providerReference != null) {
			incident.providerReference = providerReference;
		}
		incident.status = Incident.Status.RESOLVED;
		tellReporter(incident, "incident-resolved", Map.of("reopenDays", settings.reopenWithin().toDays()));
		return incident;
	}

	/** Until when the reporter may reopen the resolved incident. */
	@Transactional(readOnly = true)
	public Instant reopenUntil(String schoolId, String reference) {
		return incident(schoolId, reference).resolvedAt.plus(settings.reopenWithin());
	}

	/** The reporter (or the single point of contact) reopens a resolved incident within the window. */
	public Incident reopen(String schoolId, String reference, String userId) {
		Incident incident = incident(schoolId, reference);
		boolean spoc = directory.holders(schoolId, FitsFunction.SINGLE_POINT_OF_CONTACT).stream()
			.anyMatch(p -> p.getUserId().equals(userId));
		if (!spoc && !incident.getReportedBy().equals(userId)) {
			throw new org.fitsflow.system.ForbiddenException(
					"Only the reporter or the single point of contact may reopen " + reference + ".");
		}
		if (incident.status != Incident.Status.RESOLVED || now().isAfter(reopenUntil(schoolId, reference))) {
			throw new IllegalArgumentException(reference + " can be reopened only within "
					+ settings.reopenWithin().toDays() + " days of being resolved.");
		}
		asSystem.run(() -> runtime.createMessageCorrelation(REOPENED)
			.processInstanceId(incident.getProcessInstanceId())
			.correlate());
		return incident;
	}

	public Incident recordReopening(String schoolId, String reference) {
		Incident incident = incident(schoolId, reference);
		incident.reopenedAt = now();
		incident.restoredAt = null;
		incident.resolvedAt = null;
		incident.fixTargetMet = null;
		incident.fixPausedSeconds = 0;
		incident.status = Incident.Status.IN_PROGRESS;
		return incident;
	}

	/** The single point of contact changes impact or urgency while service is being restored: targets are recomputed. */
	public Incident changePriority(String schoolId, String reference, String impact, String urgency) {
		check("impact", impact, IMPACTS);
		check("urgency", urgency, URGENCIES);
		Incident incident = incident(schoolId, reference);
		incident.impact = impact;
		incident.urgency = urgency;
		long waiting = asSystem.call(() -> runtime.createEventSubscriptionQuery()
			.processInstanceId(incident.getProcessInstanceId()).eventName(PRIORITY_CHANGED).count());
		if (waiting == 0) {
			throw new IllegalArgumentException("The priority of " + reference
					+ " can change only while service is being restored.");
		}
		asSystem.run(() -> runtime.createMessageCorrelation(PRIORITY_CHANGED)
			.processInstanceId(incident.getProcessInstanceId())
			.setVariable("impact", impact)
			.setVariable("urgency", urgency)
			.correlate());
		return incident;
	}

	public Incident close(String schoolId, String reference) {
		Incident incident = incident(schoolId, reference);
		incident.closedAt = now();
		incident.status = Incident.Status.CLOSED;
		return incident;
	}

	private void updateFixTarget(Incident incident) {
		if (incident.fixTime == null) {
			return;
		}
		Instant from = incident.reopenedAt != null ? incident.reopenedAt : incident.loggedAt;
		incident.fixTarget = calendar.plus(from, Duration.parse(incident.fixTime).plusSeconds(incident.fixPausedSeconds));
	}

	private Person reporter(String schoolId, String userId) {
		try {
			return directory.person(schoolId, userId);
		}
		catch (NoSuchElementException e) {
			throw new IllegalArgumentException("reportedFor: " + e.getMessage());
		}
	}

	private void tellReporter(Incident incident, String template, Map<String, Object> extra) {
		Person reporter = directory.person(incident.getSchoolId(), incident.getReportedBy());
		Map<String, Object> model = model(incident);
		model.put("name", reporter.getName());
		model.putAll(extra);
		mail.send(incident.getSchoolId(), List.of(reporter.getEmail()), template, model);
	}

	private Map<String, Object> model(Incident incident) {
		Map<String, Object> model = new HashMap<>();
		model.put("incident", incident);
		model.put("service", incident.getServiceId() == null ? incident.getServiceAsReported() : service(incident).getName());
		return model;
	}

	private static void require(String field, String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(field + " is required.");
		}
	}

	private static void check(String field, String value, Set<String> allowed) {
		if (value == null || !allowed.contains(value)) {
			throw new IllegalArgumentException(field + ": use one of " + allowed.stream().sorted().toList() + ".");
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	private static Instant now() {
		// The engine's clock, so that the records and the process timers agree (tests move it).
		return ClockUtil.getCurrentTime().toInstant();
	}
}

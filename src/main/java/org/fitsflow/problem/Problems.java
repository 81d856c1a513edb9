package org.fitsflow.problem;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.fitsflow.incident.Incident;
import org.fitsflow.incident.IncidentRepository;
import org.fitsflow.mail.Mail;
import org.fitsflow.school.Person;
import org.fitsflow.school.SchoolDirectory;
import org.fitsflow.servicelevel.CatalogueService;
import org.fitsflow.servicelevel.ServiceCatalogue;
import org.fitsflow.system.References;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Problem Management: raising problems (never twice for one open cause), diagnosis, and closing them. */
@Service
@Transactional
public class Problems {

	/** The message that starts problem-management for a problem recorded here. */
	public static final String PROBLEM_DETECTED = "ProblemDetected";

	private final ProblemRepository problems;
	private final IncidentRepository incidents;
	private final ServiceCatalogue catalogue;
	private final SchoolDirectory directory;
	private final References references;
	private final Mail mail;
	private final ProblemSettings settings;
	private final RuntimeService runtime;

	Problems(ProblemRepository problems, IncidentRepository incidents, ServiceCatalogue catalogue,
			SchoolDirectory directory, References references, Mail mail, ProblemSettings settings,
			@Lazy RuntimeService runtime) {
		this.problems = problems;
		this.incidents = incidents;
		this.catalogue = catalogue;
		this.directory = directory;
		this.references = references;
		this.mail = mail;
		this.settings = settings;
		this.runtime = runtime;
	}

	@Transactional(readOnly = true)
	public Problem problem(String schoolId, String reference) {
		return problems.findBySchoolIdAndReference(schoolId, reference)
			.orElseThrow(() -> new NoSuchElementException("There is no problem " + reference + " in school '" + schoolId + "'."));
	}

	/** A problem raised from the start form by second-level support or maintenance (from monitoring). */
	public Problem raise(String schoolId, String description, String serviceName, String assetReference, String source,
			String raisedBy) {
		if (description == null || description.isBlank()) {
			throw new IllegalArgumentException("description: say what the problem is.");
		}
		Problem.Source from = switch (source == null ? "" : source) {
			case "second-level-support" -> Problem.Source.SECOND_LEVEL_SUPPORT;
			case "monitoring" -> Problem.Source.MONITORING;
			default -> throw new IllegalArgumentException("source: use second-level-support or monitoring.");
		};
		Long serviceId = null;
		if (serviceName != null && !serviceName.isBlank()) {
			serviceId = catalogue.byName(schoolId, serviceName)
				.orElseThrow(() -> new IllegalArgumentException("service: '" + serviceName
						+ "' is not in the service catalogue; use one of " + catalogue.services(schoolId).stream()
							.map(CatalogueService::getName).toList()))
				.getId();
		}
		return problems.save(new Problem(schoolId, references.next(schoolId, "PRB"), serviceId, blankToNull(assetReference),
				description.trim(), from, raisedBy, now()));
	}

	/**
	 * Second-level support says an incident has an underlying problem: it joins the open problem on the same service
	 * or asset if there is one, otherwise a new problem is raised and its process started.
	 */
	public Problem raiseForIncident(Incident incident, String raisedBy) {
		Optional<Problem> open = openFor(incident);
		if (open.isPresent()) {
			incident.linkToProblem(open.get().getId());
			return open.get();
		}
		Problem problem = problems.save(new Problem(incident.getSchoolId(), references.next(incident.getSchoolId(), "PRB"),
				incident.getServiceId(), incident.getAssetReference(),
				limit("Underlying cause of " + incident.getReference() + ": " + incident.getDescription()),
				Problem.Source.SECOND_LEVEL_SUPPORT, raisedBy, now()));
		incident.linkToProblem(problem.getId());
		start(problem, List.of(incident));
		return problem;
	}

	/**
	 * A newly categorised incident: linked to the open problem on its service or asset, or, if that service or asset
	 * has now had too many incidents within the window, the cause of a new problem.
	 */
	public Optional<Problem> noteIncident(Incident incident) {
		Optional<Problem> open = openFor(incident);
		if (open.isPresent()) {
			incident.linkToProblem(open.get().getId());
			return open;
		}
		if (incident.getServiceId() == null && incident.getAssetReference() == null) {
			return Optional.empty();
		}
		Instant since = now().minus(settings.repeatWindow());
		List<Incident> repeats = incidents.findRepeats(incident.getSchoolId(), incident.getServiceId(),
				incident.getAssetReference(), since);
		if (repeats.stream().noneMatch(i -> i.getId().equals(incident.getId()))) {
			repeats = new java.util.ArrayList<>(repeats);
			repeats.add(incident);
		}
		if (repeats.size() < settings.repeatThreshold()) {
			return Optional.empty();
		}
		String on = incident.getServiceId() != null
				? "service '" + catalogue.service(incident.getSchoolId(), incident.getServiceId()).getName() + "'"
				: "asset " + incident.getAssetReference();
		Problem problem = problems.save(new Problem(incident.getSchoolId(), references.next(incident.getSchoolId(), "PRB"),
				incident.getServiceId(), incident.getAssetReference(),
				limit(repeats.size() + " incidents on " + on + " within " + settings.repeatWindow().toDays() + " days: "
						+ String.join(", ", repeats.stream().map(Incident::getReference).toList())),
				Problem.Source.REPEATED_INCIDENTS, null, now()));
		repeats.forEach(i -> i.linkToProblem(problem.getId()));
		start(problem, repeats);
		return Optional.of(problem);
	}

	/** The open problem with a workaround on this service, for first-level support to see on a new incident. */
	@Transactional(readOnly = true)
	public Optional<Problem> knownWorkaround(String schoolId, Long serviceId, String assetReference) {
		return problems.findOpen(schoolId, serviceId, assetReference).stream()
			.filter(p -> p.getWorkaround() != null && !p.getWorkaround().isBlank())
			.findFirst();
	}

	public Problem diagnose(String schoolId, String reference, String rootCause, String workaround) {
		Problem problem = problem(schoolId, reference);
		if (rootCause == null || rootCause.isBlank()) {
			throw new IllegalArgumentException("rootCause: record the root cause.");
		}
		problem.rootCause = rootCause.trim();
		problem.workaround = blankToNull(workaround);
		return problem;
	}

	public Problem recordChangeOutcome(String schoolId, String reference, String changeReference, String outcome) {
		Problem problem = problem(schoolId, reference);
		problem.changeReference = changeReference;
		problem.changeOutcome = outcome;
		return problem;
	}

	/** Closes a verified problem and tells the reporter of every linked incident. */
	public Problem close(String schoolId, String reference) {
		Problem problem = problem(schoolId, reference);
		problem.status = Problem.Status.CLOSED;
		problem.verifiedAt = now();
		problem.closedAt = problem.verifiedAt;
		for (Incident incident : incidents.findByProblemId(problem.getId())) {
			Optional<Person> found = directory.people(schoolId).stream()
				.filter(p -> p.getUserId().equals(incident.getReportedBy())).findFirst();
			if (found.isEmpty()) {
				continue; // the reporter has left the school
			}
			Person reporter = found.get();
			mail.send(schoolId, List.of(reporter.getEmail()), "problem-closed", Map.of("name", reporter.getName(),
					"incident", incident.getReference(), "problem", problem.getReference(),
					"rootCause", String.valueOf(problem.getRootCause())));
		}
		return problem;
	}

	@Transactional(readOnly = true)
	public List<String> linkedIncidents(Problem problem) {
		return incidents.findByProblemId(problem.getId()).stream().map(Incident::getReference).toList();
	}

	private Optional<Problem> openFor(Incident incident) {
		return problems.findOpen(incident.getSchoolId(), incident.getServiceId(), incident.getAssetReference())
			.stream().findFirst();
	}

	private void start(Problem problem, List<Incident> linked) {
		runtime.createMessageCorrelation(PROBLEM_DETECTED)
			.processInstanceBusinessKey(problem.getReference())
			.setVariable("schoolId", problem.getSchoolId())
			.setVariable("problemReference", problem.getReference())
			.setVariable("description", problem.getDescription())
			.setVariable("linkedIncidents", String.join(", ", linked.stream().map(Incident::getReference).toList()))
			.correlateStartMessage();
	}

	/** A problem's description column holds 4000 characters. */
	private static String limit(String description) {
		return description.length() <= 4000 ? description : description.substring(0, 3997) + "...";
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	private static Instant now() {
		// The engine's clock, so that the records and the process timers agree (tests move it).
		return ClockUtil.getCurrentTime().toInstant();
	}
}

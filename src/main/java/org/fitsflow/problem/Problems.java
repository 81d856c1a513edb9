package org.fitsflow.problem;

import static org.fitsflow.problem.ProblemManagementProcess.*;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.fitsflow.configuration.ConfigurationRegister;
import org.fitsflow.incident.Incident;
import org.fitsflow.incident.Incidents;
import org.fitsflow.mail.Mail;
import org.fitsflow.school.Person;
import org.fitsflow.school.SchoolDirectory;
import org.fitsflow.servicelevel.CatalogueService;
import org.fitsflow.servicelevel.ServiceCatalogue;
import org.fitsflow.system.References;
import org.fitsflow.system.process.ProcessVariables;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Problem Management: raising problems (never twice for one open cause), diagnosis, and closing them. */
@Service
@Transactional
public class Problems {

	/** The in-variables of a request for change raised from a problem. */
	public record ChangeRequest(String briefDescription, String reason) {
	}

	private final ProblemRepository problems;
	private final Incidents incidents;
	private final ServiceCatalogue catalogue;
	private final ConfigurationRegister register;
	private final SchoolDirectory directory;
	private final References references;
	private final Mail mail;
	private final RuntimeService runtime;
	private final Clock clock;

	Problems(ProblemRepository problems, @Lazy Incidents incidents, ServiceCatalogue catalogue,
			ConfigurationRegister register, SchoolDirectory directory,
			References references, Mail mail, @Lazy RuntimeService runtime, Clock clock) {
		this.problems = problems;
		this.incidents = incidents;
		this.catalogue = catalogue;
		this.register = register;
		this.directory = directory;
		this.references = references;
		this.mail = mail;
		this.runtime = runtime;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Problem problem(String schoolId, String reference) {
		return problems.findBySchoolIdAndReference(schoolId, reference)
			.orElseThrow(() -> new NoSuchElementException("There is no problem " + reference + " in school '" + schoolId + "'."));
	}

	/** The school's problems, newest first. */
	@Transactional(readOnly = true)
	public List<Problem> problems(String schoolId) {
		return problems.findBySchoolIdOrderByRaisedAtDesc(schoolId);
	}

	/** A problem raised from the start form by second-level support or maintenance (from monitoring). */
	public Problem raise(String schoolId, String description, String serviceName, String assetReference,
			Problem.Source source, String raisedBy) {
		if (description == null || description.isBlank()) {
			throw new IllegalArgumentException(DESCRIPTION + ": say what the problem is.");
		}
		if (source != Problem.Source.SECOND_LEVEL_SUPPORT && source != Problem.Source.MONITORING) {
			throw new IllegalArgumentException(SOURCE + ": use second-level-support or monitoring.");
		}
		Long serviceId = null;
		if (serviceName != null && !serviceName.isBlank()) {
			serviceId = catalogue.byName(schoolId, serviceName)
				.orElseThrow(() -> new IllegalArgumentException(SERVICE + ": '" + serviceName
						+ "' is not in the service catalogue; use one of " + catalogue.services(schoolId).stream()
							.map(CatalogueService::getName).toList()))
				.getId();
		}
		String asset = register.named(schoolId, ASSET_REFERENCE.name(), assetReference);
		return problems.save(new Problem(schoolId, references.next(schoolId, "PRB"), serviceId, asset,
				description.trim(), source, raisedBy, clock.instant()));
	}

	/**
	 * A new problem for incidents that share a cause, and its process started with them listed. The incidents are
	 * linked to it by Incident Management (the caller).
	 */
	Problem raiseFor(List<Incident> linked, Long serviceId, String assetReference, String description,
			Problem.Source source, String raisedBy) {
		Incident first = linked.get(0);
		Problem problem = problems.save(new Problem(first.getSchoolId(), references.next(first.getSchoolId(), "PRB"),
				serviceId, assetReference, description, source, raisedBy, clock.instant()));
		startDetected(problem, String.join(", ", linked.stream().map(Incident::getReference).toList()));
		return problem;
	}

	/**
	 * A potential problem maintenance found while monitoring (002: proactively resolve potential problems): recorded
	 * as the start form would, and its process started at maintenance's investigation.
	 */
	public Problem raiseFromMonitoring(String schoolId, String description, String serviceName, String assetReference,
			String raisedBy) {
		Problem problem = raise(schoolId, description, serviceName, assetReference, Problem.Source.MONITORING, raisedBy);
		startDetected(problem, "none yet");
		return problem;
	}

	private void startDetected(Problem problem, String linkedIncidents) {
		runtime.createMessageCorrelation(PROBLEM_DETECTED)
			.processInstanceBusinessKey(problem.getReference())
			.setVariables(ProcessVariables.with(SCHOOL_ID, problem.getSchoolId())
				.and(PROBLEM_REFERENCE, problem.getReference())
				.and(DESCRIPTION, problem.getDescription())
				.and(LINKED_INCIDENTS, linkedIncidents)
				.and(INVESTIGATED_BY, problem.investigator()))
			.correlateStartMessage();
	}

	/** The open problem on a service or an asset (the oldest), if there is one: one open cause is never raised twice. */
	@Transactional(readOnly = true)
	public Optional<Problem> openOn(String schoolId, Long serviceId, String assetReference) {
		return problems.findOpen(schoolId, serviceId, assetReference).stream().findFirst();
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
			throw new IllegalArgumentException(ROOT_CAUSE + ": record the root cause.");
		}
		problem.diagnosed(rootCause, workaround);
		return problem;
	}

	/** What the request for change for a diagnosed problem says, unless second-level support wrote it. */
	@Transactional(readOnly = true)
	public ChangeRequest changeRequest(String schoolId, String reference, String briefDescription, String reason) {
		Problem problem = problem(schoolId, reference);
		return new ChangeRequest(
				briefDescription == null || briefDescription.isBlank() ? "Permanent fix for " + reference : briefDescription,
				reason == null || reason.isBlank() ? "Root cause of " + reference + ": " + problem.getRootCause() : reason);
	}

	public Problem recordChangeOutcome(String schoolId, String reference, String changeReference, String outcome) {
		Problem problem = problem(schoolId, reference);
		problem.changeFinished(changeReference, outcome);
		return problem;
	}

	/** Closes a verified problem and tells the reporter of every linked incident. */
	public Problem close(String schoolId, String reference) {
		Problem problem = problem(schoolId, reference);
		problem.closed(clock.instant());
		for (Incident incident : incidents.linkedTo(problem.getId())) {
			Optional<Person> found = directory.people(schoolId).stream()
				.filter(p -> p.getUserId().equals(incident.getReportedBy())).findFirst();
			if (found.isEmpty()) {
				continue; // the reporter has left the school
			}
			Person reporter = found.get();
			mail.send(schoolId, List.of(reporter.getEmail()), "problem-closed", Map.of("name", reporter.getName(),
					"incident", incident.getReference(), "problem", problem.getReference(),
					ROOT_CAUSE.name(), String.valueOf(problem.getRootCause())));
		}
		return problem;
	}
}

package org.fitsflow.incident;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.fitsflow.school.School;
import org.fitsflow.school.SchoolAccess;
import org.fitsflow.school.SchoolDirectory;
import org.fitsflow.school.SchoolPage;
import org.fitsflow.servicelevel.CatalogueService;
import org.fitsflow.system.AsSystem;
import org.fitsflow.system.CurrentUser;
import org.fitsflow.system.ForbiddenException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * My reports: every ICT user's incidents and requests, in each school they belong to, with where each stands, its
 * FITS priority, its targets and whether they were met, and what the reporter may do now: confirm the fix or reopen
 * it within the reopening window (the same rule as the API and the e-mail's links, through {@link IncidentMessages}),
 * or answer first-level support's question. Only the caller's own reports are listed, whatever function they hold.
 */
@Controller
@SchoolPage
class MyReportsPage {

	static final String PATH = "/pages/my-reports";
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm");

	private final Incidents incidents;
	private final IncidentMessages messages;
	private final SchoolDirectory directory;
	private final SchoolAccess access;
	private final CurrentUser currentUser;
	private final RuntimeService runtime;
	private final AsSystem asSystem;
	private final IncidentProperties properties;
	private final Clock clock;

	MyReportsPage(Incidents incidents, IncidentMessages messages, SchoolDirectory directory, SchoolAccess access,
			CurrentUser currentUser, RuntimeService runtime, AsSystem asSystem, IncidentProperties properties, Clock clock) {
		this.incidents = incidents;
		this.messages = messages;
		this.directory = directory;
		this.access = access;
		this.currentUser = currentUser;
		this.runtime = runtime;
		this.asSystem = asSystem;
		this.properties = properties;
		this.clock = clock;
	}

	/** One target as the reporter reads it: when it is due and whether it was met (null: not yet known). */
	record Target(String due, Boolean met) {
	}

	/** One report as a row of the page. */
	record Report(String schoolId, String reference, String kind, String description, String service, String status,
			String priority, String reported, Target response, Target fix, String resolution, boolean mayAnswer,
			String answerBy, String question) {
	}

	/** One school's reports (most people have one school). */
	record SchoolReports(String schoolId, String schoolName, List<Report> reports) {
	}

	@GetMapping(PATH)
	String show(Model model) {
		String userId = currentUser.userId();
		List<SchoolReports> schools = new ArrayList<>();
		for (School school : directory.schools()) {
			if (!currentUser.schoolIds().contains(school.getId())) {
				continue;
			}
			Map<Long, String> services = incidents.catalogue(school.getId()).stream()
				.collect(Collectors.toMap(CatalogueService::getId, CatalogueService::getName, (a, b) -> a));
			List<Report> reports = incidents.reportedBy(school.getId(), userId).stream()
				.sorted(Comparator.comparing(Incident::getLoggedAt, Comparator.nullsLast(Comparator.reverseOrder())))
				.map(incident -> report(incident, services::get))
				.toList();
			schools.add(new SchoolReports(school.getId(), school.getName(), reports));
		}
		model.addAttribute("page", "my-reports");
		model.addAttribute("schools", schools);
		model.addAttribute("reopenDays", properties.reopenWithin().toDays());
		return "incidents/my-reports";
	}

	@PostMapping(PATH + "/{schoolId}/{reference}/confirm")
	String confirm(@PathVariable String schoolId, @PathVariable String reference, RedirectAttributes redirect) {
		return answer(schoolId, reference, ReporterAnswer.CONFIRMED, redirect);
	}

	@PostMapping(PATH + "/{schoolId}/{reference}/reopen")
	String reopen(@PathVariable String schoolId, @PathVariable String reference, RedirectAttributes redirect) {
		return answer(schoolId, reference, ReporterAnswer.REOPENED, redirect);
	}

	/** The reporter answers first-level support's question here instead of by e-mail (once, while it is open). */
	@PostMapping(PATH + "/{schoolId}/{reference}/answer")
	String answerQuestion(@PathVariable String schoolId, @PathVariable String reference,
			@RequestParam(name = "answer", required = false) String answer, RedirectAttributes redirect) {
		access.checkMember(schoolId);
		Incident incident = incidents.incident(schoolId, reference);
		if (!incident.getReportedBy().equals(currentUser.userId())) {
			throw new ForbiddenException("My reports lists only your own reports; " + reference
					+ " was reported by someone else.");
		}
		try {
			messages.answerQuestion(schoolId, reference, answer, currentUser.userId());
			redirect.addFlashAttribute("done", "Thank you: your answer on " + reference + " has gone to first-level "
					+ "support, who carry on with it.");
		}
		catch (IllegalArgumentException notNow) {
			redirect.addFlashAttribute("refused", notNow.getMessage() + " Nothing was changed.");
		}
		catch (OptimisticLockingException | MismatchingMessageCorrelationException answeredAtTheSameMoment) {
			// First-level support recorded an answer at the same moment: theirs counted.
			redirect.addFlashAttribute("refused", reference + " was answered at the same moment. Nothing more was changed.");
		}
		return "redirect:" + PATH;
	}

	/** The school and the reporter come from the login and the record, never from the form. */
	private String answer(String schoolId, String reference, ReporterAnswer answer, RedirectAttributes redirect) {
		access.checkMember(schoolId);
		Incident incident = incidents.incident(schoolId, reference);
		if (!incident.getReportedBy().equals(currentUser.userId())) {
			throw new ForbiddenException("My reports lists only your own reports; " + reference
					+ " was reported by someone else.");
		}
		try {
			messages.answer(schoolId, reference, answer, currentUser.userId());
			redirect.addFlashAttribute("done", answer == ReporterAnswer.CONFIRMED
					? "Thank you: you have confirmed that " + reference + " is fixed. The single point of contact will close it."
					: "Thank you: " + reference + " is reopened, and first-level support will look at it again.");
		}
		catch (IllegalArgumentException notNow) {
			redirect.addFlashAttribute("refused", notNow.getMessage() + " Nothing was changed.");
		}
		catch (OptimisticLockingException | MismatchingMessageCorrelationException answeredAtTheSameMoment) {
			// The e-mail's link (or the single point of contact) at the same moment: the first answer counted.
			redirect.addFlashAttribute("refused", reference + " was answered at the same moment. Nothing more was changed.");
		}
		return "redirect:" + PATH;
	}

	private Report report(Incident incident, Function<Long, String> serviceNames) {
		String service = incident.getServiceId() == null ? null : serviceNames.apply(incident.getServiceId());
		IncidentResolution resolution = incident.currentResolution();
		Instant until = incident.getResolvedAt() == null ? null : incident.getResolvedAt().plus(properties.reopenWithin());
		boolean mayAnswer = incident.getStatus() == Incident.Status.RESOLVED && resolution != null
				&& !resolution.isAnswered() && until != null && clock.instant().isBefore(until);
		return new Report(incident.getSchoolId(), incident.getReference(), kind(incident.getCategory()),
				incident.getDescription(), service != null ? service : incident.getServiceAsReported(),
				status(incident.getStatus()), incident.getPriority() == null ? "not set yet"
						: IncidentManagementDelegates.inWords(incident.getPriority()),
				when(incident.getLoggedAt()), new Target(when(incident.getResponseTarget()), incident.getResponseTargetMet()),
				new Target(when(incident.getFixTarget()), incident.getFixTargetMet()), incident.getResolution(), mayAnswer,
				mayAnswer ? when(until) : null,
				incident.getStatus() == Incident.Status.ON_HOLD ? question(incident) : null);
	}

	/** First-level support's question while the incident waits on the reporter (the e-mail asked it too). */
	private String question(Incident incident) {
		return asSystem.call(() -> runtime.createVariableInstanceQuery()
			.processInstanceIdIn(incident.getProcessInstanceId())
			.variableName(IncidentManagementProcess.QUESTION_FOR_REPORTER.name())
			.list().stream().map(VariableInstance::getValue).filter(v -> v != null).map(Object::toString)
			.findFirst().orElse("see the e-mail first-level support sent you"));
	}

	private static String kind(IncidentCategory category) {
		if (category == null) {
			return "Not yet categorised";
		}
		return switch (category) {
			case FAULT -> "Fault";
			case REQUEST -> "Request";
			case NEW_REQUIREMENT -> "New requirement";
		};
	}

	/** The status in the words of the FITS incident life cycle, as a reporter would ask "where is it?". */
	private static String status(Incident.Status status) {
		return switch (status) {
			case LOGGED -> "Logged, being categorised";
			case IN_PROGRESS -> "First-level support is on it";
			case ON_HOLD -> "Waiting for your answer";
			case RESTORED -> "Service restored";
			case WITH_SECOND_LEVEL -> "With second-level support";
			case RESOLVED -> "Resolved: is it fixed?";
			case CLOSED -> "Closed";
		};
	}

	private String when(Instant instant) {
		return instant == null ? null : WHEN.format(instant.atZone(clock.getZone()));
	}
}

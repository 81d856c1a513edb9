package org.fitsflow.continuity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.fitsflow.mail.Attachment;
import org.fitsflow.mail.Mail;
import org.fitsflow.school.FitsFunction;
import org.fitsflow.school.FunctionMail;
import org.fitsflow.school.Person;
import org.fitsflow.school.SchoolDirectory;
import org.fitsflow.servicelevel.CatalogueService;
import org.fitsflow.servicelevel.ServiceCatalogue;
import org.fitsflow.system.ForbiddenException;
import org.fitsflow.system.References;
import org.fitsflow.system.process.ActingUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invoking the contingency plan (001 task 4, step 8), one step of {@code contingency-invocation} at a time: the ICT
 * owner invokes it (or is asked to, once, by a long outage), the recovery team is told with the plan attached, each
 * affected service's manual system is started and its recovery plan carried out until the ICT owner records it
 * restored, staff get progress updates meanwhile, and a review records what happened and the lessons. Every e-mail
 * goes through the outbox, so mail that is down delays them; steps can be recorded afterwards with their real times.
 */
@Service
@Transactional
public class Invocations {

	static final String PREFIX = "CON";

	/** What one affected service's recovery needs: its manual system from the plan in force, if it names one. */
	public record Recovery(String serviceName, boolean manualSystemInPlan, String manualSystemSteps,
			String manualSystemFunction, String manualSystemPerson, String recoveryPlanReference) {
	}

	/** The columns of the review form's lists. */
	static final String LESSON = "lesson", RECOMMENDATION = "recommendation", WHAT = "what", WHEN = "when";

	private final InvocationRepository invocations;
	private final LessonRepository lessons;
	private final ContingencyPlans plans;
	private final ServiceCatalogue catalogue;
	private final SchoolDirectory directory;
	private final References references;
	private final PrintablePlan printable;
	private final Mail mail;
	private final FunctionMail functionMail;
	private final StepTimes times;
	private final ContinuityProperties properties;
	private final Clock clock;

	Invocations(InvocationRepository invocations, LessonRepository lessons, ContingencyPlans plans,
			ServiceCatalogue catalogue, SchoolDirectory directory, References references, PrintablePlan printable,
			Mail mail, FunctionMail functionMail, StepTimes times, ContinuityProperties properties, Clock clock) {
		this.invocations = invocations;
		this.lessons = lessons;
		this.plans = plans;
		this.catalogue = catalogue;
		this.directory = directory;
		this.references = references;
		this.printable = printable;
		this.mail = mail;
		this.functionMail = functionMail;
		this.times = times;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Invocation invocation(String schoolId, String reference) {
		return invocations.findBySchoolIdAndReference(schoolId, reference).orElseThrow(() -> new NoSuchElementException(
				"There is no invocation " + reference + " in school '" + schoolId + "'."));
	}

	@Transactional(readOnly = true)
	public List<Invocation> invocations(String schoolId) {
		directory.school(schoolId);
		return invocations.findBySchoolIdOrderByIdDesc(schoolId);
	}

	@Transactional(readOnly = true)
	public List<Lesson> lessons(Invocation invocation) {
		return lessons.findByInvocationIdOrderById(invocation.getId());
	}

	/**
	 * The ICT owner invokes the plan from Tasklist: the affected services (as the catalogue names them, separated by
	 * commas), what happened, and when the loss began if not just now. Refused, naming the field, unless the caller
	 * holds the ICT owner function in the school.
	 */
	public Invocation invoke(String schoolId, String invokedBy, String affectedServices, String whatHappened,
			String lossStartedAt, String processInstanceId) {
		checkIctOwner(schoolId, invokedBy);
		List<CatalogueService> services = services(schoolId, affectedServices);
		String what = required("whatHappened", whatHappened, 4000);
		Instant startedAt = times.when("lossStartedAt", lossStartedAt, null);
		Invocation invocation = Invocation.invoked(schoolId, references.next(schoolId, PREFIX), what, startedAt,
				plans.inForce(schoolId).map(ContingencyPlan::getId).orElse(null), invokedBy, clock.instant());
		services.forEach(s -> invocation.affect(s.getId(), s.getName()));
		invocation.step(clock.instant(), "Contingency plan invoked by " + name(schoolId, invokedBy) + ": " + what,
				invokedBy, clock.instant());
		invocation.runBy(processInstanceId);
		return invocations.save(invocation);
	}

	/** An incident on a service of high importance is still not restored: the question is recorded, once per incident. */
	Invocation ask(String schoolId, String incidentReference, CatalogueService service, String whatHappened,
			Instant lossStartedAt) {
		Invocation invocation = Invocation.asked(schoolId, references.next(schoolId, PREFIX), incidentReference,
				whatHappened, lossStartedAt, clock.instant());
		invocation.affect(service.getId(), service.getName());
		return invocations.saveAndFlush(invocation);
	}

	@Transactional(readOnly = true)
	public Optional<Invocation> askedFor(String schoolId, String incidentReference) {
		return invocations.findBySchoolIdAndIncidentReference(schoolId, incidentReference);
	}

	void runBy(Invocation invocation, String processInstanceId) {
		invocations.findById(invocation.getId()).orElseThrow().runBy(processInstanceId);
	}

	/**
	 * The ICT owner's answer to the question: invoke (with the services and what happened, as on the start form) or
	 * not now. Returns whether the plan is invoked.
	 */
	public boolean decide(String schoolId, String reference, InvocationDecision decision, String reason,
			String affectedServices, String whatHappened, String lossStartedAt, String by) {
		checkIctOwner(schoolId, by);
		Invocation invocation = invocation(schoolId, reference);
		if (invocation.getStatus() != Invocation.Status.ASKED) {
			throw new IllegalArgumentException("Invocation " + reference + " was decided already.");
		}
		if (decision == null) {
			throw new IllegalArgumentException("decision: invoke or not-now.");
		}
		invocation.decidedBecause(reason == null || reason.isBlank() ? null : reason.trim());
		if (decision == InvocationDecision.NOT_NOW) {
			invocation.declined(invocation.getDecisionReason(), by, clock.instant());
			return false;
		}
		if (affectedServices != null && !affectedServices.isBlank()) {
			List<CatalogueService> services = services(schoolId, affectedServices);
			invocation.clearServices();
			services.forEach(s -> invocation.affect(s.getId(), s.getName()));
		}
		if (whatHappened != null && !whatHappened.isBlank()) {
			invocation.describe(required("whatHappened", whatHappened, 4000));
		}
		Instant startedAt = lossStartedAt == null || lossStartedAt.isBlank() ? invocation.getStartedAt()
				: times.when("lossStartedAt", lossStartedAt, null);
		invocation.invoke(startedAt, plans.inForce(schoolId).map(ContingencyPlan::getId).orElse(null), by,
				clock.instant());
		invocation.step(clock.instant(), "Contingency plan invoked by " + name(schoolId, by) + " (asked about incident "
				+ invocation.getIncidentReference() + "): " + invocation.getWhatHappened(), by, clock.instant());
		return true;
	}

	/** The recovery team (and the ICT owner) are told, with the plan in force attached. */
	public void tellRecoveryTeam(String schoolId, String reference) {
		Invocation invocation = invocation(schoolId, reference);
		ContingencyPlan plan = plan(invocation);
		List<Attachment> files = plan == null ? List.of() : List.of(printable.attachment(plan));
		Map<String, Object> model = model(invocation, plan);
		mail.send(schoolId, plans.recoveryTeamAddresses(schoolId, plan), "contingency-invoked", model, files);
		invocation.step(clock.instant(), "Recovery team told by e-mail" + (plan == null ? " (no contingency plan issued)"
				: ", contingency plan version " + plan.getVersion() + " attached"), ActingUser.SYSTEM, clock.instant());
	}

	/** The ids of the affected services, for the model's recovery of each. */
	@Transactional(readOnly = true)
	public List<String> affectedServiceIds(String schoolId, String reference) {
		return invocation(schoolId, reference).getServices().stream().map(s -> s.getServiceId().toString()).toList();
	}

	@Transactional(readOnly = true)
	public Recovery recovery(String schoolId, String reference, Long serviceId) {
		Invocation invocation = invocation(schoolId, reference);
		AffectedService service = invocation.service(serviceId);
		ContingencyPlan plan = plan(invocation);
		Optional<ManualSystem> manual = plans.manualSystem(plan, serviceId);
		String function = manual.map(m -> m.getStartedByFunction() != null ? m.getStartedByFunction()
				: FitsFunction.ICT_OWNER.groupId()).orElse(null);
		return new Recovery(service.getServiceName(), manual.isPresent(), manual.map(ManualSystem::getSteps).orElse(null),
				function, manual.map(ManualSystem::getStartedByUser).orElse(null),
				plan == null ? null : plan.getRecoveryPlanReference());
	}

	public void manualSystemStarted(String schoolId, String reference, Long serviceId, String happenedAt, String notes,
			String by) {
		Invocation invocation = invocation(schoolId, reference);
		AffectedService service = invocation.service(serviceId);
		Instant when = times.when("happenedAt", happenedAt, invocation.stepsFrom());
		service.manualSystemStarted(when, by);
		invocation.step(when, "Manual system for " + service.getServiceName() + " in use" + notes(notes), by,
				clock.instant());
	}

	public void recoveryDone(String schoolId, String reference, Long serviceId, String happenedAt, String notes,
			String by) {
		Invocation invocation = invocation(schoolId, reference);
		AffectedService service = invocation.service(serviceId);
		Instant when = times.when("happenedAt", happenedAt, invocation.stepsFrom());
		service.recoveryDone(when, by);
		invocation.step(when, "Recovery plan carried out for " + service.getServiceName() + notes(notes), by,
				clock.instant());
	}

	/**
	 * The ICT owner's check after the recovery: restored (the invocation is over when every service is), or not yet
	 * (maintenance carries on). Returns whether the service is restored.
	 */
	public boolean checked(String schoolId, String reference, Long serviceId, Restoration restoration, String happenedAt,
			String notes, String by) {
		checkIctOwner(schoolId, by);
		if (restoration == null) {
			throw new IllegalArgumentException("restoration: restored or not-yet.");
		}
		Invocation invocation = invocation(schoolId, reference);
		AffectedService service = invocation.service(serviceId);
		Instant when = times.when("happenedAt", happenedAt, invocation.stepsFrom());
		if (restoration == Restoration.NOT_YET) {
			invocation.step(when, service.getServiceName() + " not restored yet" + notes(notes), by, clock.instant());
			return false;
		}
		service.restored(when, by);
		invocation.step(when, service.getServiceName() + " restored" + notes(notes), by, clock.instant());
		if (invocation.allRestored()) {
			invocation.restored(invocation.getServices().stream().map(AffectedService::getRestoredAt)
				.max(Instant::compareTo).orElse(when));
		}
		return true;
	}

	/** Staff are told how the recovery stands and whom to contact, at the communications plan's interval. */
	public void sendProgressUpdate(String schoolId, String reference) {
		Invocation invocation = invocation(schoolId, reference);
		functionMail.send(schoolId, FitsFunction.ICT_USERS, "contingency-progress", model(invocation, plan(invocation)));
		invocation.step(clock.instant(), "Progress update sent to staff", ActingUser.SYSTEM, clock.instant());
	}

	/** Every service is back: staff and the recovery team are told. */
	public void tellServicesRestored(String schoolId, String reference) {
		Invocation invocation = invocation(schoolId, reference);
		ContingencyPlan plan = plan(invocation);
		List<String> to = new ArrayList<>(plans.recoveryTeamAddresses(schoolId, plan));
		directory.holders(schoolId, FitsFunction.ICT_USERS).stream().map(Person::getEmail).forEach(to::add);
		mail.send(schoolId, to, "contingency-restored", model(invocation, plan));
		invocation.step(clock.instant(), "Staff and the recovery team told the services are restored",
				ActingUser.SYSTEM, clock.instant());
	}

	/** How often staff get progress updates: the communications plan's interval, or the default without a plan. */
	@Transactional(readOnly = true)
	public Duration updateInterval(String schoolId, String reference) {
		ContingencyPlan plan = plan(invocation(schoolId, reference));
		return plan == null ? properties.defaultUpdateInterval() : plan.getUpdateInterval();
	}

	/** A step recorded afterwards, with the time it really happened. */
	public InvocationStep recordStep(String schoolId, String reference, String what, String happenedAt, String by) {
		checkIctOwner(schoolId, by);
		Invocation invocation = invocation(schoolId, reference);
		String text = required("what", what, 2000);
		Instant when = times.when("happenedAt", happenedAt, invocation.stepsFrom());
		invocation.step(when, text, by, clock.instant());
		invocations.flush();
		return invocation.getSteps().stream().filter(s -> s.getWhat().equals(text) && s.getHappenedAt().equals(when))
			.reduce((a, b) -> b).orElseThrow();
	}

	/**
	 * The review afterwards: what happened, the lessons (each perhaps with an improvement to recommend; the next risk
	 * assessment takes them in) and any steps not recorded yet, each with its time. Every row is checked first.
	 */
	public Invocation review(String schoolId, String reference, String notes, Object lessonRows, Object stepRows,
			String by) {
		checkIctOwner(schoolId, by);
		Invocation invocation = invocation(schoolId, reference);
		List<String> wrong = new ArrayList<>();
		String reviewNotes = notes == null || notes.isBlank() ? null : notes.trim();
		if (reviewNotes == null) {
			wrong.add("reviewNotes: say what happened");
		}
		List<Lesson.Details> learnt = new ArrayList<>();
		List<Map<String, Object>> rows = FormList.rows("lessons", lessonRows);
		for (int i = 0; i < rows.size(); i++) {
			String lesson = FormList.text(rows.get(i), LESSON);
			String recommendation = FormList.text(rows.get(i), RECOMMENDATION);
			if (lesson == null && recommendation == null) {
				continue;
			}
			if (lesson == null || lesson.length() > 2000 || (recommendation != null && recommendation.length() > 2000)) {
				wrong.add("lessons " + (i + 1) + ": say what was learnt (at most 2000 characters)");
				continue;
			}
			learnt.add(new Lesson.Details(lesson, recommendation));
		}
		Map<Instant, String> steps = new LinkedHashMap<>();
		rows = FormList.rows("stepsToAdd", stepRows);
		for (int i = 0; i < rows.size(); i++) {
			String what = FormList.text(rows.get(i), WHAT);
			String when = FormList.text(rows.get(i), WHEN);
			if (what == null && when == null) {
				continue;
			}
			try {
				steps.put(times.when("when", when == null ? "" : when, invocation.stepsFrom()), required("what", what, 2000));
				if (when == null) {
					wrong.add("stepsToAdd " + (i + 1) + ": say when it happened");
				}
			}
			catch (IllegalArgumentException e) {
				wrong.add("stepsToAdd " + (i + 1) + ": " + e.getMessage());
			}
		}
		ContingencyPlans.refuseIf(wrong);
		steps.forEach((when, what) -> invocation.step(when, what, by, clock.instant()));
		learnt.forEach(l -> lessons.save(new Lesson(schoolId, invocation.getId(), l, by, clock.instant())));
		invocation.reviewed(reviewNotes, by, clock.instant());
		return invocation;
	}

	/** The affected services of a form or the API: names from the catalogue, separated by commas or new lines. */
	@Transactional(readOnly = true)
	public List<CatalogueService> services(String schoolId, String names) {
		if (names == null || names.isBlank()) {
			throw new IllegalArgumentException("affectedServices: name the services lost, as the service catalogue names"
					+ " them: " + catalogueNames(schoolId) + ".");
		}
		List<CatalogueService> found = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		for (String name : Arrays.stream(names.split("[,\\n]")).map(String::trim).filter(n -> !n.isEmpty()).toList()) {
			Optional<CatalogueService> service = catalogue.byName(schoolId, name);
			if (service.isEmpty()) {
				unknown.add("'" + name + "'");
			}
			else if (found.stream().noneMatch(s -> s.getId().equals(service.get().getId()))) {
				found.add(service.get());
			}
		}
		if (!unknown.isEmpty()) {
			throw new IllegalArgumentException("affectedServices: " + String.join(", ", unknown)
					+ (unknown.size() == 1 ? " is" : " are") + " not in the service catalogue; use "
					+ catalogueNames(schoolId) + ".");
		}
		return found;
	}

	private String catalogueNames(String schoolId) {
		return String.join(", ", catalogue.services(schoolId).stream().map(CatalogueService::getName).toList());
	}

	/** What the e-mails show: the invocation, the services and how each stands, and the plan's contacts. */
	private Map<String, Object> model(Invocation invocation, ContingencyPlan plan) {
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("invocation", invocation);
		model.put("services", invocation.getServices());
		model.put("startedAt", times.shown(invocation.stepsFrom()));
		model.put("plan", plan);
		model.put("progressContact", plan == null ? null : plan.getProgressContact());
		model.put("manualSystems", plan == null ? List.of() : plan.getManualSystems().stream()
			.filter(m -> invocation.getServices().stream().anyMatch(s -> s.getServiceId().equals(m.getServiceId())))
			.toList());
		List<InvocationStep> steps = invocation.getSteps();
		model.put("latestSteps", steps.subList(Math.max(0, steps.size() - 5), steps.size()).stream()
			.map(s -> times.shown(s.getHappenedAt()) + ": " + s.getWhat()).toList());
		return model;
	}

	private ContingencyPlan plan(Invocation invocation) {
		return invocation.getPlanId() == null ? plans.inForce(invocation.getSchoolId()).orElse(null)
				: plans.versions(invocation.getSchoolId()).stream().filter(p -> p.getId().equals(invocation.getPlanId()))
					.findFirst().orElse(null);
	}

	/** Only the school's ICT owner invokes the plan and speaks for it (001: the ICT owner's task). */
	private void checkIctOwner(String schoolId, String userId) {
		if (directory.holders(schoolId, FitsFunction.ICT_OWNER).stream().noneMatch(p -> p.getUserId().equals(userId))) {
			throw new ForbiddenException("Only the ICT owner of school '" + schoolId
					+ "' may invoke the contingency plan or record its steps.");
		}
	}

	private String name(String schoolId, String userId) {
		try {
			return directory.person(schoolId, userId).getName();
		}
		catch (NoSuchElementException e) {
			return userId;
		}
	}

	private static String notes(String notes) {
		return notes == null || notes.isBlank() ? "" : ": " + notes.trim();
	}

	private static String required(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(field + " is required.");
		}
		if (value.trim().length() > max) {
			throw new IllegalArgumentException(field + " is longer than " + max + " characters.");
		}
		return value.trim();
	}
}

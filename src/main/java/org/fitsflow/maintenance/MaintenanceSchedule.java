package org.fitsflow.maintenance;

import static org.fitsflow.maintenance.PreventativeMaintenanceProcess.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.fitsflow.change.ChangeOutcome;
import org.fitsflow.configuration.ConfigurationRegister;
import org.fitsflow.school.FitsFunction;
import org.fitsflow.school.Person;
import org.fitsflow.school.SchoolDates;
import org.fitsflow.school.SchoolDirectory;
import org.fitsflow.servicelevel.CatalogueService;
import org.fitsflow.servicelevel.ServiceCatalogue;
import org.fitsflow.system.AsSystem;
import org.fitsflow.system.References;
import org.fitsflow.system.process.ProcessVariables;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The preventative maintenance schedule of each school (002, 003): activities agreed in advance with ICT users, each
 * on its own recurrence. Each occurrence is a {@code preventative-maintenance} instance whose business key names the
 * school, the activity and the date, waiting on its timer; the occurrence's row (unique per activity and date) says
 * whether its timer has fired, so an occurrence is never carried out twice. Changing an activity replaces its waiting
 * occurrence with one that follows the new details; retiring it ends it; an occurrence in hand is left to finish and
 * then schedules the next one from the activity as it then stands.
 */
@Service
@Transactional
public class MaintenanceSchedule {

	/** The in-variables of the request for change an activity that takes a service down goes through. */
	public record ChangeRequest(String briefDescription, String reason, String originator) {
	}

	static final String PREFIX = "PM";
	private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
	private static final int LONGEST_TEXT = 2000;

	private final MaintenanceActivityRepository activities;
	private final MaintenanceOccurrenceRepository occurrences;
	private final ServiceCatalogue catalogue;
	private final ConfigurationRegister register;
	private final SchoolDirectory directory;
	private final References references;
	private final SchoolDates dates;
	private final AsSystem asSystem;
	private final RuntimeService runtime;
	private final Clock clock;

	MaintenanceSchedule(MaintenanceActivityRepository activities, MaintenanceOccurrenceRepository occurrences,
			ServiceCatalogue catalogue, ConfigurationRegister register, SchoolDirectory directory, References references,
			SchoolDates dates, AsSystem asSystem, @Lazy RuntimeService runtime, Clock clock) {
		this.activities = activities;
		this.occurrences = occurrences;
		this.catalogue = catalogue;
		this.register = register;
		this.directory = directory;
		this.references = references;
		this.dates = dates;
		this.asSystem = asSystem;
		this.runtime = runtime;
		this.clock = clock;
	}

	/** The school's schedule, retired activities included (with their date), by reference. */
	@Transactional(readOnly = true)
	public List<ScheduledActivity> schedule(String schoolId) {
		return activities.findBySchoolIdOrderByReference(schoolId).stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public ScheduledActivity scheduled(String schoolId, String reference) {
		return view(activity(schoolId, reference));
	}

	/** Puts an activity on the schedule and schedules its first occurrence. */
	public ScheduledActivity add(String schoolId, ActivityDetails details, String by) {
		Checked checked = checked(schoolId, details);
		MaintenanceActivity activity = new MaintenanceActivity(schoolId, references.next(schoolId, PREFIX), by,
				clock.instant());
		activity.describe(details, checked.services(), checked.items());
		activities.saveAndFlush(activity);
		follow(activity, null);
		return view(activity);
	}

	/** Changes an activity: its waiting occurrence is replaced by one that follows the new details. */
	public ScheduledActivity change(String schoolId, String reference, ActivityDetails details) {
		MaintenanceActivity activity = activity(schoolId, reference);
		if (activity.isRetired()) {
			throw new IllegalArgumentException("reference: " + reference + " was retired on " + activity.getRetiredOn()
					+ "; put a new activity on the schedule instead.");
		}
		Checked checked = checked(schoolId, details);
		activity.describe(details, checked.services(), checked.items());
		activities.saveAndFlush(activity);
		follow(activity, null);
		return view(activity);
	}

	/** Takes an activity off the schedule (kept with the date): its waiting occurrence ends; one in hand finishes. */
	public ScheduledActivity retire(String schoolId, String reference) {
		MaintenanceActivity activity = activity(schoolId, reference);
		if (!activity.isRetired()) {
			activity.retired(dates.today());
			follow(activity, null);
		}
		return view(activity);
	}

	// --- what the model's delegates call --------------------------------------------------------------------------

	/** The occurrence's timer fired: from now on it is in hand and no change to the activity replaces it. */
	public void occurrenceDue(String schoolId, String reference, LocalDate dueOn) {
		occurrence(activity(schoolId, reference), dueOn).due();
	}

	/** What the request for change says for an activity that takes services down, raised as maintenance. */
	@Transactional(readOnly = true)
	public ChangeRequest changeRequest(String schoolId, String reference, LocalDate dueOn) {
		MaintenanceActivity activity = activity(schoolId, reference);
		String originator = directory.holders(schoolId, FitsFunction.MAINTENANCE).stream().map(Person::getUserId)
			.findFirst().orElse(activity.getRecordedBy());
		List<String> items = new ArrayList<>(activity.getAssetReferences());
		String reason = "Planned preventative maintenance on the schedule agreed with ICT users: " + activity.getWhat()
				+ ". " + downtime(activity, dueOn)
				+ (items.isEmpty() ? "" : " Items: " + String.join(", ", items) + ".")
				+ (activity.getInstructions() == null ? "" : " How: " + activity.getInstructions());
		return new ChangeRequest(abbreviated("Preventative maintenance " + reference + ": " + activity.getWhat()
				+ " on " + dueOn, 500), reason, originator);
	}

	public void changeFinished(String schoolId, String reference, LocalDate dueOn, String changeReference) {
		occurrence(activity(schoolId, reference), dueOn).changeFinished(changeReference);
	}

	/** Its request for change was rejected or failed: the work was not done this time. */
	public void notCarriedOut(String schoolId, String reference, LocalDate dueOn, String changeReference,
			ChangeOutcome outcome) {
		occurrence(activity(schoolId, reference), dueOn).notDone("Not carried out: request for change "
				+ changeReference + " was " + outcome.formValue().replace('-', ' ') + ".", clock.instant());
	}

	/** Maintenance carried it out: its notes and who did it are kept with the occurrence. */
	public MaintenanceOccurrence done(String schoolId, String reference, LocalDate dueOn, String notes, String by) {
		if (notes == null || notes.isBlank()) {
			throw new IllegalArgumentException(ACTIVITY_NOTES + ": say what was done.");
		}
		if (notes.length() > 4000) {
			throw new IllegalArgumentException(ACTIVITY_NOTES + ": at most 4000 characters.");
		}
		MaintenanceOccurrence occurrence = occurrence(activity(schoolId, reference), dueOn);
		occurrence.done(notes.trim(), by, clock.instant());
		return occurrence;
	}

	/** The occurrence (that instance) has finished: the activity's next occurrence is scheduled, unless it was retired. */
	public void scheduleNext(String schoolId, String reference, String finishingInstanceId) {
		follow(activity(schoolId, reference), finishingInstanceId);
	}

	// --- the occurrences ------------------------------------------------------------------------------------------

	/**
	 * Brings the activity's occurrence instances in line with it: a waiting one (its timer not fired) is ended if the
	 * activity was retired or changed, and, unless one is in hand, the next occurrence is started (once per date).
	 */
	void follow(MaintenanceActivity activity, String finishingInstanceId) {
		String prefix = activity.getSchoolId() + "/" + activity.getReference() + "/";
		List<MaintenanceOccurrence> known = occurrences.findByActivityIdOrderByDueOnDesc(activity.getId());
		LocalDate next = activity.isRetired() ? null : nextDue(activity, known);
		asSystem.run(() -> {
			for (ProcessInstance waiting : runtime.createProcessInstanceQuery().processDefinitionKey(KEY)
				.processInstanceBusinessKeyLike(prefix + "%").list()) {
				if (waiting.getId().equals(finishingInstanceId)) {
					continue;
				}
				LocalDate due = LocalDate.parse(waiting.getBusinessKey().substring(prefix.length()));
				MaintenanceOccurrence occurrence = occurrence(activity, due);
				if (occurrence.replaceable()) {
					runtime.deleteProcessInstance(waiting.getId(), "preventative maintenance " + activity.getReference()
							+ (activity.isRetired() ? " was retired" : " was changed"));
					occurrence.cancelled();
				}
			}
			boolean inHand = known.stream().anyMatch(o -> o.getStatus() == MaintenanceOccurrence.Status.DUE);
			if (next != null && !inHand) {
				MaintenanceOccurrence occurrence = occurrences.findByActivityIdAndDueOn(activity.getId(), next)
					.orElseGet(() -> new MaintenanceOccurrence(activity, next));
				occurrence.scheduled();
				occurrences.saveAndFlush(occurrence);
				runtime.startProcessInstanceByKey(KEY, prefix + next,
						ProcessVariables.with(SCHOOL_ID, activity.getSchoolId())
							.and(ACTIVITY_REFERENCE, activity.getReference())
							.and(ACTIVITY, activity.getWhat())
							.and(INSTRUCTIONS, activity.getInstructions() == null ? "" : activity.getInstructions())
							.and(DUE_ON, next.toString())
							.and(TAKES_SERVICE_DOWN, activity.isTakesServiceDown())
							.and(DOWNTIME, downtime(activity, next)));
			}
		});
	}

	/**
	 * The activity's next date: the first of its series (the first date, then each recurrence after it) that is today
	 * or later and after every occurrence whose timer has fired, so a late or changed activity keeps to its rhythm
	 * and never repeats a date.
	 */
	static LocalDate nextDue(MaintenanceActivity activity, List<MaintenanceOccurrence> known, LocalDate today) {
		LocalDate fired = known.stream().filter(o -> !o.replaceable()).map(MaintenanceOccurrence::getDueOn)
			.max(LocalDate::compareTo).orElse(null);
		Period period = activity.period();
		LocalDate due = activity.getFirstDue();
		for (int k = 1; due.isBefore(today) || (fired != null && !due.isAfter(fired)); k++) {
			due = activity.getFirstDue().plus(period.multipliedBy(k));
		}
		return due;
	}

	private LocalDate nextDue(MaintenanceActivity activity, List<MaintenanceOccurrence> known) {
		return nextDue(activity, known, dates.today());
	}

	private static String downtime(MaintenanceActivity activity, LocalDate dueOn) {
		if (!activity.isTakesServiceDown()) {
			return "It takes no service down. Agreed with " + activity.getAgreedWith() + " on " + activity.getAgreedOn()
					+ ".";
		}
		return "It takes the services it touches down on " + LONG_DATE.format(dueOn) + " from "
				+ activity.getDowntimeFrom() + " to " + activity.getDowntimeTo() + ", as agreed with "
				+ activity.getAgreedWith() + " on " + activity.getAgreedOn() + ".";
	}

	private MaintenanceActivity activity(String schoolId, String reference) {
		return activities.findBySchoolIdAndReference(schoolId, reference).orElseThrow(() -> new NoSuchElementException(
				"There is no preventative maintenance activity " + reference + " in school '" + schoolId + "'."));
	}

	private MaintenanceOccurrence occurrence(MaintenanceActivity activity, LocalDate dueOn) {
		return occurrences.findByActivityIdAndDueOn(activity.getId(), dueOn).orElseThrow(() -> new NoSuchElementException(
				"Preventative maintenance " + activity.getReference() + " has no occurrence on " + dueOn + "."));
	}

	private ScheduledActivity view(MaintenanceActivity activity) {
		List<MaintenanceOccurrence> known = occurrences.findByActivityIdOrderByDueOnDesc(activity.getId());
		List<String> services = activity.getServiceIds().stream()
			.map(id -> catalogue.service(activity.getSchoolId(), id).getName()).sorted().toList();
		LocalDate next = known.stream().filter(o -> o.getStatus() == MaintenanceOccurrence.Status.SCHEDULED)
			.map(MaintenanceOccurrence::getDueOn).min(LocalDate::compareTo).orElse(null);
		return new ScheduledActivity(activity.getReference(), activity.getWhat(), activity.getInstructions(), services,
				activity.getAssetReferences().stream().sorted().toList(), activity.getRecurrence(),
				activity.getFirstDue(), activity.isTakesServiceDown(), activity.getDowntimeFrom(),
				activity.getDowntimeTo(), activity.getAgreedWith(), activity.getAgreedOn(), activity.getRecordedBy(),
				activity.getRecordedAt(), activity.getRetiredOn(), next,
				known.stream().filter(o -> o.getStatus() != MaintenanceOccurrence.Status.CANCELLED)
					.map(o -> new ScheduledActivity.Occurrence(o.getDueOn(), o.getStatus(), o.getChangeReference(),
							o.getNotes(), o.getDoneBy(), o.getDoneAt()))
					.toList());
	}

	// --- checks ---------------------------------------------------------------------------------------------------

	private record Checked(Set<Long> services, Set<String> items) {
	}

	/** Every field checked at once; refused whole, naming each wrong field. */
	private Checked checked(String schoolId, ActivityDetails details) {
		List<String> problems = new ArrayList<>();
		if (details.what() == null) {
			problems.add("what: say what the activity is.");
		}
		else if (details.what().length() > 200) {
			problems.add("what: at most 200 characters.");
		}
		if (details.instructions() != null && details.instructions().length() > LONGEST_TEXT) {
			problems.add("instructions: at most " + LONGEST_TEXT + " characters.");
		}
		recurrenceProblem(details.recurrence()).ifPresent(problems::add);
		if (details.firstDue() == null) {
			problems.add("firstDue: the date of its first occurrence (YYYY-MM-DD).");
		}
		if (details.agreedWith() == null) {
			problems.add("agreedWith: say with whom the activity and its timing were agreed (FITS: in advance with "
					+ "ICT users).");
		}
		else if (details.agreedWith().length() > 200) {
			problems.add("agreedWith: at most 200 characters.");
		}
		if (details.agreedOn() == null) {
			problems.add("agreedOn: the date it was agreed (YYYY-MM-DD).");
		}
		else if (details.agreedOn().isAfter(dates.today())) {
			problems.add("agreedOn: an agreement cannot be dated after today.");
		}
		Set<Long> services = new LinkedHashSet<>();
		for (String name : details.services()) {
			catalogue.byName(schoolId, name).map(CatalogueService::getId).ifPresentOrElse(services::add,
					() -> problems.add("services: '" + name + "' is not in the service catalogue."));
		}
		Set<String> items = new LinkedHashSet<>();
		try {
			items.addAll(register.named(schoolId, "items", details.items()));
		}
		catch (IllegalArgumentException e) {
			problems.add(e.getMessage());
		}
		if (details.takesServiceDown() == null) {
			problems.add("takesServiceDown: say whether it takes a service down (true or false).");
		}
		else if (details.takesServiceDown()) {
			if (details.services().isEmpty()) {
				problems.add("services: name the catalogue services it takes down.");
			}
			if (details.downtimeFrom() == null || details.downtimeTo() == null) {
				problems.add("downtimeFrom: the agreed downtime window, downtimeFrom and downtimeTo (HH:MM).");
			}
			else if (!details.downtimeFrom().isBefore(details.downtimeTo())) {
				problems.add("downtimeTo: the window must end after it starts.");
			}
		}
		MaintenanceRefused.refuseIf("The activity was refused.", problems);
		return new Checked(services, items);
	}

	/** An ISO 8601 period of a day or more and at most five years: P1W weekly, P1M monthly, P3M, P1Y yearly. */
	static Optional<String> recurrenceProblem(String recurrence) {
		String use = "recurrence: an ISO 8601 period of one day to five years, such as P1W (weekly), P2W, P1M "
				+ "(monthly), P3M or P1Y (yearly)";
		if (recurrence == null) {
			return Optional.of(use + ".");
		}
		try {
			Period period = Period.parse(recurrence.toUpperCase());
			boolean positive = !period.isNegative() && !period.isZero() && period.getYears() >= 0
					&& period.getMonths() >= 0 && period.getDays() >= 0;
			boolean tooLong = period.toTotalMonths() > 60 || period.getDays() > 5 * 366;
			return positive && !tooLong ? Optional.empty() : Optional.of(use + "; '" + recurrence + "' is not.");
		}
		catch (DateTimeParseException e) {
			return Optional.of(use + "; '" + recurrence + "' is not.");
		}
	}

	private static String abbreviated(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}
}

package org.fitsflow.school;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.fitsflow.system.AsSystem;
import org.fitsflow.system.process.ProcessVariables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each school's own dates for its reviews, and the one schedule instance per school and kind of review that waits
 * for them ({@code bpmn/review-schedule.bpmn}). A schedule is started once: its row is inserted and flushed before
 * the instance starts, in the same transaction, so a second start (a repeated request, another node, a restart that
 * runs start-up code again) hits the unique key and changes nothing.
 */
@Service
@Transactional
public class ReviewSchedules {

	private static final Logger log = LoggerFactory.getLogger(ReviewSchedules.class);

	private final ReviewScheduleRepository schedules;
	private final Map<String, ReviewRhythm> rhythms;
	private final SchoolDirectory directory;
	private final RuntimeService runtime;
	private final AsSystem asSystem;
	private final SchoolDates dates;
	private final Clock clock;

	ReviewSchedules(ReviewScheduleRepository schedules, List<ReviewRhythm> rhythms, SchoolDirectory directory,
			RuntimeService runtime, AsSystem asSystem, SchoolDates dates, Clock clock) {
		this.schedules = schedules;
		this.rhythms = rhythms.stream().collect(Collectors.toMap(ReviewRhythm::reviewKey, Function.identity()));
		this.directory = directory;
		this.runtime = runtime;
		this.asSystem = asSystem;
		this.dates = dates;
		this.clock = clock;
	}

	/**
	 * Starts the school's schedule for a review, the first falling due on {@code firstDue}. Refused if the school has
	 * one already ({@link ReviewAlreadyScheduled}): its date can be changed instead.
	 */
	public ReviewSchedule start(String schoolId, String reviewKey, LocalDate firstDue, String startedBy) {
		directory.school(schoolId);
		rhythm(reviewKey);
		checkNotPast(firstDue);
		if (schedules.findBySchoolIdAndReviewKey(schoolId, reviewKey).isPresent()) {
			throw new ReviewAlreadyScheduled(schoolId, reviewKey);
		}
		ReviewSchedule schedule;
		try {
			schedule = schedules.saveAndFlush(new ReviewSchedule(schoolId, reviewKey, firstDue, startedBy, clock.instant()));
		}
		catch (DataIntegrityViolationException startedMeanwhile) {
			throw new ReviewAlreadyScheduled(schoolId, reviewKey);
		}
		ProcessInstance instance = asSystem.call(() -> runtime.startProcessInstanceByKey(ReviewScheduleProcess.KEY,
				reviewKey, ProcessVariables.with(ReviewScheduleProcess.SCHOOL_ID, schoolId)
					.and(ReviewScheduleProcess.REVIEW_KEY, reviewKey)));
		schedule.runBy(instance.getId());
		log.info("{}: {} scheduled, first due {}", schoolId, reviewKey, firstDue);
		return schedule;
	}

	/** Starts the schedule, or if the school has one, moves its next review to {@code due}. */
	public ReviewSchedule startOrMove(String schoolId, String reviewKey, LocalDate due, String by) {
		return schedules.findBySchoolIdAndReviewKey(schoolId, reviewKey).map(s -> move(schoolId, reviewKey, due))
			.orElseGet(() -> start(schoolId, reviewKey, due, by));
	}

	/**
	 * Moves the school's next review to another date. A schedule waiting for its date sets its timer again; one whose
	 * review is under way starts the next on that date once the review ends.
	 */
	public ReviewSchedule move(String schoolId, String reviewKey, LocalDate nextDue) {
		ReviewSchedule schedule = schedule(schoolId, reviewKey);
		if (schedule.getLastDue() != null && !nextDue.isAfter(schedule.getLastDue())) {
			throw new IllegalArgumentException("nextDue: the " + rhythm(reviewKey).title() + " due on "
					+ schedule.getLastDue() + " has started; the next one falls due after it.");
		}
		checkNotPast(nextDue);
		schedule.nextDueOn(nextDue);
		asSystem.run(() -> runtime.createMessageCorrelation(ReviewScheduleProcess.REVIEW_DATE_CHANGED)
			.processInstanceId(schedule.getProcessInstanceId())
			.correlateAllWithResult());
		return schedule;
	}

	/** Stops the school's schedule (and a review it has under way); the school may start it again later. */
	public void stop(String schoolId, String reviewKey, String why) {
		ReviewSchedule schedule = schedule(schoolId, reviewKey);
		if (schedule.getProcessInstanceId() != null && asSystem.call(() -> runtime.createProcessInstanceQuery()
			.processInstanceId(schedule.getProcessInstanceId()).count()) > 0) {
			asSystem.run(() -> runtime.deleteProcessInstance(schedule.getProcessInstanceId(), why));
		}
		schedules.delete(schedule);
		log.info("{}: {} schedule stopped ({})", schoolId, reviewKey, why);
	}

	@Transactional(readOnly = true)
	public List<ReviewSchedule> schedules(String schoolId) {
		directory.school(schoolId);
		return schedules.findBySchoolIdOrderByReviewKey(schoolId);
	}

	@Transactional(readOnly = true)
	public ReviewSchedule schedule(String schoolId, String reviewKey) {
		return schedules.findBySchoolIdAndReviewKey(schoolId, reviewKey)
			.orElseThrow(() -> new NoSuchElementException("School '" + schoolId + "' has no schedule for the "
					+ reviewKey + "."));
	}

	/** The review in words ("monthly service review"). */
	public String title(String reviewKey) {
		return rhythm(reviewKey).title();
	}

	/** When the schedule starts the school's next review: its lead time before its date, at the start of that day. */
	@Transactional(readOnly = true)
	public Instant nextReviewStarts(String schoolId, String reviewKey) {
		return startsAt(reviewKey, schedule(schoolId, reviewKey).getNextDue());
	}

	/**
	 * The next review is starting now: returns its date and sets the one after it, which stays until someone sets
	 * another date (a meeting scheduling the next, the ICT owner changing the school's date).
	 */
	public LocalDate reviewStarting(String schoolId, String reviewKey) {
		ReviewSchedule schedule = schedule(schoolId, reviewKey);
		LocalDate due = schedule.getNextDue();
		schedule.reviewStarted(due, rhythm(reviewKey).following(schoolId, due));
		return due;
	}

	Instant startsAt(String reviewKey, LocalDate due) {
		return dates.startOf(due.minus(rhythm(reviewKey).leadTime()));
	}

	private void checkNotPast(LocalDate due) {
		if (due.isBefore(dates.today())) {
			throw new IllegalArgumentException("nextDue: " + due + " has passed; give today or a later date.");
		}
	}

	private ReviewRhythm rhythm(String reviewKey) {
		ReviewRhythm rhythm = rhythms.get(reviewKey);
		if (rhythm == null) {
			throw new IllegalArgumentException("reviewKey: '" + reviewKey + "' is not a review on a schedule; use one of "
					+ String.join(", ", rhythms.keySet().stream().sorted().toList()) + ".");
		}
		return rhythm;
	}
}

package org.fitsflow.servicelevel;

import static org.fitsflow.servicelevel.ReviewActionProcess.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.camunda.bpm.engine.RuntimeService;
import org.fitsflow.mail.Mail;
import org.fitsflow.school.FitsFunction;
import org.fitsflow.school.FunctionMail;
import org.fitsflow.school.Person;
import org.fitsflow.school.SchoolDirectory;
import org.fitsflow.system.AsSystem;
import org.fitsflow.system.References;
import org.fitsflow.system.process.ProcessVariables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The actions reviews record (003: "record and issue any actions, including by whom and by when"). Each is issued as
 * its own {@code review-action} instance, a Tasklist task for the function or the person named, so a review ends
 * when its meeting is minuted while its actions run on; those still open are listed at the next meeting.
 */
@Service
@Transactional
public class ReviewActions {

	static final String PREFIX = "ACT";
	/** The fields of one action in a meeting form's dynamic list. */
	static final String WHAT = "what";
	static final String FUNCTION = "function";
	static final String PERSON = "person";
	static final String BY_WHEN = "byWhen";

	private final ReviewActionRepository actions;
	private final SchoolDirectory directory;
	private final References references;
	private final RuntimeService runtime;
	private final AsSystem asSystem;
	private final Mail mail;
	private final FunctionMail functionMail;
	private final Clock clock;

	ReviewActions(ReviewActionRepository actions, SchoolDirectory directory, References references,
			RuntimeService runtime, AsSystem asSystem, Mail mail, FunctionMail functionMail, Clock clock) {
		this.actions = actions;
		this.directory = directory;
		this.references = references;
		this.runtime = runtime;
		this.asSystem = asSystem;
		this.mail = mail;
		this.functionMail = functionMail;
		this.clock = clock;
	}

	/**
	 * The actions of a meeting form's dynamic list (what, function or person, by when), every entry checked first:
	 * refused naming each bad one, so nothing is issued from a half-right list.
	 */
	@Transactional(readOnly = true)
	public List<ActionAgreed> read(String schoolId, Object list) {
		List<ActionAgreed> agreed = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		List<Map<String, Object>> entries = JsonList.read(ServiceReviewProcess.ACTIONS.name(), list);
		LocalDate today = LocalDate.now(clock);
		for (int i = 0; i < entries.size(); i++) {
			Map<String, Object> entry = entries.get(i);
			List<String> wrong = new ArrayList<>();
			String what = JsonList.text(entry, WHAT);
			if (what == null) {
				wrong.add("say what is to be done");
			}
			else if (what.length() > 2000) {
				wrong.add("say what is to be done in at most 2000 characters");
			}
			FitsFunction function = null;
			String functionId = JsonList.text(entry, FUNCTION);
			String person = JsonList.text(entry, PERSON);
			if (functionId != null) {
				try {
					function = FitsFunction.ofGroupId(functionId);
				}
				catch (IllegalArgumentException e) {
					wrong.add(e.getMessage());
				}
			}
			if (person != null) {
				if (directory.findPerson(schoolId, person).isEmpty()) {
					wrong.add("there is nobody with user id '" + person + "' in this school");
				}
			}
			if (function == null && person == null && wrong.isEmpty()) {
				wrong.add("say who does it: a function, or a person by user id");
			}
			LocalDate byWhen = null;
			String date = JsonList.text(entry, BY_WHEN);
			try {
				byWhen = date == null ? null : LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
			}
			catch (DateTimeParseException e) {
				wrong.add("'" + date + "' is not a date");
			}
			if (date == null) {
				wrong.add("say by when");
			}
			else if (byWhen != null && byWhen.isBefore(today)) {
				wrong.add("by when: " + byWhen + " has passed");
			}
			if (wrong.isEmpty()) {
				agreed.add(new ActionAgreed(what, person == null ? function : null, person, byWhen));
			}
			else {
				problems.add("action " + (i + 1) + (what == null ? "" : " (" + abbreviated(what) + ")") + ": "
						+ String.join("; ", wrong));
			}
		}
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException("actions: " + String.join(". ", problems) + ".");
		}
		return agreed;
	}

	/** Records the actions a review agreed and issues each as a Tasklist task; returns them. */
	public List<ReviewAction> issue(String schoolId, String raisedIn, List<ActionAgreed> agreed, String raisedBy) {
		List<ReviewAction> issued = new ArrayList<>();
		for (ActionAgreed action : agreed) {
			ReviewAction recorded = actions.save(new ReviewAction(schoolId, references.next(schoolId, PREFIX), raisedIn,
					action, raisedBy, clock.instant()));
			String instance = asSystem.call(() -> runtime.startProcessInstanceByKey(KEY, recorded.getReference(),
					ProcessVariables.with(SCHOOL_ID, schoolId)
						.and(ACTION_REFERENCE, recorded.getReference())
						.and(ACTION_DESCRIPTION, recorded.getDescription())
						.and(RAISED_IN, raisedIn)
						.and(ACTION_FUNCTION, recorded.getOwnerFunction())
						.and(ACTION_PERSON, recorded.getOwnerUserId())
						.and(ACTION_FOR_PERSON, recorded.getOwnerUserId() != null)
						.and(ACTION_DUE, recorded.getDueOn().toString()))
				.getId());
			recorded.carriedOutBy(instance);
			issued.add(recorded);
		}
		return issued;
	}

	/** The action is done: what was done, by whom (the user who completed its task). */
	public ReviewAction done(String schoolId, String reference, String outcome, String by) {
		ReviewAction action = action(schoolId, reference);
		if (outcome == null || outcome.isBlank()) {
			throw new IllegalArgumentException("actionOutcome: say what was done.");
		}
		action.done(outcome.trim(), by, clock.instant());
		return action;
	}

	/** Tells whoever the action is for that it is past its date. */
	public void remindOverdue(String schoolId, String reference) {
		ReviewAction action = action(schoolId, reference);
		Map<String, Object> model = Map.of("action", action);
		if (action.getOwnerUserId() != null) {
			Person person = directory.person(schoolId, action.getOwnerUserId());
			mail.send(schoolId, List.of(person.getEmail()), "review-action-overdue", model);
		}
		else {
			functionMail.send(schoolId, FitsFunction.ofGroupId(action.getOwnerFunction()), "review-action-overdue", model);
		}
	}

	@Transactional(readOnly = true)
	public ReviewAction action(String schoolId, String reference) {
		return actions.findBySchoolIdAndReference(schoolId, reference)
			.orElseThrow(() -> new NoSuchElementException("School '" + schoolId + "' has no action " + reference + "."));
	}

	/** The school's actions not yet done, soonest due first: listed at the next meeting. */
	@Transactional(readOnly = true)
	public List<ReviewAction> open(String schoolId) {
		return actions.findBySchoolIdAndStatusOrderByDueOn(schoolId, ReviewAction.Status.OPEN);
	}

	@Transactional(readOnly = true)
	public List<ReviewAction> all(String schoolId) {
		directory.school(schoolId);
		return actions.findBySchoolIdOrderByRaisedAtDesc(schoolId);
	}

	/** The actions one review recorded. */
	@Transactional(readOnly = true)
	public List<ReviewAction> recordedAt(String schoolId, String reviewReference) {
		return actions.recordedAt(schoolId, reviewReference);
	}

	private static String abbreviated(String text) {
		return text.length() <= 40 ? text : text.substring(0, 37) + "...";
	}
}

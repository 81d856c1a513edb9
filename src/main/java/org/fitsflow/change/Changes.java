package org.fitsflow.change;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.fitsflow.finance.Expenditure;
import org.fitsflow.finance.ExpenditureCategory;
import org.fitsflow.mail.Mail;
import org.fitsflow.school.FitsFunction;
import org.fitsflow.school.Person;
import org.fitsflow.school.SchoolDirectory;
import org.fitsflow.system.References;
import org.fitsflow.system.forms.FormInputRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Change Management (001, task 7): the request for change through its three steps. Each step's answers are checked
 * here and refused with a message naming the field, so a task stays open with nothing half-recorded. Costs go to the
 * expenditure record when the ICT owner approves them; the people involved are told by e-mail at each decision.
 */
@Service
@Transactional
public class Changes {

	private static final Logger log = LoggerFactory.getLogger(Changes.class);
	static final String PREFIX = "RFC";
	static final String APPROVE = "approve";
	static final String REJECT = "reject";
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm");

	public record Step1(String uniqueIdentifiers, String itemNames, String briefDescription, String reason,
			BigDecimal cost, String costCategory) {
	}

	public record Step2(String fullDetails, String impactOnServices, String impactOfFailure, String fallbackPlan,
			String changeDateTime, String implementer) {
	}

	public record Step3(String outcome, String outcomeNotes, Boolean fallbackCarriedOut, String followUp,
			String followUpNotes, BigDecimal actualCost) {
	}

	private final RequestForChangeRepository requests;
	private final References references;
	private final SchoolDirectory directory;
	private final Expenditure expenditure;
	private final Mail mail;
	private final ChangeProperties properties;
	private final Clock clock;

	Changes(RequestForChangeRepository requests, References references, SchoolDirectory directory,
			Expenditure expenditure, Mail mail, ChangeProperties properties, Optional<Clock> clock) {
		this.requests = requests;
		this.references = references;
		this.directory = directory;
		this.expenditure = expenditure;
		this.mail = mail;
		this.properties = properties;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** Opens a request at step 1, prefilled with what the incident or problem that raised it already says. */
	public RequestForChange open(String schoolId, String processInstanceId, String raisedFrom, String briefDescription,
			String reason, String originatorUserId) {
		if (originatorUserId == null || originatorUserId.isBlank()) {
			throw new IllegalArgumentException("originator: say who raises the request for change.");
		}
		RequestForChange rfc = new RequestForChange(schoolId, references.next(schoolId, PREFIX), originatorUserId,
				nameOf(schoolId, originatorUserId), clock.instant());
		rfc.setProcessInstanceId(processInstanceId);
		rfc.setRaisedFrom(blankToNull(raisedFrom));
		rfc.setBriefDescription(blankToNull(briefDescription));
		rfc.setReason(blankToNull(reason));
		return requests.save(rfc);
	}

	@Transactional(readOnly = true)
	public RequestForChange find(String schoolId, String reference) {
		return requests.findBySchoolIdAndReference(schoolId, reference)
			.orElseThrow(() -> new NoSuchElementException("There is no request for change " + reference + " in school '"
					+ schoolId + "'."));
	}

	/** Records step 1 and says how its cost stands against the budget (for the ICT owner's approval). */
	public Expenditure.BudgetCheck submitStep1(String schoolId, String reference, Step1 step1) {
		List<String> problems = new ArrayList<>();
		required(problems, step1.uniqueIdentifiers(), "Unique identifier(s)", "uniqueIdentifiers", 2000);
		required(problems, step1.itemNames(), "Name(s) of item(s)", "itemNames", 2000);
		required(problems, step1.briefDescription(), "Brief description of change", "briefDescription", 500);
		required(problems, step1.reason(), "Reason for change", "reason", 20000);
		String category = blankToNull(step1.costCategory());
		if (step1.cost() != null && step1.cost().signum() < 0) {
			problems.add("'Cost of change' (cost) cannot be negative");
		}
		else if (step1.cost() != null && step1.cost().signum() > 0 && category == null) {
			problems.add("'Expenditure category' (costCategory) is required when there is a cost");
		}
		if (category != null) {
			try {
				ExpenditureCategory.ofId(category);
			}
			catch (IllegalArgumentException e) {
				problems.add("'Expenditure category' (costCategory): " + e.getMessage().substring("category: ".length()));
			}
		}
		refuseIf(problems, "step 1 of the request for change");
		RequestForChange rfc = find(schoolId, reference);
		rfc.setUniqueIdentifiers(step1.uniqueIdentifiers().trim());
		rfc.setItemNames(step1.itemNames().trim());
		rfc.setBriefDescription(step1.briefDescription().trim());
		rfc.setReason(step1.reason().trim());
		boolean costed = step1.cost() != null && step1.cost().signum() > 0;
		rfc.setCost(costed ? step1.cost().setScale(2, java.math.RoundingMode.HALF_UP) : null);
		rfc.setCostCategory(costed ? category : null);
		rfc.setStep1SubmittedAt(clock.instant());
		rfc.setStatus(ChangeStatus.AWAITING_APPROVAL_TO_PROCEED);
		return budgetCheck(rfc);
	}

	/** The request's cost against what is left of this period's budget. */
	@Transactional(readOnly = true)
	public Expenditure.BudgetCheck budgetCheck(RequestForChange rfc) {
		return expenditure.check(rfc.getSchoolId(), rfc.getCost(), rfc.getReference());
	}

	/**
	 * The ICT owner's decision on step 1, signed and dated. An approved cost goes into the expenditure record. The
	 * originator is told either way. Returns whether the request may proceed.
	 */
	public boolean decideProceeding(String schoolId, String reference, String decision, String comment, String decidedBy) {
		checkDecision(decision);
		RequestForChange rfc = find(schoolId, reference);
		rfc.setProceedDecision(decision);
		rfc.setProceedComment(blankToNull(comment));
		rfc.setProceedDecidedBy(decidedBy);
		rfc.setProceedDecidedByName(nameOf(schoolId, decidedBy));
		rfc.setProceedDecidedAt(clock.instant());
		boolean approved = APPROVE.equals(decision);
		if (approved) {
			rfc.setStatus(ChangeStatus.STEP_2);
			expenditure.recordApprovedCost(schoolId, reference, rfc.getCostCategory(), rfc.getCost(),
					rfc.getBriefDescription(), decidedBy);
		}
		else {
			rfc.setStatus(ChangeStatus.REJECTED_TO_PROCEED);
			rfc.setClosedAt(clock.instant());
		}
		tell(schoolId, List.of(rfc.getOriginatorUserId()), "change-decision", model(rfc, "stage", "proceed",
				"approved", approved, "comment", rfc.getProceedComment(), "decidedBy", rfc.getProceedDecidedByName()));
		return approved;
	}

	/** Records step 2 (again, when the ICT owner sent it back to be rescheduled); returns the date of the change. */
	public Instant submitStep2(String schoolId, String reference, Step2 step2) {
		List<String> problems = new ArrayList<>();
		required(problems, step2.fullDetails(), "Full details of change", "fullDetails", 20000);
		required(problems, step2.impactOnServices(), "Impact on services and users", "impactOnServices", 20000);
		required(problems, step2.impactOfFailure(), "Impact and risk of change failure", "impactOfFailure", 20000);
		required(problems, step2.fallbackPlan(), "Fallback plan", "fallbackPlan", 20000);
		required(problems, step2.implementer(), "Implementer", "implementer", 64);
		Instant changeAt = null;
		if (step2.changeDateTime() == null || step2.changeDateTime().isBlank()) {
			problems.add("'Date and time of change' (changeDateTime) is required");
		}
		else {
			changeAt = parseDateTime(step2.changeDateTime());
			if (changeAt == null) {
				problems.add("'Date and time of change' (changeDateTime) is not a date and time such as 2026-12-01T16:00");
			}
			else if (changeAt.isBefore(clock.instant())) {
				problems.add("'Date and time of change' (changeDateTime) is in the past");
			}
		}
		Person implementer = null;
		if (step2.implementer() != null && !step2.implementer().isBlank()) {
			implementer = person(schoolId, step2.implementer().trim()).orElse(null);
			if (implementer == null) {
				problems.add("'Implementer' (implementer): nobody with user id '" + step2.implementer().trim()
						+ "' works in or for this school");
			}
		}
		refuseIf(problems, "step 2 of the request for change");
		RequestForChange rfc = find(schoolId, reference);
		rfc.setFullDetails(step2.fullDetails().trim());
		rfc.setImpactOnServices(step2.impactOnServices().trim());
		rfc.setImpactOfFailure(step2.impactOfFailure().trim());
		rfc.setFallbackPlan(step2.fallbackPlan().trim());
		rfc.setChangeAt(changeAt);
		rfc.setImplementerUserId(implementer.getUserId());
		rfc.setImplementerName(implementer.getName());
		rfc.setStep2SubmittedAt(clock.instant());
		rfc.setStatus(ChangeStatus.DISCUSSING_WITH_USERS);
		return changeAt;
	}

	/** Tells the school's ICT users the date, time and impact of the planned change (001: discuss with ICT users). */
	public void tellIctUsers(String schoolId, String reference) {
		RequestForChange rfc = find(schoolId, reference);
		if (!directory.holders(schoolId, FitsFunction.ICT_USERS).isEmpty()) {
			mail.sendToFunction(schoolId, FitsFunction.ICT_USERS, "change-planned", model(rfc));
		}
		rfc.setUsersToldAt(clock.instant());
	}

	/** What the ICT users said; when the ICT owner sends the plan back, it is to be rescheduled. */
	public boolean recordDiscussion(String schoolId, String reference, String usersAgree, String feedback) {
		boolean agreed = "agreed".equals(usersAgree);
		if (!agreed && !"reschedule".equals(usersAgree)) {
			throw new FormInputRefused("Please complete the discussion with ICT users: 'Outcome of the discussion' "
					+ "(usersAgree) is 'agreed' or 'reschedule'.");
		}
		RequestForChange rfc = find(schoolId, reference);
		rfc.setUsersFeedback(blankToNull(feedback));
		if (agreed) {
			rfc.setStatus(ChangeStatus.AWAITING_APPROVAL_TO_IMPLEMENT);
		}
		else {
			rfc.setTimesRescheduled(rfc.getTimesRescheduled() + 1);
			rfc.setStatus(ChangeStatus.STEP_2);
			tell(schoolId, List.of(rfc.getOriginatorUserId(), rfc.getImplementerUserId()), "change-reschedule", model(rfc));
		}
		return agreed;
	}

	/** The ICT owner's decision on step 2, signed and dated; a refused change spends nothing. */
	public boolean decideImplementation(String schoolId, String reference, String decision, String comment,
			String decidedBy) {
		checkDecision(decision);
		RequestForChange rfc = find(schoolId, reference);
		rfc.setImplementDecision(decision);
		rfc.setImplementComment(blankToNull(comment));
		rfc.setImplementDecidedBy(decidedBy);
		rfc.setImplementDecidedByName(nameOf(schoolId, decidedBy));
		rfc.setImplementDecidedAt(clock.instant());
		boolean approved = APPROVE.equals(decision);
		if (approved) {
			rfc.setStatus(ChangeStatus.SCHEDULED);
		}
		else {
			rfc.setStatus(ChangeStatus.REJECTED_TO_IMPLEMENT);
			rfc.setClosedAt(clock.instant());
			expenditure.withdrawApprovedCost(schoolId, reference);
		}
		tell(schoolId, List.of(rfc.getOriginatorUserId(), rfc.getImplementerUserId()), "change-decision", model(rfc,
				"stage", "implement", "approved", approved, "comment", rfc.getImplementComment(), "decidedBy",
				rfc.getImplementDecidedByName()));
		return approved;
	}

	public void remindImplementer(String schoolId, String reference) {
		RequestForChange rfc = find(schoolId, reference);
		tell(schoolId, List.of(rfc.getImplementerUserId()), "change-reminder", model(rfc));
		rfc.setImplementerRemindedAt(clock.instant());
	}

	/** Step 3: the outcome of change. The actual cost replaces the approved one in the expenditure record. */
	public ChangeOutcome recordOutcome(String schoolId, String reference, Step3 step3, String recordedBy) {
		List<String> problems = new ArrayList<>();
		ChangeOutcome outcome = null;
		try {
			outcome = ChangeOutcome.ofStep3(step3.outcome());
		}
		catch (IllegalArgumentException e) {
			problems.add("'Outcome of change' (outcome) is successful, unsuccessful or partially-successful");
		}
		required(problems, step3.outcomeNotes(), "What happened", "outcomeNotes", 20000);
		if (outcome == ChangeOutcome.UNSUCCESSFUL && !Boolean.TRUE.equals(step3.fallbackCarriedOut())) {
			problems.add("'Fallback plan carried out' (fallbackCarriedOut) must be confirmed when a change is unsuccessful");
		}
		String followUp = blankToNull(step3.followUp());
		if (outcome == ChangeOutcome.PARTIALLY_SUCCESSFUL && !"new-request".equals(followUp) && !"problem".equals(followUp)) {
			problems.add("'What follows' (followUp) is new-request or problem when a change is partially successful");
		}
		if (step3.actualCost() != null && step3.actualCost().signum() < 0) {
			problems.add("'Actual cost' (actualCost) cannot be negative");
		}
		refuseIf(problems, "step 3 of the request for change");
		RequestForChange rfc = find(schoolId, reference);
		rfc.setOutcome(outcome.id());
		rfc.setOutcomeNotes(step3.outcomeNotes().trim());
		rfc.setFallbackCarriedOut(Boolean.TRUE.equals(step3.fallbackCarriedOut()));
		rfc.setFollowUp(outcome == ChangeOutcome.PARTIALLY_SUCCESSFUL ? followUp : null);
		rfc.setFollowUpNotes(blankToNull(step3.followUpNotes()));
		rfc.setOutcomeRecordedBy(recordedBy);
		rfc.setOutcomeRecordedAt(clock.instant());
		if (step3.actualCost() != null) {
			rfc.setActualCost(step3.actualCost().setScale(2, java.math.RoundingMode.HALF_UP));
			expenditure.recordActualCost(schoolId, reference, rfc.getCostCategory(), rfc.getActualCost(),
					rfc.getBriefDescription(), recordedBy);
		}
		if (outcome == ChangeOutcome.UNSUCCESSFUL) {
			// The fallback restored the service as it was: no configuration record changes.
			rfc.setStatus(ChangeStatus.CLOSED);
			rfc.setClosedAt(clock.instant());
		}
		else {
			rfc.setStatus(ChangeStatus.OUTCOME_RECORDED);
		}
		List<String> told = new ArrayList<>(List.of(rfc.getOriginatorUserId()));
		directory.holders(schoolId, FitsFunction.ICT_OWNER).forEach(p -> told.add(p.getUserId()));
		tell(schoolId, told, "change-outcome", model(rfc));
		return outcome;
	}

	/** The configuration records now describe the changed equipment; the request is closed. */
	public void recordConfigurationUpdated(String schoolId, String reference, String notes, String updatedBy) {
		if (notes == null || notes.isBlank()) {
			throw new FormInputRefused("Please complete \"Update configuration records\": 'Records updated' "
					+ "(configurationNotes) is required.");
		}
		RequestForChange rfc = find(schoolId, reference);
		rfc.setConfigurationNotes(notes.trim());
		rfc.setConfigurationUpdatedBy(updatedBy);
		rfc.setConfigurationUpdatedAt(clock.instant());
		rfc.setStatus(ChangeStatus.CLOSED);
		rfc.setClosedAt(clock.instant());
	}

	/** What an e-mail or page about the request shows. */
	@Transactional(readOnly = true)
	public Map<String, Object> model(RequestForChange rfc, Object... more) {
		Map<String, Object> model = new HashMap<>();
		model.put("rfc", rfc);
		model.put("changeAt", rfc.getChangeAt() == null ? null
				: WHEN.format(rfc.getChangeAt().atZone(ZoneId.of(properties.timeZone()))));
		model.put("cost", rfc.getCost() == null ? "none" : expenditure.money(rfc.getCost())
				+ " (" + ExpenditureCategory.ofId(rfc.getCostCategory()).title() + ")");
		for (int i = 0; i + 1 < more.length; i += 2) {
			model.put((String) more[i], more[i + 1]);
		}
		return model;
	}

	/** The date and time of the change, for the process's timers. */
	public Instant reminderDue(Instant changeAt) {
		return changeAt.minus(properties.remindImplementerBefore());
	}

	Instant parseDateTime(String text) {
		String s = text.trim();
		try {
			return OffsetDateTime.parse(s).toInstant();
		}
		catch (DateTimeParseException notOffset) {
			try {
				return ZonedDateTime.parse(s).toInstant();
			}
			catch (DateTimeParseException notZoned) {
				try {
					return LocalDateTime.parse(s).atZone(ZoneId.of(properties.timeZone())).toInstant();
				}
				catch (DateTimeParseException notLocal) {
					return null;
				}
			}
		}
	}

	private void tell(String schoolId, List<String> userIds, String template, Map<String, Object> model) {
		List<String> addresses = userIds.stream().filter(java.util.Objects::nonNull).distinct()
			.map(id -> person(schoolId, id)).flatMap(Optional::stream).map(Person::getEmail).toList();
		if (addresses.isEmpty()) {
			log.info("Nobody with an e-mail address to tell about {} ({})", ((RequestForChange) model.get("rfc"))
				.getReference(), template);
			return;
		}
		mail.send(schoolId, addresses, template, model);
	}

	private Optional<Person> person(String schoolId, String userId) {
		// Not directory.person(): its exception would mark the whole transaction for rollback on its way out.
		return directory.findPerson(schoolId, userId);
	}

	private String nameOf(String schoolId, String userId) {
		return person(schoolId, userId).map(Person::getName).orElse(userId);
	}

	private static void checkDecision(String decision) {
		if (!APPROVE.equals(decision) && !REJECT.equals(decision)) {
			throw new FormInputRefused("Please complete the approval: 'Decision' (approval) is approve or reject.");
		}
	}

	private static void required(List<String> problems, String value, String label, String key, int maxLength) {
		if (value == null || value.isBlank()) {
			problems.add("'" + label + "' (" + key + ") is required");
		}
		else if (value.trim().length() > maxLength) {
			problems.add("'" + label + "' (" + key + ") is longer than " + maxLength + " characters");
		}
	}

	private static void refuseIf(List<String> problems, String where) {
		if (!problems.isEmpty()) {
			throw new FormInputRefused("Please complete " + where + ": " + String.join("; ", problems) + ".");
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}
}

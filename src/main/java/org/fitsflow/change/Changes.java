package org.fitsflow.change;

import static org.fitsflow.change.RequestForChangeProcess.*;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.fitsflow.configuration.ConfigurationRegister;
import org.fitsflow.configuration.ItemDetails;
import org.fitsflow.finance.Expenditure;
import org.fitsflow.finance.ExpenditureCategory;
import org.fitsflow.mail.Mail;
import org.fitsflow.school.FitsFunction;
import org.fitsflow.school.FunctionMail;
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
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm");

	/** {@code registerItems}: the asset references picked from the school's configuration register. */
	public record Step1(String uniqueIdentifiers, String itemNames, List<String> registerItems, String briefDescription,
			String reason, BigDecimal cost, ExpenditureCategory costCategory, RaisedAs raisedAs, boolean purchaseNeeded) {
	}

	/** Provision's order for the items an approved change needs; dates as the form gives them (2026-12-01). */
	public record Order(String supplier, String orderReference, String orderedOn, String expectedDeliveryOn) {
	}

	public record Step2(String fullDetails, String impactOnServices, String impactOfFailure, String fallbackPlan,
			String changeDateTime, String implementer) {
	}

	/** Step 2 recorded: when the change is, who implements it, and what the ICT owner is shown of it. */
	public record Planned(Instant changeAt, String implementer, String changeWhen, String costAgainstBudget) {
	}

	public record Step3(ChangeOutcome outcome, String outcomeNotes, Boolean fallbackCarriedOut, FollowUp followUp,
			String followUpNotes, BigDecimal actualCost) {
	}

	private final RequestForChangeRepository requests;
	private final References references;
	private final SchoolDirectory directory;
	private final ConfigurationRegister register;
	private final Expenditure expenditure;
	private final Mail mail;
	private final FunctionMail functionMail;
	private final ChangeProperties properties;
	private final Clock clock;

	Changes(RequestForChangeRepository requests, References references, SchoolDirectory directory,
			ConfigurationRegister register, Expenditure expenditure, Mail mail, FunctionMail functionMail, ChangeProperties properties, Clock clock) {
		this.requests = requests;
		this.references = references;
		this.directory = directory;
		this.register = register;
		this.expenditure = expenditure;
		this.mail = mail;
		this.functionMail = functionMail;
		this.properties = properties;
		this.clock = clock;
	}

	/** Opens a request at step 1, prefilled with what the incident or problem that raised it already says. */
	public RequestForChange open(String schoolId, String processInstanceId, String raisedFrom, String briefDescription,
			String reason, String originatorUserId) {
		if (originatorUserId == null || originatorUserId.isBlank()) {
			throw new IllegalArgumentException("originator: say who raises the request for change.");
		}
		RequestForChange rfc = new RequestForChange(schoolId, references.next(schoolId, PREFIX), originatorUserId,
				nameOf(schoolId, originatorUserId), clock.instant());
		rfc.raisedBy(processInstanceId, raisedFrom, briefDescription, reason);
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
		required(problems, step1.uniqueIdentifiers(), "Unique identifier(s)", UNIQUE_IDENTIFIERS.name(), 2000);
		required(problems, step1.itemNames(), "Name(s) of item(s)", ITEM_NAMES.name(), 2000);
		required(problems, step1.briefDescription(), "Brief description of change", BRIEF_DESCRIPTION.name(), 500);
		required(problems, step1.reason(), "Reason for change", REASON.name(), 20000);
		boolean costed = step1.cost() != null && step1.cost().signum() > 0;
		if (step1.cost() != null && step1.cost().signum() < 0) {
			problems.add("'Cost of change' (" + COST + ") cannot be negative");
		}
		else if (costed && step1.costCategory() == null) {
			problems.add("'Expenditure category' (" + COST_CATEGORY + ") is required when there is a cost");
		}
		if (step1.purchaseNeeded() && !costed) {
			problems.add("'Items to buy' (" + PURCHASE_NEEDED + ") needs the cost of the items in 'Cost of change' (" + COST + ")");
		}
		else if (step1.purchaseNeeded() && directory.holders(schoolId, FitsFunction.PROVISION).isEmpty()) {
			problems.add("'Items to buy' (" + PURCHASE_NEEDED + "): nobody holds the provision function in this school; the "
					+ "ICT owner assigns it first");
		}
		RequestForChange rfc = find(schoolId, reference);
		if (step1.raisedAs() == null) {
			problems.add("'Raised as' (" + RAISED_AS + ") is second-level-support, design, implementation or maintenance");
		}
		else {
			notHeldBy(schoolId, rfc.getOriginatorUserId(), step1.raisedAs()).ifPresent(problems::add);
		}
		List<String> items = List.of();
		try {
			items = register.named(schoolId, REGISTER_ITEMS.name(), step1.registerItems());
		}
		catch (IllegalArgumentException e) {
			problems.add(e.getMessage());
		}
		refuseIf(problems, "step 1 of the request for change");
		rfc.step1Submitted(new RequestForChange.Step1(step1.uniqueIdentifiers(), step1.itemNames(), items,
				step1.briefDescription(), step1.reason(), step1.cost(),
				step1.costCategory() == null ? null : step1.costCategory().id(), step1.raisedAs(), step1.purchaseNeeded()),
				clock.instant());
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
	public boolean decideProceeding(String schoolId, String reference, Decision decision, String comment, String decidedBy) {
		RequestForChange rfc = find(schoolId, reference);
		SignedDecision signed = sign(schoolId, decision, comment, decidedBy);
		rfc.decidedToProceed(signed);
		if (signed.approved()) {
			expenditure.recordApprovedCost(schoolId, reference, rfc.getCostCategory(), rfc.getCost(),
					rfc.getBriefDescription(), decidedBy);
		}
		tellDecision(rfc, signed, "proceed", List.of(rfc.getOriginatorUserId()));
		return signed.approved();
	}

	/** Records step 2 (again, when the ICT owner sent it back to be rescheduled). */
	public Planned submitStep2(String schoolId, String reference, Step2 step2) {
		List<String> problems = new ArrayList<>();
		required(problems, step2.fullDetails(), "Full details of change", FULL_DETAILS.name(), 20000);
		required(problems, step2.impactOnServices(), "Impact on services and users", IMPACT_ON_SERVICES.name(), 20000);
		required(problems, step2.impactOfFailure(), "Impact and risk of change failure", IMPACT_OF_FAILURE.name(), 20000);
		required(problems, step2.fallbackPlan(), "Fallback plan", FALLBACK_PLAN.name(), 20000);
		required(problems, step2.implementer(), "Implementer", IMPLEMENTER.name(), 64);
		Instant changeAt = null;
		if (step2.changeDateTime() == null || step2.changeDateTime().isBlank()) {
			problems.add("'Date and time of change' (" + CHANGE_DATE_TIME + ") is required");
		}
		else {
			changeAt = parseDateTime(step2.changeDateTime());
			if (changeAt == null) {
				problems.add("'Date and time of change' (" + CHANGE_DATE_TIME
						+ ") is not a date and time such as 2026-12-01T16:00");
			}
			else if (changeAt.isBefore(clock.instant())) {
				problems.add("'Date and time of change' (" + CHANGE_DATE_TIME + ") is in the past");
			}
		}
		Person implementer = null;
		if (step2.implementer() != null && !step2.implementer().isBlank()) {
			implementer = person(schoolId, step2.implementer().trim()).orElse(null);
			if (implementer == null) {
				problems.add("'Implementer' (" + IMPLEMENTER + "): nobody with user id '" + step2.implementer().trim()
						+ "' works in or for this school");
			}
		}
		refuseIf(problems, "step 2 of the request for change");
		RequestForChange rfc = find(schoolId, reference);
		rfc.step2Submitted(new RequestForChange.Step2(step2.fullDetails(), step2.impactOnServices(), step2.impactOfFailure(),
				step2.fallbackPlan(), changeAt, implementer.getUserId(), implementer.getName()), clock.instant());
		return new Planned(changeAt, implementer.getUserId(), (String) model(rfc).get("changeAt"),
				budgetCheck(rfc).summary());
	}

	/** Tells the school's ICT users the date, time and impact of the planned change (001: discuss with ICT users). */
	public void tellIctUsers(String schoolId, String reference) {
		RequestForChange rfc = find(schoolId, reference);
		if (!directory.holders(schoolId, FitsFunction.ICT_USERS).isEmpty()) {
			functionMail.send(schoolId, FitsFunction.ICT_USERS, "change-planned", model(rfc));
		}
		rfc.usersTold(clock.instant());
	}

	/** What the ICT users said; when the ICT owner sends the plan back, it is to be rescheduled. */
	public boolean recordDiscussion(String schoolId, String reference, UsersAgreement usersAgree, String feedback) {
		if (usersAgree == null) {
			throw new FormInputRefused("Please complete the discussion with ICT users: 'Outcome of the discussion' "
					+ "(" + USERS_AGREE + ") is 'agreed' or 'reschedule'.");
		}
		RequestForChange rfc = find(schoolId, reference);
		rfc.discussed(usersAgree, feedback);
		if (usersAgree == UsersAgreement.RESCHEDULE) {
			tell(schoolId, List.of(rfc.getOriginatorUserId(), rfc.getImplementerUserId()), "change-reschedule", model(rfc));
		}
		return usersAgree == UsersAgreement.AGREED;
	}

	/** The ICT owner's decision on step 2, signed and dated; a refused change spends nothing. */
	public boolean decideImplementation(String schoolId, String reference, Decision decision, String comment,
			String decidedBy) {
		RequestForChange rfc = find(schoolId, reference);
		SignedDecision signed = sign(schoolId, decision, comment, decidedBy);
		rfc.decidedToImplement(signed);
		if (!signed.approved()) {
			expenditure.withdrawApprovedCost(schoolId, reference);
		}
		tellDecision(rfc, signed, "implement", List.of(rfc.getOriginatorUserId(), rfc.getImplementerUserId()));
		if (signed.approved() && rfc.isPurchaseNeeded()) {
			// Provision buys only what is authorised (003): it hears of the purchase once the ICT owner has approved it.
			tell(schoolId, directory.holders(schoolId, FitsFunction.PROVISION).stream().map(Person::getUserId).toList(),
					"change-order", model(rfc));
		}
		return signed.approved();
	}

	/** Provision's order for the items the approved change needs. */
	public void recordOrder(String schoolId, String reference, Order order, String orderedBy) {
		List<String> problems = new ArrayList<>();
		required(problems, order.supplier(), "Supplier", SUPPLIER.name(), 200);
		required(problems, order.orderReference(), "Order reference", ORDER_REFERENCE.name(), 100);
		LocalDate orderedOn = date(problems, order.orderedOn(), "Ordered on", ORDERED_ON.name(), true);
		LocalDate expected = date(problems, order.expectedDeliveryOn(), "Delivery expected on", EXPECTED_DELIVERY_ON.name(),
				false);
		refuseIf(problems, "the order");
		find(schoolId, reference).ordered(new RequestForChange.Order(order.supplier(), order.orderReference(), orderedOn,
				expected), orderedBy);
	}

	/** The items arrived: the implementer and the originator are told, and the change goes ahead on its date. */
	public void recordDelivery(String schoolId, String reference, String deliveredOn, String notes, String recordedBy) {
		List<String> problems = new ArrayList<>();
		LocalDate on = date(problems, deliveredOn, "Delivered on", DELIVERED_ON.name(), true);
		if (notes != null && notes.trim().length() > 4000) {
			problems.add("'Notes' (" + DELIVERY_NOTES + ") is longer than 4000 characters");
		}
		refuseIf(problems, "the delivery");
		RequestForChange rfc = find(schoolId, reference);
		rfc.delivered(on, notes, recordedBy);
		tell(schoolId, List.of(rfc.getImplementerUserId(), rfc.getOriginatorUserId()), "change-delivered", model(rfc));
	}

	public void remindImplementer(String schoolId, String reference) {
		RequestForChange rfc = find(schoolId, reference);
		tell(schoolId, List.of(rfc.getImplementerUserId()), "change-reminder", model(rfc));
		rfc.implementerReminded(clock.instant());
	}

	/** Step 3: the outcome of change. The actual cost replaces the approved one in the expenditure record. */
	public ChangeOutcome recordOutcome(String schoolId, String reference, Step3 step3, String recordedBy) {
		List<String> problems = new ArrayList<>();
		ChangeOutcome outcome = step3.outcome();
		if (outcome == null || outcome == ChangeOutcome.REJECTED) {
			// Rejection is the ICT owner's, not the implementer's.
			problems.add("'Outcome of change' (" + OUTCOME + ") is successful, unsuccessful or partially-successful");
		}
		required(problems, step3.outcomeNotes(), "What happened", OUTCOME_NOTES.name(), 20000);
		if (outcome == ChangeOutcome.UNSUCCESSFUL && !Boolean.TRUE.equals(step3.fallbackCarriedOut())) {
			problems.add("'Fallback plan carried out' (" + FALLBACK_CARRIED_OUT
					+ ") must be confirmed when a change is unsuccessful");
		}
		if (outcome == ChangeOutcome.PARTIALLY_SUCCESSFUL && step3.followUp() == null) {
			problems.add("'What follows' (" + FOLLOW_UP + ") is new-request or problem when a change is partially successful");
		}
		if (step3.actualCost() != null && step3.actualCost().signum() < 0) {
			problems.add("'Actual cost' (" + ACTUAL_COST + ") cannot be negative");
		}
		refuseIf(problems, "step 3 of the request for change");
		RequestForChange rfc = find(schoolId, reference);
		rfc.outcomeRecorded(outcome, step3.outcomeNotes(), Boolean.TRUE.equals(step3.fallbackCarriedOut()), step3.followUp(),
				step3.followUpNotes(), step3.actualCost(), recordedBy, clock.instant());
		if (step3.actualCost() != null) {
			expenditure.recordActualCost(schoolId, reference, rfc.getCostCategory(), rfc.getActualCost(),
					rfc.getBriefDescription(), recordedBy);
		}
		List<String> told = new ArrayList<>(List.of(rfc.getOriginatorUserId()));
		directory.holders(schoolId, FitsFunction.ICT_OWNER).forEach(p -> told.add(p.getUserId()));
		tell(schoolId, told, "change-outcome", model(rfc));
		return outcome;
	}

	/**
	 * The configuration records now describe the changed equipment: the register's items the request named record it
	 * as their last change, and the items it installed are recorded as new installations. The request is closed.
	 */
	public void recordConfigurationUpdated(String schoolId, String reference, String notes, List<ItemDetails> newItems,
			String updatedBy) {
		if (notes == null || notes.isBlank()) {
			throw new FormInputRefused("Please complete \"Update configuration records\": 'Records updated' "
					+ "(" + CONFIGURATION_NOTES + ") is required.");
		}
		RequestForChange rfc = find(schoolId, reference);
		try {
			register.recordChange(schoolId, reference, rfc.getRegisterItems(), newItems, NEW_ITEMS.name());
		}
		catch (IllegalArgumentException e) {
			throw new FormInputRefused("Please correct \"Update configuration records\": " + e.getMessage());
		}
		rfc.configurationUpdated(notes, updatedBy, clock.instant());
	}

	/** What an e-mail or page about the request shows. */
	@Transactional(readOnly = true)
	public Map<String, Object> model(RequestForChange rfc, Object... more) {
		Map<String, Object> model = new HashMap<>();
		model.put("rfc", rfc);
		model.put("changeAt", rfc.getChangeAt() == null ? null
				: WHEN.format(rfc.getChangeAt().atZone(clock.getZone())));
		model.put(COST.name(), rfc.getCost() == null ? "none" : expenditure.money(rfc.getCost())
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
					// Typed without a zone: the school's.
					return LocalDateTime.parse(s).atZone(clock.getZone()).toInstant();
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

	/** Signed by who decided, with their name as it is now, and dated now. */
	private SignedDecision sign(String schoolId, Decision decision, String comment, String decidedBy) {
		if (decision == null) {
			throw new FormInputRefused("Please complete the approval: 'Decision' (" + APPROVAL + ") is approve or reject.");
		}
		return new SignedDecision(decision, comment, decidedBy, nameOf(schoolId, decidedBy), clock.instant());
	}

	private void tellDecision(RequestForChange rfc, SignedDecision signed, String stage, List<String> userIds) {
		tell(rfc.getSchoolId(), userIds, "change-decision", model(rfc, "stage", stage, "approved", signed.approved(),
				"comment", signed.getComment(), "decidedBy", signed.getDecidedByName()));
	}

	/** Why the originator may not raise the request as that function (they hold other originating functions), if so. */
	private Optional<String> notHeldBy(String schoolId, String userId, RaisedAs raisedAs) {
		Optional<Person> originator = person(schoolId, userId);
		if (originator.isEmpty()) {
			return Optional.empty();
		}
		List<FitsFunction> originating = java.util.Arrays.stream(RaisedAs.values())
			.map(r -> FitsFunction.ofGroupId(r.formValue())).filter(originator.get()::holds).toList();
		FitsFunction asked = FitsFunction.ofGroupId(raisedAs.formValue());
		if (originating.isEmpty() || originating.contains(asked)) {
			// Someone who holds none of them (an administrator, the single point of contact recording a provider's
			// answer) raises it on the function's behalf.
			return Optional.empty();
		}
		return Optional.of("'Raised as' (" + RAISED_AS + "): " + originator.get().getName() + " does not hold "
				+ asked.title().toLowerCase(java.util.Locale.ROOT) + "; raise it as "
				+ String.join(" or ", originating.stream().map(FitsFunction::groupId).toList()));
	}

	private static LocalDate date(List<String> problems, String value, String label, String key, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.add("'" + label + "' (" + key + ") is required");
			}
			return null;
		}
		try {
			String text = value.trim();
			return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
		}
		catch (DateTimeParseException e) {
			problems.add("'" + label + "' (" + key + ") is not a date such as 2026-12-01");
			return null;
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

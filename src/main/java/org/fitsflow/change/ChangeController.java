package org.fitsflow.change;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.fitsflow.finance.ExpenditureCategory;
import org.fitsflow.school.FitsFunction;
import org.fitsflow.school.SchoolDirectory;
import org.fitsflow.school.SchoolAccess;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The school's requests for change, read-only: the three steps as recorded, with each decision signed and dated.
 * Changes are made through their process in Tasklist. {@code closedIn} lists the changes made (carried out) and closed
 * in a month; requests rejected at either approval are left out, as the monthly service report leaves them out.
 */
@RestController
@RequestMapping("/api/schools/{schoolId}/changes")
@Tag(name = "Requests for change")
class ChangeController {

	private final RequestForChangeRepository requests;
	private final SchoolDirectory directory;
	private final SchoolAccess access;
	private final Clock clock;

	ChangeController(RequestForChangeRepository requests, SchoolDirectory directory, SchoolAccess access, Clock clock) {
		this.requests = requests;
		this.directory = directory;
		this.access = access;
		this.clock = clock;
	}

	record DecisionView(String decision, String comment, String decidedBy, String decidedByName, Instant decidedAt) {
		static DecisionView of(SignedDecision d) {
			return d == null ? null : new DecisionView(d.getDecision().formValue(), d.getComment(), d.getDecidedBy(),
					d.getDecidedByName(), d.getDecidedAt());
		}
	}

	record ChangeView(String reference, String status, String raisedFrom, Instant createdAt,
			String uniqueIdentifiers, String itemNames, String briefDescription, String reason, BigDecimal cost,
			String costCategory, String originator, String originatorName, String raisedAs, boolean purchaseNeeded,
			DecisionView approvalToProceed,
			String fullDetails, String impactOnServices, String impactOfFailure, String fallbackPlan, Instant changeAt,
			String implementer, String implementerName, Instant usersToldAt, String usersFeedback, int timesRescheduled,
			DecisionView approvalToImplement, String supplier, String orderReference, LocalDate orderedOn,
			LocalDate expectedDeliveryOn, String orderedBy, LocalDate deliveredOn, String deliveryNotes, String outcome, String outcomeNotes, Boolean fallbackCarriedOut,
			String followUp, String followUpNotes, BigDecimal actualCost, Instant outcomeRecordedAt,
			String configurationNotes, Instant configurationUpdatedAt, Instant closedAt) {
		/** Staff costs are sensitive (001): only the ICT owner sees the amounts of a change costed as staff. */
		static ChangeView of(RequestForChange r, boolean staffCostsShown) {
			boolean hide = !staffCostsShown && ExpenditureCategory.STAFF.id().equals(r.getCostCategory());
			return new ChangeView(r.getReference(), r.getStatus().name(), r.getRaisedFrom(), r.getCreatedAt(),
					r.getUniqueIdentifiers(), r.getItemNames(), r.getBriefDescription(), r.getReason(), hide ? null : r.getCost(),
					r.getCostCategory(), r.getOriginatorUserId(), r.getOriginatorName(),
					r.getRaisedAs() == null ? null : r.getRaisedAs().formValue(), r.isPurchaseNeeded(),
					DecisionView.of(r.getApprovalToProceed()),
					r.getFullDetails(), r.getImpactOnServices(), r.getImpactOfFailure(), r.getFallbackPlan(), r.getChangeAt(),
					r.getImplementerUserId(), r.getImplementerName(), r.getUsersToldAt(), r.getUsersFeedback(),
					r.getTimesRescheduled(),
					DecisionView.of(r.getApprovalToImplement()), r.getSupplier(), r.getOrderReference(), r.getOrderedOn(),
					r.getExpectedDeliveryOn(), r.getOrderedBy(), r.getDeliveredOn(), r.getDeliveryNotes(),
					r.getOutcome(), r.getOutcomeNotes(), r.getFallbackCarriedOut(), r.getFollowUp(), r.getFollowUpNotes(),
					hide ? null : r.getActualCost(), r.getOutcomeRecordedAt(), r.getConfigurationNotes(), r.getConfigurationUpdatedAt(),
					r.getClosedAt());
		}
	}

	@GetMapping
	@Operation(summary = "Requests for change, newest first; closedIn=2026-11 gives the changes made (carried out, with "
			+ "an outcome) and closed in that month: a rejected request is not a change made")
	List<ChangeView> list(@PathVariable String schoolId, @RequestParam(required = false) String closedIn) {
		boolean owner = checkMember(schoolId);
		if (closedIn == null) {
			return requests.findBySchoolIdOrderByCreatedAtDesc(schoolId).stream().map(r -> ChangeView.of(r, owner)).toList();
		}
		YearMonth month;
		try {
			month = YearMonth.parse(closedIn);
		}
		catch (java.time.format.DateTimeParseException e) {
			throw new IllegalArgumentException("closedIn: a month such as 2026-11, not '" + closedIn + "'.");
		}
		ZoneId zone = clock.getZone();
		Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
		Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
		return requests.findBySchoolIdAndOutcomeIsNotNullAndClosedAtGreaterThanEqualAndClosedAtLessThanOrderByClosedAt(schoolId, from, to)
			.stream().map(r -> ChangeView.of(r, owner)).toList();
	}

	@GetMapping("/{reference}")
	@Operation(summary = "One request for change, all three steps")
	ChangeView one(@PathVariable String schoolId, @PathVariable String reference) {
		boolean owner = checkMember(schoolId);
		return ChangeView.of(requests.findBySchoolIdAndReference(schoolId, reference)
			.orElseThrow(() -> new java.util.NoSuchElementException("There is no request for change " + reference + ".")),
				owner);
	}

	/** Anyone in the school may read; returns whether the caller is its ICT owner (who alone sees staff costs). */
	private boolean checkMember(String schoolId) {
		directory.school(schoolId);
		access.checkMember(schoolId);
		return access.holds(schoolId, FitsFunction.ICT_OWNER);
	}
}

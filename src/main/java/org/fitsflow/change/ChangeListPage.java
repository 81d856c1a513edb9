package org.fitsflow.change;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletResponse;

import org.fitsflow.finance.ExpenditureCategory;
import org.fitsflow.school.FitsFunction;
import org.fitsflow.school.ListFilters;
import org.fitsflow.school.ListFilters.Choice;
import org.fitsflow.school.PagePeriod;
import org.fitsflow.school.School;
import org.fitsflow.school.SchoolAccess;
import org.fitsflow.school.SchoolDirectory;
import org.fitsflow.school.SchoolPage;
import org.fitsflow.spreadsheet.Listing;
import org.fitsflow.spreadsheet.Listing.Column;
import org.fitsflow.spreadsheet.Listing.Kind;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Reports: the school's requests for change with filters (period raised, status, outcome, cost category) and the
 * filtered list as CSV or a spreadsheet. The same rule as the API: any member reads them, and only the ICT owner sees
 * the amounts of a change costed as staff ({@link ChangeController.ChangeView}).
 */
@Controller
@SchoolPage
class ChangeListPage {

	static final String PATH = "/pages/schools/{schoolId}/reports/changes";
	/** The page shows this many at most; the exports carry every change the filters keep. */
	static final int SHOWN = 200;
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
	private static final List<Column> COLUMNS = List.of(new Column("Reference", Kind.TEXT, 16),
			new Column("Raised", Kind.DATE_TIME, 17), new Column("Raised by", Kind.TEXT, 20),
			new Column("Brief description", Kind.TEXT, 40), new Column("Items", Kind.TEXT, 24),
			new Column("Status", Kind.TEXT, 24), new Column("Cost", Kind.NUMBER, 10), new Column("Cost category", Kind.TEXT, 16),
			new Column("Approval to proceed", Kind.TEXT, 14), new Column("Change at", Kind.DATE_TIME, 17),
			new Column("Implementer", Kind.TEXT, 20), new Column("Approval to implement", Kind.TEXT, 14),
			new Column("Outcome", Kind.TEXT, 18), new Column("Outcome recorded", Kind.DATE_TIME, 17),
			new Column("Actual cost", Kind.NUMBER, 10), new Column("Closed", Kind.DATE_TIME, 17));
	private static final List<ChangeOutcome> OUTCOMES = List.of(ChangeOutcome.SUCCESSFUL,
			ChangeOutcome.PARTIALLY_SUCCESSFUL, ChangeOutcome.UNSUCCESSFUL);

	private final RequestForChangeRepository requests;
	private final SchoolDirectory directory;
	private final SchoolAccess access;
	private final Clock clock;

	ChangeListPage(RequestForChangeRepository requests, SchoolDirectory directory, SchoolAccess access, Clock clock) {
		this.requests = requests;
		this.directory = directory;
		this.access = access;
		this.clock = clock;
	}

	record Row(String reference, String raised, String raisedBy, String description, String status,
			java.math.BigDecimal cost, String costCategory, String outcome, String closed) {
	}

	/** The school, whether the caller sees staff costs, the changes the filters keep, and the filters. */
	private record Found(School school, boolean owner, List<RequestForChange> changes, ListFilters filters) {
	}

	@GetMapping(PATH)
	String list(@PathVariable String schoolId, @RequestParam Map<String, String> params, Model model,
			HttpServletResponse response) {
		Found found = find(schoolId, params);
		if (!found.filters().isValid()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		ZoneId zone = clock.getZone();
		model.addAttribute("page", "reports");
		model.addAttribute("school", found.school());
		model.addAttribute("filters", found.filters());
		model.addAttribute("count", found.changes().size());
		model.addAttribute("shown", SHOWN);
		model.addAttribute("rows", found.changes().stream().limit(SHOWN).map(r -> {
			ChangeController.ChangeView view = ChangeController.ChangeView.of(r, found.owner());
			return new Row(r.getReference(), day(r.getCreatedAt(), zone), r.getOriginatorName(), r.getBriefDescription(),
					status(r.getStatus()), view.cost(), category(r.getCostCategory()), outcome(r.getOutcome()),
					day(r.getClosedAt(), zone));
		}).toList());
		model.addAttribute("statuses", Arrays.stream(ChangeStatus.values()).map(s -> new Choice(ListFilters.value(s), status(s))).toList());
		model.addAttribute("outcomes", OUTCOMES.stream().map(o -> new Choice(o.formValue(), outcome(o.formValue()))).toList());
		model.addAttribute("categories", Arrays.stream(ExpenditureCategory.values())
			.map(c -> new Choice(c.id(), c.title())).toList());
		model.addAttribute("query", found.filters().query());
		return "pages/reports/changes";
	}

	@GetMapping(PATH + ".{format:csv|xlsx}")
	ResponseEntity<byte[]> export(@PathVariable String schoolId, @PathVariable String format,
			@RequestParam Map<String, String> params) {
		Found found = find(schoolId, params);
		found.filters().checkValid();
		ZoneId zone = clock.getZone();
		Listing listing = new Listing("Changes of " + found.school().getName(), COLUMNS);
		for (RequestForChange r : found.changes()) {
			ChangeController.ChangeView view = ChangeController.ChangeView.of(r, found.owner());
			listing.row(r.getReference(), ListFilters.local(r.getCreatedAt(), zone), r.getOriginatorName(),
					r.getBriefDescription(), r.getItemNames(), status(r.getStatus()), view.cost(),
					category(r.getCostCategory()), decision(r.getApprovalToProceed()), ListFilters.local(r.getChangeAt(), zone),
					r.getImplementerName(), decision(r.getApprovalToImplement()), outcome(r.getOutcome()),
					ListFilters.local(r.getOutcomeRecordedAt(), zone), view.actualCost(), ListFilters.local(r.getClosedAt(), zone));
		}
		return listing.download("changes-" + schoolId, format);
	}

	private Found find(String schoolId, Map<String, String> params) {
		access.checkMember(schoolId);
		School school = directory.school(schoolId);
		boolean owner = access.holds(schoolId, FitsFunction.ICT_OWNER);
		ListFilters filters = new ListFilters(params, "from", "to", "status", "outcome", "category");
		Predicate<RequestForChange> kept = kept(filters);
		List<RequestForChange> found = requests.findBySchoolIdOrderByCreatedAtDesc(schoolId).stream().filter(kept).toList();
		return new Found(school, owner, filters.isValid() ? found : List.of(), filters);
	}

	/** Every filter given must hold; one that cannot be read is reported beside its field. */
	private Predicate<RequestForChange> kept(ListFilters f) {
		PagePeriod period = f.period();
		ZoneId zone = clock.getZone();
		Predicate<RequestForChange> kept = r -> period.contains(r.getCreatedAt(), zone);
		if (f.get("status") != null) {
			ChangeStatus status = f.oneOf("status", Arrays.asList(ChangeStatus.values()), ListFilters::value);
			kept = kept.and(r -> r.getStatus() == status);
		}
		if (f.get("outcome") != null) {
			ChangeOutcome outcome = f.oneOf("outcome", OUTCOMES, ChangeOutcome::formValue);
			kept = kept.and(r -> outcome != null && outcome.formValue().equals(r.getOutcome()));
		}
		if (f.get("category") != null) {
			ExpenditureCategory category = f.oneOf("category", Arrays.asList(ExpenditureCategory.values()),
					ExpenditureCategory::id);
			kept = kept.and(r -> category != null && category.id().equals(r.getCostCategory()));
		}
		return kept;
	}

	/** Where a request stands in its three steps, in words. */
	static String status(ChangeStatus status) {
		return switch (status) {
			case STEP_1 -> "Step 1: being raised";
			case AWAITING_APPROVAL_TO_PROCEED -> "Waiting for approval to proceed";
			case REJECTED_TO_PROCEED -> "Not approved to proceed";
			case STEP_2 -> "Step 2: being planned";
			case DISCUSSING_WITH_USERS -> "Being discussed with users";
			case AWAITING_APPROVAL_TO_IMPLEMENT -> "Waiting for approval to implement";
			case REJECTED_TO_IMPLEMENT -> "Not approved to implement";
			case ORDERING -> "Being ordered";
			case AWAITING_DELIVERY -> "Waiting for delivery";
			case SCHEDULED -> "Scheduled";
			case OUTCOME_RECORDED -> "Outcome recorded";
			case CLOSED -> "Closed";
		};
	}

	private static String outcome(String outcome) {
		if (outcome == null) {
			return null;
		}
		return switch (outcome) {
			case "successful" -> "Successful";
			case "partially-successful" -> "Partially successful";
			case "unsuccessful" -> "Unsuccessful";
			default -> outcome;
		};
	}

	private static String category(String id) {
		if (id == null) {
			return null;
		}
		return Arrays.stream(ExpenditureCategory.values()).filter(c -> c.id().equals(id)).map(ExpenditureCategory::title)
			.findFirst().orElse(id);
	}

	private static String decision(SignedDecision decision) {
		return decision == null ? null : decision.getDecision() == Decision.APPROVE ? "Approved" : "Rejected";
	}

	private static String day(Instant at, ZoneId zone) {
		return at == null ? null : DAY.format(at.atZone(zone));
	}
}

package org.fitsflow.problem;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.fitsflow.incident.Incident;
import org.fitsflow.incident.Incidents;
import org.fitsflow.school.FitsFunction;
import org.fitsflow.school.SchoolAccess;
import org.fitsflow.system.CurrentUser;
import org.fitsflow.system.ForbiddenException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Problem records, read-only, for the people who hold a FITS function in the school (and administrators): the
 * monthly service report counts the problems logged in a month, resolved in it and outstanding at its end. Problems
 * are worked through their process in Tasklist.
 */
@RestController
@RequestMapping("/api/schools/{schoolId}/problems")
@Tag(name = "Problems")
class ProblemController {

	private final Problems problems;
	private final Incidents incidents;
	private final SchoolAccess access;
	private final CurrentUser currentUser;
	private final Clock clock;

	ProblemController(Problems problems, Incidents incidents, SchoolAccess access, CurrentUser currentUser, Clock clock) {
		this.problems = problems;
		this.incidents = incidents;
		this.access = access;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	record ProblemView(String reference, String status, String description, Long serviceId, String assetReference,
			String source, String investigatedBy, String raisedBy, Instant raisedAt, String rootCause, String workaround,
			String changeReference, String changeOutcome, Instant verifiedAt, Instant closedAt, List<String> linkedIncidents) {
		static ProblemView of(Problem p, List<String> linkedIncidents) {
			return new ProblemView(p.getReference(), p.getStatus().name(), p.getDescription(), p.getServiceId(),
					p.getAssetReference(), p.getSource().formValue(), p.investigator().formValue(), p.getRaisedBy(),
					p.getRaisedAt(), p.getRootCause(), p.getWorkaround(), p.getChangeReference(), p.getChangeOutcome(),
					p.getVerifiedAt(), p.getClosedAt(), linkedIncidents);
		}
	}

	@GetMapping
	@Operation(summary = "The school's problems, newest first; raisedIn=2026-11 or closedIn=2026-11 for one month, "
			+ "status=OPEN for those not yet closed")
	List<ProblemView> list(@PathVariable String schoolId, @RequestParam(required = false) String raisedIn,
			@RequestParam(required = false) String closedIn, @RequestParam(required = false) String status) {
		checkSupport(schoolId);
		List<Problem> found = problems.problems(schoolId);
		if (status != null) {
			Problem.Status wanted = Arrays.stream(Problem.Status.values()).filter(s -> s.name().equals(status)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("status: OPEN or CLOSED, not '" + status + "'."));
			found = found.stream().filter(p -> p.getStatus() == wanted).toList();
		}
		found = inMonth(found, "raisedIn", raisedIn, Problem::getRaisedAt);
		found = inMonth(found, "closedIn", closedIn, Problem::getClosedAt);
		return found.stream().map(this::view).toList();
	}

	@GetMapping("/{reference}")
	@Operation(summary = "One problem, with the incidents linked to it")
	ProblemView one(@PathVariable String schoolId, @PathVariable String reference) {
		checkSupport(schoolId);
		return view(problems.problem(schoolId, reference));
	}

	private ProblemView view(Problem problem) {
		return ProblemView.of(problem, incidents.linkedTo(problem.getId()).stream().map(Incident::getReference).toList());
	}

	private List<Problem> inMonth(List<Problem> found, String parameter, String month, Function<Problem, Instant> when) {
		if (month == null) {
			return found;
		}
		YearMonth ym;
		try {
			ym = YearMonth.parse(month);
		}
		catch (DateTimeParseException e) {
			throw new IllegalArgumentException(parameter + ": a month such as 2026-11, not '" + month + "'.");
		}
		Instant from = ym.atDay(1).atStartOfDay(clock.getZone()).toInstant();
		Instant to = ym.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toInstant();
		return found.stream().filter(p -> when.apply(p) != null && !when.apply(p).isBefore(from) && when.apply(p).isBefore(to))
			.toList();
	}

	/** Those who hold a FITS function in the school (beyond being an ICT user) and administrators. */
	private void checkSupport(String schoolId) {
		access.checkMember(schoolId);
		if (currentUser.isAdministrator()) {
			return;
		}
		boolean support = Arrays.stream(FitsFunction.values()).filter(f -> f != FitsFunction.ICT_USERS)
			.anyMatch(f -> access.holds(schoolId, f));
		if (!support) {
			throw new ForbiddenException("Problems are for the ICT owner and the support functions of school '" + schoolId
					+ "'; your incidents are under /api/schools/" + schoolId + "/incidents.");
		}
	}
}

package org.fitsflow.continuity;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.fitsflow.mail.Attachment;
import org.fitsflow.school.FitsFunction;
import org.fitsflow.school.SchoolAccess;
import org.fitsflow.system.CurrentUser;
import org.fitsflow.system.ForbiddenException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Service Continuity Management's records: the risk assessments by year (and each as a spreadsheet), the contingency
 * plan's versions (and each as a printable PDF, which only those who use it may fetch: it holds people's telephone
 * numbers), and the invocations with their steps, to which the ICT owner adds steps afterwards with their real times.
 * Who records a step is the authenticated caller.
 */
@RestController
@RequestMapping("/api/schools/{schoolId}")
@Tag(name = "Service continuity")
@Transactional(readOnly = true) // the views read each record's lists
class ContinuityController {

	static final MediaType PDF = MediaType.APPLICATION_PDF;
	static final MediaType XLSX = MediaType.parseMediaType(RiskAssessmentSpreadsheet.CONTENT_TYPE);

	private final RiskAssessments assessments;
	private final ContingencyPlans plans;
	private final Invocations invocations;
	private final SchoolAccess access;
	private final CurrentUser currentUser;

	ContinuityController(RiskAssessments assessments, ContingencyPlans plans, Invocations invocations,
			SchoolAccess access, CurrentUser currentUser) {
		this.assessments = assessments;
		this.plans = plans;
		this.invocations = invocations;
		this.access = access;
		this.currentUser = currentUser;
	}

	record RiskView(String service, String threat, String likelihood, String harm, String rating,
			String existingMeasures) {
	}

	record RecommendationView(Long id, String service, String description, BigDecimal estimatedCost,
			BigDecimal providerCharge, String source, String firstRaisedIn, String recommendedBy, String decision,
			String reason, String decidedBy, String changeReference, String actionFunction, LocalDate actionDue,
			String actionReference) {
		static RecommendationView of(Recommendation r) {
			return new RecommendationView(r.getId(), r.getServiceName(), r.getDescription(), r.getEstimatedCost(),
					r.getProviderCharge(), r.getSource().name().toLowerCase().replace('_', '-'), r.getFirstRaisedIn(),
					r.getRecommendedBy(), r.getDecision() == null ? null : r.getDecision().formValue(),
					r.getDecisionReason(), r.getDecidedBy(), r.getChangeReference(), r.getActionFunction(),
					r.getActionDue(), r.getActionReference());
		}
	}

	record AssessmentView(String reference, int year, LocalDate dueOn, String status, String assessedBy,
			Instant assessedAt, String decidedBy, Instant decidedAt, String filedWhere, Instant filedAt,
			List<RiskView> risks, List<RecommendationView> recommendations, List<String> lessons) {
	}

	record PlanView(int version, String status, String progressContact, Duration updateInterval,
			String recoveryPlanReference, String recoveryPlanLocation, String issuedBy, Instant issuedAt,
			String offsiteCopyWhere, Instant offsiteCopyReplacedAt, String filedWhere, int contacts, int recoveryTeam,
			List<String> manualSystemsFor) {
		static PlanView of(ContingencyPlan p) {
			return new PlanView(p.getVersion(), p.getStatus().name().toLowerCase(), p.getProgressContact(),
					p.getUpdateInterval(), p.getRecoveryPlanReference(), p.getRecoveryPlanLocation(), p.getIssuedBy(),
					p.getIssuedAt(), p.getOffsiteCopyWhere(), p.getOffsiteCopyReplacedAt(), p.getFiledWhere(),
					p.getContacts().size(), p.recoveryTeam().size(),
					p.getManualSystems().stream().map(ManualSystem::getServiceName).toList());
		}
	}

	record StepView(Instant happenedAt, String what, String recordedBy, Instant recordedAt) {
		static StepView of(InvocationStep s) {
			return new StepView(s.getHappenedAt(), s.getWhat(), s.getRecordedBy(), s.getRecordedAt());
		}
	}

	record ServiceView(String service, String state, Instant manualSystemStartedAt, Instant recoveryDoneAt,
			Instant restoredAt) {
	}

	record InvocationView(String reference, String status, String incidentReference, String whatHappened,
			Instant startedAt, String invokedBy, Instant invokedAt, String declinedBy, String decisionReason,
			Instant restoredAt, String reviewNotes, List<ServiceView> services, List<StepView> steps,
			List<String> lessons) {
	}

	record NewStep(@NotBlank String what, String happenedAt) {
	}

	@GetMapping("/risk-assessments")
	@Operation(summary = "The school's risk assessments, the latest year first")
	List<AssessmentView> assessments(@PathVariable String schoolId) {
		access.checkMember(schoolId);
		return assessments.assessments(schoolId).stream().map(this::view).toList();
	}

	@GetMapping("/risk-assessments/{reference}")
	@Operation(summary = "A risk assessment: its risks, recommendations with the ICT owner's decisions, and lessons")
	AssessmentView assessment(@PathVariable String schoolId, @PathVariable String reference) {
		access.checkMember(schoolId);
		return view(assessments.assessment(schoolId, reference));
	}

	@GetMapping("/risk-assessments/{reference}/spreadsheet")
	@Operation(summary = "A risk assessment as a spreadsheet in the FITS layout")
	ResponseEntity<byte[]> spreadsheet(@PathVariable String schoolId, @PathVariable String reference) {
		access.checkMember(schoolId);
		return file(assessments.spreadsheet(schoolId, reference), XLSX);
	}

	@GetMapping("/contingency-plan")
	@Operation(summary = "The contingency plan's versions, the latest first (the one issued last is in force)")
	List<PlanView> plans(@PathVariable String schoolId) {
		access.checkMember(schoolId);
		return plans.versions(schoolId).stream().map(PlanView::of).toList();
	}

	@GetMapping("/contingency-plan/{version}/printable")
	@Operation(summary = "A version of the contingency plan as a printable PDF (the ICT owner, the single point of "
			+ "contact, maintenance, the plan's recovery team, administrators)")
	ResponseEntity<byte[]> printable(@PathVariable String schoolId, @PathVariable int version) {
		access.checkMember(schoolId);
		ContingencyPlan plan = plans.version(schoolId, version);
		boolean mayRead = currentUser.isAdministrator() || access.holds(schoolId, FitsFunction.ICT_OWNER)
				|| access.holds(schoolId, FitsFunction.SINGLE_POINT_OF_CONTACT)
				|| access.holds(schoolId, FitsFunction.MAINTENANCE)
				|| plan.recoveryTeam().stream().anyMatch(c -> currentUser.userId().equals(c.getUserId()));
		if (!mayRead) {
			throw new ForbiddenException("The contingency plan holds people's telephone numbers: only the ICT owner, the"
					+ " single point of contact, maintenance and the recovery team of school '" + schoolId + "' may fetch it.");
		}
		return file(new Attachment("contingency-plan-v" + version + ".pdf", PrintablePlan.CONTENT_TYPE,
				plans.printable(schoolId, version)), PDF);
	}

	@GetMapping("/invocations")
	@Operation(summary = "The invocations of the contingency plan (and the questions whether to invoke it), latest first")
	List<InvocationView> invocations(@PathVariable String schoolId) {
		access.checkMember(schoolId);
		return invocations.invocations(schoolId).stream().map(this::view).toList();
	}

	@GetMapping("/invocations/{reference}")
	@Operation(summary = "An invocation: its services, every step at its real time, and the lessons")
	InvocationView invocation(@PathVariable String schoolId, @PathVariable String reference) {
		access.checkMember(schoolId);
		return view(invocations.invocation(schoolId, reference));
	}

	@PostMapping("/invocations/{reference}/steps")
	@Transactional
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a step afterwards, with the time it really happened (ICT owner): not in the future, "
			+ "not before the invocation began")
	StepView recordStep(@PathVariable String schoolId, @PathVariable String reference,
			@Valid @RequestBody NewStep step) {
		access.checkMember(schoolId);
		return StepView.of(invocations.recordStep(schoolId, reference, step.what(), step.happenedAt(),
				currentUser.userId()));
	}

	private AssessmentView view(RiskAssessment a) {
		return new AssessmentView(a.getReference(), a.getYear(), a.getDueOn(), a.getStatus().name().toLowerCase(),
				a.getAssessedBy(), a.getAssessedAt(), a.getDecidedBy(), a.getDecidedAt(), a.getFiledWhere(),
				a.getFiledAt(), a.getRisks().stream().map(r -> new RiskView(r.getServiceName(), r.getThreat(),
						r.getLikelihood().formValue(), r.getHarm().formValue(), r.getRating().formValue(),
						r.getExistingMeasures())).toList(),
				a.getRecommendations().stream().map(RecommendationView::of).toList(),
				assessments.lessonsTakenIn(a).stream().map(Lesson::getLesson).toList());
	}

	private InvocationView view(Invocation i) {
		return new InvocationView(i.getReference(), i.getStatus().name().toLowerCase(), i.getIncidentReference(),
				i.getWhatHappened(), i.getStartedAt(), i.getInvokedBy(), i.getInvokedAt(), i.getDeclinedBy(),
				i.getDecisionReason(), i.getRestoredAt(), i.getReviewNotes(),
				i.getServices().stream().map(s -> new ServiceView(s.getServiceName(), s.state(),
						s.getManualSystemStartedAt(), s.getRecoveryDoneAt(), s.getRestoredAt())).toList(),
				i.getSteps().stream().map(StepView::of).toList(),
				invocations.lessons(i).stream().map(Lesson::getLesson).toList());
	}

	private static ResponseEntity<byte[]> file(Attachment file, MediaType type) {
		return ResponseEntity.ok().contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.name() + "\"").body(file.content());
	}
}

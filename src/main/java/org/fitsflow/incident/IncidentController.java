package org.fitsflow.incident;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.fitsflow.school.FitsFunction;
import org.fitsflow.school.SchoolAccess;
import org.fitsflow.system.CurrentUser;
import org.fitsflow.system.ForbiddenException;
import org.fitsflow.system.process.FormValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Incident records: the support functions and the ICT owner see all of a school's incidents (the service report is
 * built from them); an ICT user sees the ones they reported. The single point of contact changes priorities; the
 * reporter confirms the fix of a resolved incident or reopens it (also from the links in the e-mail).
 */
@RestController
@RequestMapping("/api/schools/{schoolId}/incidents")
@Tag(name = "Incidents")
class IncidentController {

	private final Incidents incidents;
	private final IncidentMessages messages;
	private final CurrentUser currentUser;
	private final SchoolAccess access;
	private final IncidentReaders readers;

	IncidentController(Incidents incidents, IncidentMessages messages, CurrentUser currentUser, SchoolAccess access,
			IncidentReaders readers) {
		this.incidents = incidents;
		this.messages = messages;
		this.currentUser = currentUser;
		this.access = access;
		this.readers = readers;
	}

	record ResolutionView(int number, Instant restoredAt, Instant fixTarget, Boolean fixTargetMet, Instant resolvedAt,
			String resolution, String reporterAnswer, Instant answeredAt, String answeredBy) {
		static ResolutionView of(IncidentResolution r) {
			return new ResolutionView(r.getNumber(), r.getRestoredAt(), r.getFixTarget(), r.getFixTargetMet(),
					r.getResolvedAt(), r.getResolution(), r.getReporterAnswer() == null ? null : r.getReporterAnswer().formValue(),
					r.getAnsweredAt(), r.getAnsweredBy());
		}
	}

	/**
	 * An incident as the service report reads it. {@code fixTargetMet} is false once any round of restoring missed its
	 * target (reopening does not clear it); {@code resolutions} keeps each round's result and the reporter's answer.
	 */
	record IncidentView(String reference, String status, String reportedBy, String loggedBy, Long serviceId,
			String description, String category, String impact, String urgency, Integer priority,
			String responseTime, String fixTime, String permanentFixTime, Instant responseTarget, Instant fixTarget,
			Boolean responseTargetMet, Boolean fixTargetMet, Instant followUpTarget, Boolean followUpTargetMet,
			Instant loggedAt, Instant respondedAt, Instant restoredAt, Instant passedOnAt, String passedOnBy,
			Instant resolvedAt, Instant closedAt, Instant onHoldSince, int timesReopened, String workaround,
			String providerReference, String resolution, String changeReference, String changeOutcome, Long problemId,
			boolean fixClockPaused, List<ResolutionView> resolutions) {
		static IncidentView of(Incident i) {
			return new IncidentView(i.getReference(), i.getStatus().name(), i.getReportedBy(), i.getLoggedBy(),
					i.getServiceId(), i.getDescription(), i.getCategory().formValue(), i.getImpact().formValue(),
					i.getUrgency().formValue(), i.getPriority(), i.getResponseTime(), i.getFixTime(), i.getPermanentFixTime(),
					i.getResponseTarget(), i.getFixTarget(), i.getResponseTargetMet(), i.getFixTargetMet(),
					i.getFollowUpTarget(), i.getFollowUpTargetMet(), i.getLoggedAt(), i.getRespondedAt(), i.getRestoredAt(),
					i.getPassedOnAt(), i.getPassedOnBy(), i.getResolvedAt(), i.getClosedAt(), i.getOnHoldSince(),
					i.getTimesReopened(), i.getWorkaround(), i.getProviderReference(), i.getResolution(),
					i.getChangeReference(), i.getChangeOutcome(), i.getProblemId(), i.getOnHoldSince() != null,
					i.getResolutions().stream().map(ResolutionView::of).toList());
		}
	}

	record NewPriority(@NotBlank String impact, @NotBlank String urgency) {
	}

	@GetMapping
	@Operation(summary = "The school's incidents (an ICT user: their own)")
	List<IncidentView> incidents(@PathVariable String schoolId) {
		checkMember(schoolId);
		List<Incident> found = seesAll(schoolId) ? incidents.incidents(schoolId)
				: incidents.reportedBy(schoolId, currentUser.userId());
		return found.stream().map(IncidentView::of).toList();
	}

	@GetMapping("/{reference}")
	IncidentView incident(@PathVariable String schoolId, @PathVariable String reference) {
		checkMember(schoolId);
		Incident incident = incidents.incident(schoolId, reference);
		if (!seesAll(schoolId) && !incident.getReportedBy().equals(currentUser.userId())) {
			throw new ForbiddenException("You may see only the incidents you reported.");
		}
		return IncidentView.of(incident);
	}

	@PutMapping("/{reference}/priority")
	@Operation(summary = "Change impact and urgency while service is being restored; priority and targets are recomputed")
	IncidentView changePriority(@PathVariable String schoolId, @PathVariable String reference,
			@Valid @RequestBody NewPriority priority) {
		checkMember(schoolId);
		if (!currentUser.isAdministrator() && !holds(schoolId, FitsFunction.SINGLE_POINT_OF_CONTACT)) {
			throw new ForbiddenException("Only the single point of contact may change an incident's priority.");
		}
		messages.changePriority(schoolId, reference, FormValue.of(Impact.class, "impact", priority.impact()),
				FormValue.of(Urgency.class, "urgency", priority.urgency()));
		return IncidentView.of(incidents.incident(schoolId, reference));
	}

	@PostMapping("/{reference}/reopen")
	@Operation(summary = "Reopen a resolved incident within the reopening window (its reporter or the single point of contact)")
	IncidentView reopen(@PathVariable String schoolId, @PathVariable String reference) {
		checkMember(schoolId);
		messages.reopen(schoolId, reference, currentUser.userId());
		return IncidentView.of(incidents.incident(schoolId, reference));
	}

	@PostMapping("/{reference}/confirm")
	@Operation(summary = "Confirm that a resolved incident is fixed, within the reopening window (its reporter, or the single "
			+ "point of contact on their word); the single point of contact then closes it")
	IncidentView confirm(@PathVariable String schoolId, @PathVariable String reference) {
		checkMember(schoolId);
		messages.confirm(schoolId, reference, currentUser.userId());
		return IncidentView.of(incidents.incident(schoolId, reference));
	}

	private boolean seesAll(String schoolId) {
		return readers.seesAll(schoolId);
	}

	private boolean holds(String schoolId, FitsFunction function) {
		return access.holds(schoolId, function);
	}

	private void checkMember(String schoolId) {
		access.checkMember(schoolId);
	}
}

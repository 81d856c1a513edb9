package org.fitsflow.configuration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.fitsflow.school.SchoolAccess;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The school's yearly asset audits, read by its members: when each was due, who audited and when, each discrepancy
 * and how it was resolved, and the baseline taken. The audits are done in Tasklist; nothing here changes them.
 */
@RestController
@RequestMapping("/api/schools/{schoolId}/asset-audits")
@Tag(name = "Configuration register")
class AssetAuditController {

	private final AssetAudits audits;
	private final SchoolAccess access;

	AssetAuditController(AssetAudits audits, SchoolAccess access) {
		this.audits = audits;
		this.access = access;
	}

	/** An audit as lists show it. */
	record AuditSummary(String reference, LocalDate dueOn, AssetAudit.Status status, Instant startedAt,
			String auditedBy, Instant auditedAt, Long baselineId, int discrepancies) {
		static AuditSummary of(AssetAudit a) {
			return new AuditSummary(a.getReference(), a.getDueOn(), a.getStatus(), a.getStartedAt(), a.getAuditedBy(),
					a.getAuditedAt(), a.getBaselineId(), a.getDiscrepancies().size());
		}
	}

	/** One discrepancy: what was found and what became of it (the correction, or the request for change). */
	record DiscrepancyView(int line, DiscrepancyKind kind, String assetReference, AuditedField field,
			String recorded, String found, ItemType type, String location, String description,
			DiscrepancyResolution resolution, String correction, String changeReference) {
		static DiscrepancyView of(AssetAuditDiscrepancy d) {
			return new DiscrepancyView(d.getLineNo(), d.getKind(), d.getAssetReference(), d.getField(),
					d.getRecordedValue(), d.getFoundValue(), d.getItemType(), d.getLocation(), d.getDescription(),
					d.getResolution(), d.getCorrection(), d.getChangeReference());
		}
	}

	record AuditView(String reference, LocalDate dueOn, AssetAudit.Status status, Instant startedAt, String auditedBy,
			Instant auditedAt, Long baselineId, List<DiscrepancyView> discrepancies) {
	}

	@GetMapping
	@Operation(summary = "The school's asset audits, the latest first")
	List<AuditSummary> list(@PathVariable String schoolId) {
		access.checkMember(schoolId);
		return audits.audits(schoolId).stream().map(AuditSummary::of).toList();
	}

	@GetMapping("/{reference}")
	@Operation(summary = "One asset audit with its discrepancies and how each was resolved")
	AuditView audit(@PathVariable String schoolId, @PathVariable String reference) {
		access.checkMember(schoolId);
		AssetAudit a = audits.audit(schoolId, reference);
		return new AuditView(a.getReference(), a.getDueOn(), a.getStatus(), a.getStartedAt(), a.getAuditedBy(),
				a.getAuditedAt(), a.getBaselineId(), a.getDiscrepancies().stream().map(DiscrepancyView::of).toList());
	}
}

package org.fitsflow.startup;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;

import org.fitsflow.school.SchoolAccess;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The user support procedure as issued, for everyone in the school: the master copy and the earlier versions. */
@RestController
@RequestMapping("/api/schools/{schoolId}/support-procedure")
@Tag(name = "Support procedure")
class SupportProcedureController {

	private final SupportProcedures procedures;
	private final SchoolAccess access;

	SupportProcedureController(SupportProcedures procedures, SchoolAccess access) {
		this.procedures = procedures;
		this.access = access;
	}

	record SupportProcedureView(int version, String procedure, String coveringMemo, String writtenBy, Instant writtenAt,
			String issuedBy, Instant issuedAt) {
		static SupportProcedureView of(SupportProcedure p) {
			return new SupportProcedureView(p.getVersion(), p.getProcedureText(), p.getCoveringMemo(), p.getWrittenBy(),
					p.getWrittenAt(), p.getIssuedBy(), p.getIssuedAt());
		}
	}

	@GetMapping
	@Operation(summary = "The master copy: the latest version the ICT owner issued, with the covering memo")
	SupportProcedureView master(@PathVariable String schoolId) {
		access.checkMember(schoolId);
		return procedures.master(schoolId).map(SupportProcedureView::of).orElseThrow(() -> new NoSuchElementException(
				"School '" + schoolId + "' has not issued its support procedure yet."));
	}

	@GetMapping("/versions")
	@Operation(summary = "Every issued version, the master copy first")
	List<SupportProcedureView> versions(@PathVariable String schoolId) {
		access.checkMember(schoolId);
		return procedures.versions(schoolId).stream().map(SupportProcedureView::of).toList();
	}
}

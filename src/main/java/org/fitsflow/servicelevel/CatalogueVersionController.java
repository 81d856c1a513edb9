package org.fitsflow.servicelevel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.fitsflow.school.SchoolAccess;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The agreed versions of a school's catalogue (the yearly baselines), kept beside each other; read by its members. */
@RestController
@RequestMapping("/api/schools/{schoolId}/catalogue-versions")
@Tag(name = "Service catalogue")
class CatalogueVersionController {

	private final CatalogueVersions versions;
	private final SchoolAccess access;

	CatalogueVersionController(CatalogueVersions versions, SchoolAccess access) {
		this.versions = versions;
		this.access = access;
	}

	record VersionView(int version, LocalDate effectiveFrom, Instant agreedAt, String agreedBy, String source,
			String reviewReference, List<ServiceDetails> services) {
		static VersionView of(CatalogueVersion v) {
			return new VersionView(v.getVersionNumber(), v.getEffectiveFrom(), v.getAgreedAt(), v.getAgreedBy(),
					v.getSource().name(), v.getReviewReference(), v.services());
		}
	}

	@GetMapping
	@Operation(summary = "The agreed versions of the catalogue, newest first")
	List<VersionView> list(@PathVariable String schoolId) {
		access.checkMember(schoolId);
		return versions.versions(schoolId).stream().map(VersionView::of).toList();
	}

	@GetMapping("/{version}")
	@Operation(summary = "One agreed version of the catalogue")
	VersionView one(@PathVariable String schoolId, @PathVariable int version) {
		access.checkMember(schoolId);
		return VersionView.of(versions.version(schoolId, version));
	}

	@GetMapping("/{version}/spreadsheet")
	@Operation(summary = "One agreed version as the spreadsheet that was published")
	ResponseEntity<byte[]> spreadsheet(@PathVariable String schoolId, @PathVariable int version) {
		access.checkMember(schoolId);
		return ServiceCatalogueController.xlsx("service-catalogue-" + schoolId + "-v" + version + ".xlsx",
				versions.spreadsheet(schoolId, version));
	}
}

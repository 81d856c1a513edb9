package org.fitsflow.servicelevel;

import java.util.List;

import jakarta.validation.Valid;

import org.fitsflow.school.SchoolAccess;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The service catalogue: read by the school's members, changed by its ICT owner (who defines the service) or an administrator. */
@RestController
@RequestMapping("/api/schools/{schoolId}/services")
@Tag(name = "Service catalogue")
class ServiceCatalogueController {

	private final ServiceCatalogue catalogue;
	private final SchoolAccess access;

	ServiceCatalogueController(ServiceCatalogue catalogue, SchoolAccess access) {
		this.catalogue = catalogue;
		this.access = access;
	}

	record ServiceView(long id, String name, String description, String availabilityRequired, String endUserGroups,
			Importance importance, String responseTime, String fixTime, SupportedBy supportedBy,
			String supportedByUserId, String providerName, String providerServiceDeskEmail) {
		static ServiceView of(CatalogueService s) {
			return new ServiceView(s.getId(), s.getName(), s.getDescription(), s.getAvailabilityRequired(),
					s.getEndUserGroups(), s.getImportance(),
					s.getResponseTime() == null ? null : s.getResponseTime().toString(),
					s.getFixTime() == null ? null : s.getFixTime().toString(), s.getSupportedByKind(),
					s.getSupportedByUserId(), s.getProviderName(), s.getProviderServiceDeskEmail());
		}
	}

	@GetMapping
	@Operation(summary = "The school's service catalogue")
	List<ServiceView> services(@PathVariable String schoolId) {
		checkMayRead(schoolId);
		return catalogue.services(schoolId).stream().map(ServiceView::of).toList();
	}

	@GetMapping("/{serviceId}")
	ServiceView service(@PathVariable String schoolId, @PathVariable long serviceId) {
		checkMayRead(schoolId);
		return ServiceView.of(catalogue.service(schoolId, serviceId));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a service (ICT owner or administrator)")
	ServiceView add(@PathVariable String schoolId, @Valid @RequestBody ServiceDetails details) {
		checkMayChange(schoolId);
		return ServiceView.of(catalogue.add(schoolId, details));
	}

	@PutMapping("/{serviceId}")
	@Operation(summary = "Change a service's agreed levels or support (ICT owner or administrator)")
	ServiceView change(@PathVariable String schoolId, @PathVariable long serviceId,
			@Valid @RequestBody ServiceDetails details) {
		checkMayChange(schoolId);
		return ServiceView.of(catalogue.change(schoolId, serviceId, details));
	}

	private void checkMayRead(String schoolId) {
		access.checkMember(schoolId);
	}

	private void checkMayChange(String schoolId) {
		access.checkIctOwnerOrAdministrator(schoolId, "change its service catalogue");
	}
}

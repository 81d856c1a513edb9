package org.fitsflow.servicelevel;

import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.fitsflow.school.SchoolDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A school's service catalogue (001, task 1): the services support gives priority to, and their agreed levels. */
@Service
@Transactional
public class ServiceCatalogue {

	private final CatalogueServiceRepository services;
	private final SchoolDirectory directory;

	ServiceCatalogue(CatalogueServiceRepository services, SchoolDirectory directory) {
		this.services = services;
		this.directory = directory;
	}

	@Transactional(readOnly = true)
	public List<CatalogueService> services(String schoolId) {
		directory.school(schoolId);
		return services.findBySchoolIdOrderByName(schoolId);
	}

	@Transactional(readOnly = true)
	public CatalogueService service(String schoolId, long serviceId) {
		return services.findById(serviceId)
			.filter(s -> s.getSchoolId().equals(schoolId))
			.orElseThrow(() -> new NoSuchElementException(
					"There is no service " + serviceId + " in the service catalogue of school '" + schoolId + "'."));
	}

	/** The service of that name (ignoring case), if the catalogue has one. */
	@Transactional(readOnly = true)
	public Optional<CatalogueService> byName(String schoolId, String name) {
		return name == null ? Optional.empty() : services.findBySchoolIdAndNameIgnoreCase(schoolId, name.trim());
	}

	public CatalogueService add(String schoolId, ServiceDetails details) {
		directory.school(schoolId);
		check(schoolId, details, null);
		CatalogueService service = new CatalogueService(schoolId);
		service.update(details);
		return services.save(service);
	}

	public CatalogueService change(String schoolId, long serviceId, ServiceDetails details) {
		CatalogueService service = service(schoolId, serviceId);
		check(schoolId, details, serviceId);
		service.update(details);
		return service;
	}

	private void check(String schoolId, ServiceDetails details, Long serviceId) {
		services.findBySchoolIdAndNameIgnoreCase(schoolId, details.name().trim())
			.filter(other -> !other.getId().equals(serviceId))
			.ifPresent(other -> {
				throw new IllegalArgumentException("name: the catalogue already has a service called '" + other.getName() + "'.");
			});
		checkPositive("responseTime", details.responseTime());
		checkPositive("fixTime", details.fixTime());
		if (details.responseTime() != null && details.fixTime() != null
				&& details.fixTime().compareTo(details.responseTime()) < 0) {
			throw new IllegalArgumentException("fixTime: the fix time cannot be shorter than the response time.");
		}
		if (details.supportedBy() == SupportedBy.SERVICE_PROVIDER) {
			if (details.providerName() == null || details.providerName().isBlank()) {
				throw new IllegalArgumentException("providerName: say which service provider gives second-level support.");
			}
			if (details.providerServiceDeskEmail() == null || details.providerServiceDeskEmail().isBlank()) {
				throw new IllegalArgumentException(
						"providerServiceDeskEmail: the provider's service desk e-mail is needed to pass incidents on.");
			}
		}
		else if (details.supportedByUserId() != null && !details.supportedByUserId().isBlank()) {
			directory.person(schoolId, details.supportedByUserId());
		}
	}

	private static void checkPositive(String field, Duration time) {
		if (time != null && (time.isNegative() || time.isZero())) {
			throw new IllegalArgumentException(field + ": must be a positive time such as PT4H.");
		}
	}
}

package org.fitsflow.servicelevel;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

	/** The services in the catalogue now, by name (retired ones left out). */
	@Transactional(readOnly = true)
	public List<CatalogueService> services(String schoolId) {
		directory.school(schoolId);
		return services.findBySchoolIdAndRetiredOnIsNullOrderByName(schoolId);
	}

	/** Every service the school has had, retired ones included: the names incidents and reports refer to. */
	@Transactional(readOnly = true)
	public List<CatalogueService> everyService(String schoolId) {
		return services.findBySchoolIdOrderByName(schoolId);
	}

	@Transactional(readOnly = true)
	public CatalogueService service(String schoolId, long serviceId) {
		return services.findById(serviceId)
			.filter(s -> s.getSchoolId().equals(schoolId))
			.orElseThrow(() -> new NoSuchElementException(
					"There is no service " + serviceId + " in the service catalogue of school '" + schoolId + "'."));
	}

	/** The service of that name (ignoring case), if the catalogue has it now. */
	@Transactional(readOnly = true)
	public Optional<CatalogueService> byName(String schoolId, String name) {
		return name == null ? Optional.empty()
				: services.findBySchoolIdAndNameIgnoreCase(schoolId, name.trim()).filter(s -> !s.isRetired());
	}

	/** Adds a service; one of the same name that was retired comes back with the new details. */
	public CatalogueService add(String schoolId, ServiceDetails details) {
		directory.school(schoolId);
		check(schoolId, details, null);
		CatalogueService service = services.findBySchoolIdAndNameIgnoreCase(schoolId, details.name().trim())
			.orElseGet(() -> new CatalogueService(schoolId));
		service.update(details);
		return services.save(service);
	}

	public CatalogueService change(String schoolId, long serviceId, ServiceDetails details) {
		CatalogueService service = service(schoolId, serviceId);
		check(schoolId, details, serviceId);
		service.update(details);
		return service;
	}

	/**
	 * What is wrong with each entry of a whole catalogue, by its position (1 = the first service): the rules of a
	 * single service, and no name twice. Empty when every entry may be recorded.
	 */
	@Transactional(readOnly = true)
	public Map<Integer, List<String>> problems(String schoolId, List<ServiceDetails> catalogue) {
		Map<Integer, List<String>> problems = new java.util.TreeMap<>();
		java.util.Set<String> names = new java.util.HashSet<>();
		for (int i = 0; i < catalogue.size(); i++) {
			ServiceDetails details = catalogue.get(i);
			List<String> found = new ArrayList<>(problems(schoolId, details));
			if (details.name() != null && !details.name().isBlank()) {
				if (!names.add(details.name().trim().toLowerCase(Locale.ROOT))) {
					found.add("name: '" + details.name().trim() + "' is listed more than once.");
				}
			}
			if (!found.isEmpty()) {
				problems.put(i + 1, found);
			}
		}
		return problems;
	}

	/**
	 * Brings the live catalogue to an agreed one: services of the same name (ignoring case) take the agreed details,
	 * new ones are added, and those left out are retired from {@code effectiveFrom} (incidents already logged against
	 * them keep them). Check it with {@link #problems(String, List)} first.
	 */
	public void bringTo(String schoolId, List<ServiceDetails> agreed, LocalDate effectiveFrom) {
		Map<String, CatalogueService> existing = new HashMap<>();
		services.findBySchoolIdOrderByName(schoolId).forEach(s -> existing.put(s.getName().toLowerCase(Locale.ROOT), s));
		for (ServiceDetails details : agreed) {
			CatalogueService service = existing.remove(details.name().trim().toLowerCase(Locale.ROOT));
			if (service == null) {
				service = new CatalogueService(schoolId);
			}
			service.update(details);
			services.save(service);
		}
		existing.values().stream().filter(s -> !s.isRetired()).forEach(s -> s.retire(effectiveFrom));
	}

	private void check(String schoolId, ServiceDetails details, Long serviceId) {
		services.findBySchoolIdAndNameIgnoreCase(schoolId, details.name().trim())
			.filter(other -> !other.getId().equals(serviceId) && !other.isRetired())
			.ifPresent(other -> {
				throw new IllegalArgumentException("name: the catalogue already has a service called '" + other.getName() + "'.");
			});
		List<String> problems = problems(schoolId, details);
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException(String.join(" ", problems));
		}
	}

	/** The rules one service must keep, each broken one as "field: what to change". */
	private List<String> problems(String schoolId, ServiceDetails details) {
		List<String> problems = new ArrayList<>();
		if (details.name() == null || details.name().isBlank()) {
			problems.add("name: every service needs a name.");
		}
		length(problems, "name", details.name(), 200);
		length(problems, "description", details.description(), 2000);
		length(problems, "availabilityRequired", details.availabilityRequired(), 200);
		length(problems, "endUserGroups", details.endUserGroups(), 500);
		if (details.importance() == null) {
			problems.add("importance: say how important the service is (high, medium or low).");
		}
		positive(problems, "responseTime", details.responseTime());
		positive(problems, "fixTime", details.fixTime());
		if (details.responseTime() != null && details.fixTime() != null
				&& details.fixTime().compareTo(details.responseTime()) < 0) {
			problems.add("fixTime: the fix time cannot be shorter than the response time.");
		}
		if (details.supportedBy() == null) {
			problems.add("supportedBy: say who gives second-level support (a person or a service provider).");
		}
		else if (details.supportedBy() == SupportedBy.SERVICE_PROVIDER) {
			if (details.providerName() == null || details.providerName().isBlank()) {
				problems.add("providerName: say which service provider gives second-level support.");
			}
			if (details.providerServiceDeskEmail() == null || details.providerServiceDeskEmail().isBlank()) {
				problems.add("providerServiceDeskEmail: the provider's service desk e-mail is needed to pass incidents on.");
			}
			else if (!details.providerServiceDeskEmail().trim().matches("[^@\\s]+@[^@\\s]+")) {
				problems.add("providerServiceDeskEmail: '" + details.providerServiceDeskEmail() + "' is not an e-mail address.");
			}
			length(problems, "providerName", details.providerName(), 200);
			length(problems, "providerServiceDeskEmail", details.providerServiceDeskEmail(), 254);
		}
		else if (details.supportedByUserId() != null && !details.supportedByUserId().isBlank()) {
			if (directory.findPerson(schoolId, details.supportedByUserId()).isEmpty()) {
				problems.add("supportedByUserId: there is nobody with user id '" + details.supportedByUserId()
						+ "' in this school.");
			}
		}
		return problems;
	}

	private static void length(List<String> problems, String field, String value, int max) {
		if (value != null && value.length() > max) {
			problems.add(field + ": at most " + max + " characters.");
		}
	}

	private static void positive(List<String> problems, String field, Duration time) {
		if (time != null && (time.isNegative() || time.isZero())) {
			problems.add(field + ": must be a positive time such as PT4H.");
		}
	}
}

package org.fitsflow.servicelevel;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CatalogueServiceRepository extends JpaRepository<CatalogueService, Long> {

	/** The services in the catalogue now (not retired), by name. */
	List<CatalogueService> findBySchoolIdAndRetiredOnIsNullOrderByName(String schoolId);

	/** Every service the school ever had, retired ones included (incidents may refer to them). */
	List<CatalogueService> findBySchoolIdOrderByName(String schoolId);

	Optional<CatalogueService> findBySchoolIdAndNameIgnoreCase(String schoolId, String name);
}

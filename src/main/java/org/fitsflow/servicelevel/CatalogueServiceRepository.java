package org.fitsflow.servicelevel;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CatalogueServiceRepository extends JpaRepository<CatalogueService, Long> {

	List<CatalogueService> findBySchoolIdOrderByName(String schoolId);

	Optional<CatalogueService> findBySchoolIdAndNameIgnoreCase(String schoolId, String name);
}

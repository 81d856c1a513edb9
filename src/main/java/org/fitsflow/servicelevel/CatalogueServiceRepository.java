package org.fitsflow.servicelevel;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CatalogueServiceRepository extends JpaRepository<CatalogueService, Long> {

	/** The services in the catalogue now (not retired), by name. */
	@Query("select s from CatalogueService s where s.schoolId = ?1 and s.retiredOn is null order by s.agreed.name")
	List<CatalogueService> findBySchoolIdAndRetiredOnIsNullOrderByName(String schoolId);

	/** Every service the school ever had, retired ones included (incidents may refer to them). */
	@Query("select s from CatalogueService s where s.schoolId = ?1 order by s.agreed.name")
	List<CatalogueService> findBySchoolIdOrderByName(String schoolId);

	@Query("select s from CatalogueService s where s.schoolId = ?1 and lower(s.agreed.name) = lower(?2)")
	Optional<CatalogueService> findBySchoolIdAndNameIgnoreCase(String schoolId, String name);
}

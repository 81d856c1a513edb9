package org.fitsflow.servicelevel;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CatalogueVersionRepository extends JpaRepository<CatalogueVersion, Long> {

	List<CatalogueVersion> findBySchoolIdOrderByVersionNumberDesc(String schoolId);

	Optional<CatalogueVersion> findBySchoolIdAndVersionNumber(String schoolId, int versionNumber);

	@Query("select coalesce(max(v.versionNumber), 0) from CatalogueVersion v where v.schoolId = ?1")
	int lastVersionNumber(String schoolId);
}

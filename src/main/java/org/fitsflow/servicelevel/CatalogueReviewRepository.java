package org.fitsflow.servicelevel;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CatalogueReviewRepository extends JpaRepository<CatalogueReview, Long> {

	Optional<CatalogueReview> findBySchoolIdAndReference(String schoolId, String reference);

	List<CatalogueReview> findBySchoolIdOrderByDueOnDesc(String schoolId);
}

package org.fitsflow.servicelevel;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReviewActionRepository extends JpaRepository<ReviewAction, Long> {

	Optional<ReviewAction> findBySchoolIdAndReference(String schoolId, String reference);

	List<ReviewAction> findBySchoolIdAndStatusOrderByDueOn(String schoolId, ReviewAction.Status status);

	List<ReviewAction> findBySchoolIdOrderByRaisedAtDesc(String schoolId);

	/** The actions one review recorded ("raisedIn" reads as a keyword to derived queries). */
	@Query("select a from ReviewAction a where a.schoolId = ?1 and a.raisedIn = ?2 order by a.id")
	List<ReviewAction> recordedAt(String schoolId, String reviewReference);
}

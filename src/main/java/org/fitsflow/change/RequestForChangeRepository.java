package org.fitsflow.change;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RequestForChangeRepository extends JpaRepository<RequestForChange, Long> {

	Optional<RequestForChange> findBySchoolIdAndReference(String schoolId, String reference);

	/**
	 * The changes made and closed in a month (closedAt from inclusive, to exclusive): those with an outcome of step 3.
	 * A request rejected at either approval is closed too, but it was never carried out.
	 */
	List<RequestForChange> findBySchoolIdAndOutcomeIsNotNullAndClosedAtGreaterThanEqualAndClosedAtLessThanOrderByClosedAt(
			String schoolId,
			Instant from, Instant to);

	List<RequestForChange> findBySchoolIdOrderByCreatedAtDesc(String schoolId);
}

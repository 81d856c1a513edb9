package org.fitsflow.change;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RequestForChangeRepository extends JpaRepository<RequestForChange, Long> {

	Optional<RequestForChange> findBySchoolIdAndReference(String schoolId, String reference);

	/** For the monthly service report: changes closed in a month (closedAt from inclusive, to exclusive). */
	List<RequestForChange> findBySchoolIdAndClosedAtGreaterThanEqualAndClosedAtLessThanOrderByClosedAt(String schoolId,
			Instant from, Instant to);

	List<RequestForChange> findBySchoolIdOrderByCreatedAtDesc(String schoolId);
}

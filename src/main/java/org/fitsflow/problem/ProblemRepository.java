package org.fitsflow.problem;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProblemRepository extends JpaRepository<Problem, Long> {

	Optional<Problem> findBySchoolIdAndReference(String schoolId, String reference);

	List<Problem> findBySchoolIdOrderByRaisedAtDesc(String schoolId);

	/** The open problems on a service or an asset: one open cause is never raised twice. */
	@Query("select p from Problem p where p.schoolId = ?1 and p.status = org.fitsflow.problem.Problem.Status.OPEN"
			+ " and ((?2 is not null and p.serviceId = ?2) or (?3 is not null and p.assetReference = ?3)) order by p.raisedAt")
	List<Problem> findOpen(String schoolId, Long serviceId, String assetReference);
}

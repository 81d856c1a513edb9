package org.fitsflow.incident;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface IncidentRepository extends JpaRepository<Incident, Long> {

	Optional<Incident> findBySchoolIdAndReference(String schoolId, String reference);

	List<Incident> findBySchoolIdOrderByLoggedAtDesc(String schoolId);

	List<Incident> findBySchoolIdAndReportedByOrderByLoggedAtDesc(String schoolId, String reportedBy);

	List<Incident> findByProblemId(Long problemId);

	/**
	 * Faults and requests on one service, or on one asset, logged since a moment and not yet put down to a problem:
	 * how often the same thing goes wrong.
	 */
	@Query("select i from Incident i where i.schoolId = ?1 and i.loggedAt >= ?4 and i.problemId is null"
			+ " and i.category <> org.fitsflow.incident.IncidentCategory.NEW_REQUIREMENT"
			+ " and ((?2 is not null and i.serviceId = ?2) or (?3 is not null and i.assetReference = ?3))")
	List<Incident> findRepeats(String schoolId, Long serviceId, String assetReference, Instant since);
}

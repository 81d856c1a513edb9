package org.fitsflow.startup;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SupportProcedureRepository extends JpaRepository<SupportProcedure, Long> {

	/** The issued versions, the master copy first. */
	List<SupportProcedure> findBySchoolIdAndIssuedAtNotNullOrderByVersionDesc(String schoolId);

	Optional<SupportProcedure> findFirstBySchoolIdAndIssuedAtNotNullOrderByVersionDesc(String schoolId);

	/** What the process instance wrote last: the draft its ICT owner issues, then the version it sends. */
	Optional<SupportProcedure> findFirstBySchoolIdAndProcessInstanceIdOrderByIdDesc(String schoolId,
			String processInstanceId);
}

package org.fitsflow.configuration;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssetAuditRepository extends JpaRepository<AssetAudit, Long> {

	/** With its discrepancies: the API reads them after the transaction. */
	@EntityGraph(attributePaths = "discrepancies")
	Optional<AssetAudit> findBySchoolIdAndReference(String schoolId, String reference);

	@EntityGraph(attributePaths = "discrepancies")
	List<AssetAudit> findBySchoolIdOrderByDueOnDesc(String schoolId);
}

package org.fitsflow.configuration;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ConfigurationItemRepository extends JpaRepository<ConfigurationItem, Long> {

	/** The items in service now, by asset reference, with their relations (one query each, not one per item). */
	@Query("select distinct i from ConfigurationItem i left join fetch i.dependsOn where i.schoolId = ?1"
			+ " and i.removedOn is null order by i.assetReference")
	List<ConfigurationItem> inService(String schoolId);

	/** Every item the school has had, removed ones included, for checks by reference. */
	List<ConfigurationItem> findBySchoolId(String schoolId);

	/** Asset references are one per school whatever their case (LAP-01 and lap-01 are one item). */
	Optional<ConfigurationItem> findBySchoolIdAndAssetReferenceIgnoreCase(String schoolId, String assetReference);

	/** The narrow list a Tasklist select shows: reference and name of the items in service, from the index. */
	@Query("select new org.fitsflow.configuration.ItemChoice(i.assetReference, i.name) from ConfigurationItem i"
			+ " where i.schoolId = ?1 and i.removedOn is null order by i.assetReference")
	List<ItemChoice> choices(String schoolId);

	/** Items a request for change installed, recorded in the period (the monthly report's new installations). */
	@Query("select i.recordedAt from ConfigurationItem i where i.schoolId = ?1 and i.installedByChange is not null"
			+ " and i.recordedAt >= ?2 and i.recordedAt < ?3")
	List<Instant> installedAt(String schoolId, Instant from, Instant to);
}

package org.fitsflow.maintenance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MaintenanceActivityRepository extends JpaRepository<MaintenanceActivity, Long> {

	List<MaintenanceActivity> findBySchoolIdOrderByReference(String schoolId);

	Optional<MaintenanceActivity> findBySchoolIdAndReference(String schoolId, String reference);
}

interface MaintenanceOccurrenceRepository extends JpaRepository<MaintenanceOccurrence, Long> {

	List<MaintenanceOccurrence> findByActivityIdOrderByDueOnDesc(Long activityId);

	Optional<MaintenanceOccurrence> findByActivityIdAndDueOn(Long activityId, LocalDate dueOn);
}

interface MonitoringNoteRepository extends JpaRepository<MonitoringNote, Long> {

	List<MonitoringNote> findBySchoolIdOrderByRecordedAtDesc(String schoolId);
}

interface DiskSpaceReadingRepository extends JpaRepository<DiskSpaceReading, Long> {

	List<DiskSpaceReading> findBySchoolIdAndMeasuredAtGreaterThanEqualAndMeasuredAtLessThanOrderByMeasuredAt(
			String schoolId, Instant from, Instant to);

	List<DiskSpaceReading> findByNoteIdOrderById(Long noteId);
}

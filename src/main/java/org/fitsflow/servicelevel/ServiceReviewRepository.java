package org.fitsflow.servicelevel;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceReviewRepository extends JpaRepository<ServiceReview, Long> {

	Optional<ServiceReview> findBySchoolIdAndReference(String schoolId, String reference);

	Optional<ServiceReview> findBySchoolIdAndMeetingOn(String schoolId, LocalDate meetingOn);

	List<ServiceReview> findBySchoolIdAndReportMonthInOrderByMeetingOn(String schoolId, Collection<String> months);

	List<ServiceReview> findBySchoolIdOrderByMeetingOnDesc(String schoolId);

	/** The review held before this meeting, whose date the experiences are counted from. */
	Optional<ServiceReview> findFirstBySchoolIdAndMeetingOnBeforeOrderByMeetingOnDesc(String schoolId, LocalDate meetingOn);
}

package org.fitsflow.school;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewScheduleRepository extends JpaRepository<ReviewSchedule, Long> {

	Optional<ReviewSchedule> findBySchoolIdAndReviewKey(String schoolId, String reviewKey);

	List<ReviewSchedule> findBySchoolIdOrderByReviewKey(String schoolId);

	List<ReviewSchedule> findAllByOrderBySchoolIdAscReviewKeyAsc();
}

package org.fitsflow.servicelevel;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceFeedbackRepository extends JpaRepository<ServiceFeedback, Long> {

	List<ServiceFeedback> findByServiceReviewIdOrderByGivenAt(Long serviceReviewId);

	boolean existsByServiceReviewIdAndUserId(Long serviceReviewId, String userId);
}

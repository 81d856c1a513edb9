package org.fitsflow.servicelevel;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.fitsflow.system.process.FormValueColumn;

/** One ICT user's answer when asked how ICT support has worked for them (003: solicit feedback from ICT users). */
@Entity
@Table(name = "service_feedback")
public class ServiceFeedback {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@Column(name = "school_id", nullable = false)
	private String schoolId;
	@Column(name = "service_review_id", nullable = false)
	private Long serviceReviewId;
	@Column(name = "user_id", nullable = false)
	private String userId;
	@Column(nullable = false)
	@Convert(converter = RatingColumn.class)
	private FeedbackRating rating;
	@Column(name = "worked_well")
	private String workedWell;
	@Column(name = "to_improve")
	private String toImprove;
	@Column(name = "given_at", nullable = false)
	private Instant givenAt;

	protected ServiceFeedback() {
	}

	ServiceFeedback(ServiceReview review, String userId, FeedbackRating rating, String workedWell, String toImprove,
			Instant givenAt) {
		this.schoolId = review.getSchoolId();
		this.serviceReviewId = review.getId();
		this.userId = userId;
		this.rating = rating;
		this.workedWell = workedWell;
		this.toImprove = toImprove;
		this.givenAt = givenAt;
	}

	public Long getId() { return id; }
	public String getSchoolId() { return schoolId; }
	public Long getServiceReviewId() { return serviceReviewId; }
	public String getUserId() { return userId; }
	public FeedbackRating getRating() { return rating; }
	public String getWorkedWell() { return workedWell; }
	public String getToImprove() { return toImprove; }
	public Instant getGivenAt() { return givenAt; }

	@Converter
	public static class RatingColumn extends FormValueColumn<FeedbackRating> {
		public RatingColumn() {
			super(FeedbackRating.class);
		}
	}
}

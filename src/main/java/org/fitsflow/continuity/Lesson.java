package org.fitsflow.continuity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A lesson the review after an invocation recorded, perhaps with an improvement to recommend: the next risk
 * assessment takes it in (design sees it, and a recommendation made of it is decided with the others).
 */
@Entity
@Table(name = "continuity_lesson")
public class Lesson {

	/** A lesson as the review records it. */
	public record Details(String lesson, String recommendation) {
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@Column(name = "school_id", nullable = false)
	private String schoolId;
	@Column(name = "invocation_id", nullable = false)
	private Long invocationId;
	@Column(nullable = false)
	private String lesson;
	private String recommendation;
	@Column(name = "recorded_by", nullable = false)
	private String recordedBy;
	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;
	@Column(name = "assessment_id")
	private Long assessmentId;

	protected Lesson() {
	}

	Lesson(String schoolId, Long invocationId, Details details, String recordedBy, Instant recordedAt) {
		this.schoolId = schoolId;
		this.invocationId = invocationId;
		this.lesson = details.lesson();
		this.recommendation = details.recommendation();
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	void takenInto(Long assessmentId) {
		this.assessmentId = assessmentId;
	}

	public Long getId() { return id; }
	public String getSchoolId() { return schoolId; }
	public Long getInvocationId() { return invocationId; }
	public String getLesson() { return lesson; }
	public String getRecommendation() { return recommendation; }
	public String getRecordedBy() { return recordedBy; }
	public Instant getRecordedAt() { return recordedAt; }
	public Long getAssessmentId() { return assessmentId; }
}

package org.fitsflow.servicelevel;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One monthly service review (003, section 4, "Review": meeting 3 and every monthly meeting after it): the month its
 * service report is about, maintenance's disk-space figures, the single point of contact's notes on the report, the
 * ICT owner's points, and the minutes of the meeting. One per school and meeting date.
 */
@Entity
@Table(name = "service_review")
public class ServiceReview {

	public enum Status { PREPARING, REPORTED, HELD }

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@Column(name = "school_id", nullable = false)
	private String schoolId;
	@Column(nullable = false)
	private String reference;
	@Column(name = "process_instance_id")
	private String processInstanceId;
	@Column(name = "meeting_on", nullable = false)
	private LocalDate meetingOn;
	@Column(name = "report_month", nullable = false)
	private String reportMonth;
	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;
	@Column(name = "started_at", nullable = false)
	private Instant startedAt;
	@Column(name = "feedback_asked", nullable = false)
	private int feedbackAsked;
	@Column(name = "disk_used_gb")
	private BigDecimal diskUsedGb;
	@Column(name = "disk_available_gb")
	private BigDecimal diskAvailableGb;
	@Column(name = "disk_recorded_by")
	private String diskRecordedBy;
	@Column(name = "disk_recorded_at")
	private Instant diskRecordedAt;
	@Column(name = "report_notes")
	private String reportNotes;
	@Column(name = "report_prepared_by")
	private String reportPreparedBy;
	@Column(name = "report_published_at")
	private Instant reportPublishedAt;
	@Column(name = "points_to_raise")
	private String pointsToRaise;
	@Column(name = "report_reviewed_by")
	private String reportReviewedBy;
	private String experiences;
	@Column(name = "report_points")
	private String reportPoints;
	@Column(name = "feedback_points")
	private String feedbackPoints;
	@Column(name = "minutes_recorded_by")
	private String minutesRecordedBy;
	@Column(name = "held_at")
	private Instant heldAt;
	@Column(name = "next_meeting_on")
	private LocalDate nextMeetingOn;
	@Column(name = "minutes_issued_at")
	private Instant minutesIssuedAt;

	protected ServiceReview() {
	}

	ServiceReview(String schoolId, LocalDate meetingOn, YearMonth reportMonth, String processInstanceId, Instant startedAt) {
		this.schoolId = schoolId;
		this.meetingOn = meetingOn;
		this.reference = referenceOf(meetingOn);
		this.reportMonth = reportMonth.toString();
		this.processInstanceId = processInstanceId;
		this.startedAt = startedAt;
		this.status = Status.PREPARING;
	}

	/** SR-2027-02-04: the review of the meeting on that date (one per school and date). */
	static String referenceOf(LocalDate meetingOn) {
		return "SR-" + meetingOn;
	}

	void feedbackAskedOf(int people) {
		this.feedbackAsked = people;
	}

	void diskSpaceRecorded(BigDecimal used, BigDecimal available, String by, Instant at) {
		this.diskUsedGb = used;
		this.diskAvailableGb = available;
		this.diskRecordedBy = by;
		this.diskRecordedAt = at;
	}

	void reportPrepared(String notes, String by) {
		this.reportNotes = notes;
		this.reportPreparedBy = by;
	}

	void reportPublished(Instant at) {
		this.reportPublishedAt = at;
		this.status = Status.REPORTED;
	}

	void reportReviewed(String pointsToRaise, String by) {
		this.pointsToRaise = pointsToRaise;
		this.reportReviewedBy = by;
	}

	void held(String experiences, String reportPoints, String feedbackPoints, LocalDate nextMeetingOn, String by,
			Instant at) {
		this.experiences = experiences;
		this.reportPoints = reportPoints;
		this.feedbackPoints = feedbackPoints;
		this.nextMeetingOn = nextMeetingOn;
		this.minutesRecordedBy = by;
		this.heldAt = at;
		this.status = Status.HELD;
	}

	void minutesIssued(Instant at) {
		this.minutesIssuedAt = at;
	}

	public Long getId() { return id; }
	public String getSchoolId() { return schoolId; }
	public String getReference() { return reference; }
	public String getProcessInstanceId() { return processInstanceId; }
	public LocalDate getMeetingOn() { return meetingOn; }
	public YearMonth getReportMonth() { return YearMonth.parse(reportMonth); }
	public Status getStatus() { return status; }
	public Instant getStartedAt() { return startedAt; }
	public int getFeedbackAsked() { return feedbackAsked; }
	public BigDecimal getDiskUsedGb() { return diskUsedGb; }
	public BigDecimal getDiskAvailableGb() { return diskAvailableGb; }
	public String getDiskRecordedBy() { return diskRecordedBy; }
	public Instant getDiskRecordedAt() { return diskRecordedAt; }
	public String getReportNotes() { return reportNotes; }
	public String getReportPreparedBy() { return reportPreparedBy; }
	public Instant getReportPublishedAt() { return reportPublishedAt; }
	public String getPointsToRaise() { return pointsToRaise; }
	public String getReportReviewedBy() { return reportReviewedBy; }
	public String getExperiences() { return experiences; }
	public String getReportPoints() { return reportPoints; }
	public String getFeedbackPoints() { return feedbackPoints; }
	public String getMinutesRecordedBy() { return minutesRecordedBy; }
	public Instant getHeldAt() { return heldAt; }
	public LocalDate getNextMeetingOn() { return nextMeetingOn; }
	public Instant getMinutesIssuedAt() { return minutesIssuedAt; }
}

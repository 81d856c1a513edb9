package org.fitsflow.school;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * When a school's next review of one kind falls due (its own date), and the schedule instance that waits for it. One
 * per school and kind: the table's unique key is what makes a second start of the same schedule fail, on any node.
 */
@Entity
@Table(name = "review_schedule")
public class ReviewSchedule {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@Column(name = "school_id", nullable = false)
	private String schoolId;
	@Column(name = "review_key", nullable = false)
	private String reviewKey;
	@Column(name = "last_due")
	private LocalDate lastDue;
	@Column(name = "next_due", nullable = false)
	private LocalDate nextDue;
	@Column(name = "process_instance_id")
	private String processInstanceId;
	@Column(name = "started_by", nullable = false)
	private String startedBy;
	@Column(name = "started_at", nullable = false)
	private Instant startedAt;

	protected ReviewSchedule() {
	}

	ReviewSchedule(String schoolId, String reviewKey, LocalDate nextDue, String startedBy, Instant startedAt) {
		this.schoolId = schoolId;
		this.reviewKey = reviewKey;
		this.nextDue = nextDue;
		this.startedBy = startedBy;
		this.startedAt = startedAt;
	}

	void runBy(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	/** The next review is on this date instead. */
	void nextDueOn(LocalDate date) {
		this.nextDue = date;
	}

	/** The review due then has started; until someone sets a date, the one after it falls due on {@code following}. */
	void reviewStarted(LocalDate due, LocalDate following) {
		this.lastDue = due;
		this.nextDue = following;
	}

	public Long getId() { return id; }
	public String getSchoolId() { return schoolId; }
	public String getReviewKey() { return reviewKey; }
	public LocalDate getLastDue() { return lastDue; }
	public LocalDate getNextDue() { return nextDue; }
	public String getProcessInstanceId() { return processInstanceId; }
	public String getStartedBy() { return startedBy; }
	public Instant getStartedAt() { return startedAt; }
}

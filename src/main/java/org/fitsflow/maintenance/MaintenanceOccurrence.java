package org.fitsflow.maintenance;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One occurrence of a maintenance activity, kept once per activity and date: how it went and what maintenance noted. */
@Entity
@Table(name = "maintenance_occurrence")
public class MaintenanceOccurrence {

	/** Where an occurrence stands; only a SCHEDULED (or CANCELLED) one may still be replaced. */
	public enum Status { SCHEDULED, DUE, DONE, NOT_DONE, CANCELLED }

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "activity_id", nullable = false)
	private Long activityId;

	@Column(name = "school_id", nullable = false)
	private String schoolId;

	@Column(name = "due_on", nullable = false)
	private LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(name = "change_reference")
	private String changeReference;

	private String notes;

	@Column(name = "done_by")
	private String doneBy;

	@Column(name = "done_at")
	private Instant doneAt;

	protected MaintenanceOccurrence() {
	}

	MaintenanceOccurrence(MaintenanceActivity activity, LocalDate dueOn) {
		this.activityId = activity.getId();
		this.schoolId = activity.getSchoolId();
		this.dueOn = dueOn;
		this.status = Status.SCHEDULED;
	}

	/** Whether its timer may still be replaced: it has not fired, or was cancelled before it did. */
	boolean replaceable() {
		return status == Status.SCHEDULED || status == Status.CANCELLED;
	}

	void scheduled() {
		this.status = Status.SCHEDULED;
	}

	void cancelled() {
		this.status = Status.CANCELLED;
	}

	void due() {
		this.status = Status.DUE;
	}

	void changeFinished(String reference) {
		this.changeReference = reference;
	}

	void done(String notes, String by, Instant at) {
		this.status = Status.DONE;
		this.notes = notes;
		this.doneBy = by;
		this.doneAt = at;
	}

	void notDone(String why, Instant at) {
		this.status = Status.NOT_DONE;
		this.notes = why;
		this.doneAt = at;
	}

	public Long getId() { return id; }
	public Long getActivityId() { return activityId; }
	public String getSchoolId() { return schoolId; }
	public LocalDate getDueOn() { return dueOn; }
	public Status getStatus() { return status; }
	public String getChangeReference() { return changeReference; }
	public String getNotes() { return notes; }
	public String getDoneBy() { return doneBy; }
	public Instant getDoneAt() { return doneAt; }
}

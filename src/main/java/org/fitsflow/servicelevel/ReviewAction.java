package org.fitsflow.servicelevel;

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

/**
 * An action a review recorded (003: "record and issue any actions, including by whom and by when"): what, who (a FITS
 * function, or a person of the school) and by when. It is carried out as a Tasklist task; until it is done it is
 * listed at the next meeting.
 */
@Entity
@Table(name = "review_action")
public class ReviewAction {

	public enum Status { OPEN, DONE }

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@Column(name = "school_id", nullable = false)
	private String schoolId;
	@Column(nullable = false)
	private String reference;
	@Column(name = "raised_in", nullable = false)
	private String raisedIn;
	@Column(nullable = false)
	private String description;
	@Column(name = "owner_function")
	private String ownerFunction;
	@Column(name = "owner_user_id")
	private String ownerUserId;
	@Column(name = "due_on", nullable = false)
	private LocalDate dueOn;
	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;
	@Column(name = "raised_by", nullable = false)
	private String raisedBy;
	@Column(name = "raised_at", nullable = false)
	private Instant raisedAt;
	@Column(name = "process_instance_id")
	private String processInstanceId;
	@Column(name = "done_by")
	private String doneBy;
	@Column(name = "done_at")
	private Instant doneAt;
	private String outcome;

	protected ReviewAction() {
	}

	ReviewAction(String schoolId, String reference, String raisedIn, ActionAgreed action, String raisedBy, Instant raisedAt) {
		this.schoolId = schoolId;
		this.reference = reference;
		this.raisedIn = raisedIn;
		this.description = action.what();
		this.ownerFunction = action.function() == null ? null : action.function().groupId();
		this.ownerUserId = action.userId();
		this.dueOn = action.byWhen();
		this.raisedBy = raisedBy;
		this.raisedAt = raisedAt;
		this.status = Status.OPEN;
	}

	void carriedOutBy(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	void done(String outcome, String by, Instant at) {
		this.outcome = outcome;
		this.doneBy = by;
		this.doneAt = at;
		this.status = Status.DONE;
	}

	/** Who is to do it, in words: "Maintenance" or the person's user id. */
	public String who() {
		return ownerUserId != null ? ownerUserId : org.fitsflow.school.FitsFunction.ofGroupId(ownerFunction).title();
	}

	public Long getId() { return id; }
	public String getSchoolId() { return schoolId; }
	public String getReference() { return reference; }
	public String getRaisedIn() { return raisedIn; }
	public String getDescription() { return description; }
	public String getOwnerFunction() { return ownerFunction; }
	public String getOwnerUserId() { return ownerUserId; }
	public LocalDate getDueOn() { return dueOn; }
	public Status getStatus() { return status; }
	public String getRaisedBy() { return raisedBy; }
	public Instant getRaisedAt() { return raisedAt; }
	public String getProcessInstanceId() { return processInstanceId; }
	public String getDoneBy() { return doneBy; }
	public Instant getDoneAt() { return doneAt; }
	public String getOutcome() { return outcome; }
}

package org.fitsflow.continuity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * One invocation of the contingency plan (001 task 4, step 8), or the question whether to invoke it that a long
 * outage of a service of high importance raised: what happened, the services lost and how each came back, and every
 * step with the time it really happened (recorded afterwards if e-mail and the network were down).
 */
@Entity
@Table(name = "contingency_invocation")
public class Invocation {

	public enum Status { ASKED, DECLINED, INVOKED, RESTORED, REVIEWED }

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@Column(name = "school_id", nullable = false)
	private String schoolId;
	@Column(nullable = false)
	private String reference;
	@Column(name = "process_instance_id")
	private String processInstanceId;
	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;
	@Column(name = "incident_reference")
	private String incidentReference;
	@Column(name = "asked_at")
	private Instant askedAt;
	@Column(name = "what_happened", nullable = false)
	private String whatHappened;
	@Column(name = "plan_id")
	private Long planId;
	@Column(name = "started_at")
	private Instant startedAt;
	@Column(name = "invoked_by")
	private String invokedBy;
	@Column(name = "invoked_at")
	private Instant invokedAt;
	@Column(name = "declined_by")
	private String declinedBy;
	@Column(name = "declined_at")
	private Instant declinedAt;
	@Column(name = "decision_reason")
	private String decisionReason;
	@Column(name = "restored_at")
	private Instant restoredAt;
	@Column(name = "reviewed_by")
	private String reviewedBy;
	@Column(name = "reviewed_at")
	private Instant reviewedAt;
	@Column(name = "review_notes")
	private String reviewNotes;

	@OneToMany(mappedBy = "invocation", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<AffectedService> services = new ArrayList<>();
	@OneToMany(mappedBy = "invocation", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("happenedAt, id")
	private List<InvocationStep> steps = new ArrayList<>();

	protected Invocation() {
	}

	/** The ICT owner invokes the plan (from Tasklist). */
	static Invocation invoked(String schoolId, String reference, String whatHappened, Instant startedAt, Long planId,
			String by, Instant now) {
		Invocation invocation = new Invocation();
		invocation.schoolId = schoolId;
		invocation.reference = reference;
		invocation.whatHappened = whatHappened;
		invocation.invoke(startedAt, planId, by, now);
		return invocation;
	}

	/** An incident on a service of high importance is still not restored: the ICT owner is asked, once. */
	static Invocation asked(String schoolId, String reference, String incidentReference, String whatHappened,
			Instant startedAt, Instant now) {
		Invocation invocation = new Invocation();
		invocation.schoolId = schoolId;
		invocation.reference = reference;
		invocation.incidentReference = incidentReference;
		invocation.whatHappened = whatHappened;
		invocation.startedAt = startedAt;
		invocation.askedAt = now;
		invocation.status = Status.ASKED;
		return invocation;
	}

	void runBy(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	void invoke(Instant startedAt, Long planId, String by, Instant now) {
		this.status = Status.INVOKED;
		this.startedAt = startedAt;
		this.planId = planId;
		this.invokedBy = by;
		this.invokedAt = now;
		this.declinedBy = null;
		this.declinedAt = null;
	}

	void describe(String whatHappened) {
		this.whatHappened = whatHappened;
	}

	void declined(String reason, String by, Instant now) {
		this.status = Status.DECLINED;
		this.decisionReason = reason;
		this.declinedBy = by;
		this.declinedAt = now;
	}

	void decidedBecause(String reason) {
		this.decisionReason = reason;
	}

	AffectedService affect(Long serviceId, String serviceName) {
		AffectedService service = new AffectedService(this, serviceId, serviceName);
		services.add(service);
		return service;
	}

	void clearServices() {
		services.clear();
	}

	void step(Instant happenedAt, String what, String by, Instant now) {
		steps.add(new InvocationStep(this, happenedAt, what, by, now));
	}

	/** Every affected service is back: the invocation is over, the review follows. */
	void restored(Instant when) {
		this.status = Status.RESTORED;
		this.restoredAt = when;
	}

	void reviewed(String notes, String by, Instant now) {
		this.status = Status.REVIEWED;
		this.reviewNotes = notes;
		this.reviewedBy = by;
		this.reviewedAt = now;
	}

	/** The earliest moment a step can have happened: when the loss began, or when the plan was invoked. */
	public Instant stepsFrom() {
		return startedAt != null ? startedAt : invokedAt != null ? invokedAt : askedAt;
	}

	public AffectedService service(Long serviceId) {
		return services.stream().filter(s -> s.getServiceId().equals(serviceId)).findFirst()
			.orElseThrow(() -> new NoSuchElementException("Invocation " + reference + " does not affect service "
					+ serviceId + "."));
	}

	public boolean allRestored() {
		return !services.isEmpty() && services.stream().allMatch(s -> s.getRestoredAt() != null);
	}

	public Long getId() { return id; }
	public String getSchoolId() { return schoolId; }
	public String getReference() { return reference; }
	public String getProcessInstanceId() { return processInstanceId; }
	public Status getStatus() { return status; }
	public String getIncidentReference() { return incidentReference; }
	public Instant getAskedAt() { return askedAt; }
	public String getWhatHappened() { return whatHappened; }
	public Long getPlanId() { return planId; }
	public Instant getStartedAt() { return startedAt; }
	public String getInvokedBy() { return invokedBy; }
	public Instant getInvokedAt() { return invokedAt; }
	public String getDeclinedBy() { return declinedBy; }
	public Instant getDeclinedAt() { return declinedAt; }
	public String getDecisionReason() { return decisionReason; }
	public Instant getRestoredAt() { return restoredAt; }
	public String getReviewedBy() { return reviewedBy; }
	public Instant getReviewedAt() { return reviewedAt; }
	public String getReviewNotes() { return reviewNotes; }
	public List<AffectedService> getServices() { return services; }
	public List<InvocationStep> getSteps() { return steps; }
}

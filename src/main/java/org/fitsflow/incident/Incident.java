package org.fitsflow.incident;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * An incident or request as the service desk records it, with the timestamps, priority and targets (and whether
 * each was met) that the monthly service report is built from.
 */
@Entity
public class Incident {

	public enum Status { LOGGED, IN_PROGRESS, ON_HOLD, RESTORED, WITH_SECOND_LEVEL, RESOLVED, CLOSED }

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@Column(name = "school_id", nullable = false)
	private String schoolId;
	@Column(nullable = false)
	private String reference;
	@Column(name = "process_instance_id")
	String processInstanceId;
	@Column(name = "reported_by", nullable = false)
	private String reportedBy;
	@Column(name = "logged_by", nullable = false)
	private String loggedBy;
	@Column(name = "service_id")
	Long serviceId;
	@Column(name = "service_as_reported")
	String serviceAsReported;
	@Column(name = "asset_reference")
	String assetReference;
	@Column(nullable = false)
	String description;
	String location;
	@Column(nullable = false)
	String category;
	@Column(nullable = false)
	String impact;
	@Column(nullable = false)
	String urgency;
	Integer priority;
	@Column(name = "response_time")
	String responseTime;
	@Column(name = "fix_time")
	String fixTime;
	@Column(name = "response_target")
	Instant responseTarget;
	@Column(name = "fix_target")
	Instant fixTarget;
	@Column(name = "response_target_met")
	Boolean responseTargetMet;
	@Column(name = "fix_target_met")
	Boolean fixTargetMet;
	@Column(nullable = false)
	@jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
	Status status;
	@Column(name = "logged_at", nullable = false)
	Instant loggedAt;
	@Column(name = "responded_at")
	Instant respondedAt;
	@Column(name = "restored_at")
	Instant restoredAt;
	@Column(name = "resolved_at")
	Instant resolvedAt;
	@Column(name = "closed_at")
	Instant closedAt;
	@Column(name = "reopened_at")
	Instant reopenedAt;
	@Column(name = "on_hold_since")
	Instant onHoldSince;
	@Column(name = "fix_paused_seconds", nullable = false)
	long fixPausedSeconds;
	String workaround;
	@Column(name = "permanent_fix_needed")
	Boolean permanentFixNeeded;
	@Column(name = "provider_reference")
	String providerReference;
	String resolution;
	@Column(name = "change_reference")
	String changeReference;
	@Column(name = "change_outcome")
	String changeOutcome;
	@Column(name = "problem_id")
	Long problemId;

	protected Incident() {
	}

	Incident(String schoolId, String reference, String reportedBy, String loggedBy, Instant loggedAt) {
		this.schoolId = schoolId;
		this.reference = reference;
		this.reportedBy = reportedBy;
		this.loggedBy = loggedBy;
		this.loggedAt = loggedAt;
		this.status = Status.LOGGED;
	}

	public Long getId() { return id; }
	public String getSchoolId() { return schoolId; }
	public String getReference() { return reference; }
	public String getProcessInstanceId() { return processInstanceId; }
	public String getReportedBy() { return reportedBy; }
	public String getLoggedBy() { return loggedBy; }
	public Long getServiceId() { return serviceId; }
	public String getServiceAsReported() { return serviceAsReported; }
	public String getAssetReference() { return assetReference; }
	public String getDescription() { return description; }
	public String getLocation() { return location; }
	public String getCategory() { return category; }
	public String getImpact() { return impact; }
	public String getUrgency() { return urgency; }
	public Integer getPriority() { return priority; }
	public String getResponseTime() { return responseTime; }
	public String getFixTime() { return fixTime; }
	public Instant getResponseTarget() { return responseTarget; }
	public Instant getFixTarget() { return fixTarget; }
	public Boolean getResponseTargetMet() { return responseTargetMet; }
	public Boolean getFixTargetMet() { return fixTargetMet; }
	public Status getStatus() { return status; }
	public Instant getLoggedAt() { return loggedAt; }
	public Instant getRespondedAt() { return respondedAt; }
	public Instant getRestoredAt() { return restoredAt; }
	public Instant getResolvedAt() { return resolvedAt; }
	public Instant getClosedAt() { return closedAt; }
	public Instant getReopenedAt() { return reopenedAt; }
	public Instant getOnHoldSince() { return onHoldSince; }
	public long getFixPausedSeconds() { return fixPausedSeconds; }
	public String getWorkaround() { return workaround; }
	public Boolean getPermanentFixNeeded() { return permanentFixNeeded; }
	public String getProviderReference() { return providerReference; }
	public String getResolution() { return resolution; }
	public String getChangeReference() { return changeReference; }
	public String getChangeOutcome() { return changeOutcome; }
	public Long getProblemId() { return problemId; }

	/** Links this incident to the problem that underlies it. */
	public void linkToProblem(Long problemId) {
		this.problemId = problemId;
	}
}

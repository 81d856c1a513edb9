package org.fitsflow.incident;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.fitsflow.system.process.FormValueColumn;

/**
 * An incident or request as the service desk records it, with the timestamps, priority and targets (and whether
 * each was met) that the monthly service report is built from. It changes its own state, one step of Incident
 * Management at a time; the arithmetic of targets in school time is {@link IncidentTargets}'.
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
	private String processInstanceId;
	@Column(name = "reported_by", nullable = false)
	private String reportedBy;
	@Column(name = "logged_by", nullable = false)
	private String loggedBy;
	@Column(name = "service_id")
	private Long serviceId;
	@Column(name = "service_as_reported")
	private String serviceAsReported;
	@Column(name = "asset_reference")
	private String assetReference;
	@Column(nullable = false)
	private String description;
	private String location;
	@Column(nullable = false)
	@Convert(converter = CategoryColumn.class)
	private IncidentCategory category;
	@Column(nullable = false)
	@Convert(converter = ImpactColumn.class)
	private Impact impact;
	@Column(nullable = false)
	@Convert(converter = UrgencyColumn.class)
	private Urgency urgency;
	private Integer priority;
	@Column(name = "response_time")
	private String responseTime;
	@Column(name = "fix_time")
	private String fixTime;
	@Column(name = "response_target")
	private Instant responseTarget;
	@Column(name = "fix_target")
	private Instant fixTarget;
	@Column(name = "response_target_met")
	private Boolean responseTargetMet;
	@Column(name = "fix_target_met")
	private Boolean fixTargetMet;
	@Column(nullable = false)
	@Enumerated(EnumType.STRING)
	private Status status;
	@Column(name = "logged_at", nullable = false)
	private Instant loggedAt;
	@Column(name = "responded_at")
	private Instant respondedAt;
	@Column(name = "restored_at")
	private Instant restoredAt;
	@Column(name = "resolved_at")
	private Instant resolvedAt;
	@Column(name = "closed_at")
	private Instant closedAt;
	@Column(name = "reopened_at")
	private Instant reopenedAt;
	@Column(name = "on_hold_since")
	private Instant onHoldSince;
	@Column(name = "fix_paused_seconds", nullable = false)
	private long fixPausedSeconds;
	private String workaround;
	@Column(name = "permanent_fix_needed")
	private Boolean permanentFixNeeded;
	@Column(name = "provider_reference")
	private String providerReference;
	private String resolution;
	@Column(name = "change_reference")
	private String changeReference;
	@Column(name = "change_outcome")
	private String changeOutcome;
	@Column(name = "problem_id")
	private Long problemId;

	protected Incident() {
	}

	/** What the reporter said, logged now; a request stays a request, anything else starts as a fault. */
	Incident(String schoolId, String reference, String reportedBy, String loggedBy, Instant loggedAt,
			String processInstanceId, Incidents.Report report, Long serviceId) {
		this.schoolId = schoolId;
		this.reference = reference;
		this.reportedBy = reportedBy;
		this.loggedBy = loggedBy;
		this.loggedAt = loggedAt;
		this.processInstanceId = processInstanceId;
		this.description = report.description().trim();
		this.serviceAsReported = report.service().trim();
		this.serviceId = serviceId;
		this.location = blankToNull(report.location());
		this.assetReference = blankToNull(report.assetReference());
		this.category = report.kind() == ReportKind.REQUEST ? IncidentCategory.REQUEST : IncidentCategory.FAULT;
		this.impact = report.impact();
		this.urgency = report.urgency();
		this.status = Status.LOGGED;
	}

	void categorise(Long serviceId, IncidentCategory category, Impact impact, Urgency urgency) {
		this.serviceId = serviceId;
		this.category = category;
		this.impact = impact;
		this.urgency = urgency;
		this.status = Status.IN_PROGRESS;
	}

	/** The priority's agreed times and the targets they give; a response already made is measured against the new one. */
	void targetsSet(int priority, Duration responseTime, Duration fixTime, Instant responseTarget, Instant fixTarget) {
		this.priority = priority;
		this.responseTime = responseTime.toString();
		this.fixTime = fixTime.toString();
		this.responseTarget = responseTarget;
		if (respondedAt != null) {
			this.responseTargetMet = !respondedAt.isAfter(responseTarget);
		}
		this.fixTarget = fixTarget;
	}

	void responded(Instant at) {
		this.respondedAt = at;
		this.responseTargetMet = !at.isAfter(responseTarget);
	}

	/** Marks the response target missed; false if it already was (the incident was re-prioritised after it passed). */
	boolean responseTargetMissed() {
		if (Boolean.FALSE.equals(responseTargetMet)) {
			return false;
		}
		this.responseTargetMet = false;
		return true;
	}

	/** Marks the fix target missed; false if it already was (restoring resumed after it passed). */
	boolean fixTargetMissed() {
		if (Boolean.FALSE.equals(fixTargetMet)) {
			return false;
		}
		this.fixTargetMet = false;
		return true;
	}

	void putOnHold(Instant at) {
		this.onHoldSince = at;
		this.status = Status.ON_HOLD;
	}

	/** Back from waiting on the reporter: the school time spent waiting does not count against the fix target. */
	void resume(Duration waited) {
		if (onHoldSince != null) {
			this.fixPausedSeconds += waited.toSeconds();
			this.onHoldSince = null;
		}
		this.status = Status.IN_PROGRESS;
	}

	void fixTargetMovedTo(Instant fixTarget) {
		this.fixTarget = fixTarget;
	}

	void restored(Instant at, String workaround, boolean permanentFixNeeded) {
		this.restoredAt = at;
		this.fixTargetMet = !at.isAfter(fixTarget);
		this.workaround = blankToNull(workaround);
		this.permanentFixNeeded = permanentFixNeeded;
		this.status = permanentFixNeeded ? Status.WITH_SECOND_LEVEL : Status.RESTORED;
	}

	void changeFinished(String changeReference, String changeOutcome) {
		this.changeReference = changeReference;
		this.changeOutcome = changeOutcome;
	}

	/** Links this incident to the problem that underlies it. */
	void linkToProblem(Long problemId) {
		this.problemId = problemId;
	}

	void resolved(Instant at, String resolution, String providerReference) {
		this.resolvedAt = at;
		if (restoredAt == null) {
			// a new requirement is never "restored"; its fulfilment is its resolution
			this.restoredAt = at;
		}
		this.resolution = blankToNull(resolution);
		if (providerReference != null) {
			this.providerReference = providerReference;
		}
		this.status = Status.RESOLVED;
	}

	/** Reopened by its reporter: restoring starts again, with a fresh fix target counted from now. */
	void reopened(Instant at) {
		this.reopenedAt = at;
		this.restoredAt = null;
		this.resolvedAt = null;
		this.fixTargetMet = null;
		this.fixPausedSeconds = 0;
		this.status = Status.IN_PROGRESS;
	}

	/** The single point of contact's new impact and urgency; the process recomputes priority and targets. */
	void reassessed(Impact impact, Urgency urgency) {
		this.impact = impact;
		this.urgency = urgency;
	}

	void closed(Instant at) {
		this.closedAt = at;
		this.status = Status.CLOSED;
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
	public IncidentCategory getCategory() { return category; }
	public Impact getImpact() { return impact; }
	public Urgency getUrgency() { return urgency; }
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

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	@Converter
	public static class CategoryColumn extends FormValueColumn<IncidentCategory> {
		public CategoryColumn() {
			super(IncidentCategory.class);
		}
	}

	@Converter
	public static class ImpactColumn extends FormValueColumn<Impact> {
		public ImpactColumn() {
			super(Impact.class);
		}
	}

	@Converter
	public static class UrgencyColumn extends FormValueColumn<Urgency> {
		public UrgencyColumn() {
			super(Urgency.class);
		}
	}
}

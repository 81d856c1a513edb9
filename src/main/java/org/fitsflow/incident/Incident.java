package org.fitsflow.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.CascadeType;

import org.fitsflow.system.process.FormValueColumn;
import org.hibernate.annotations.BatchSize;

/**
 * An incident or request as the service desk records it, with the timestamps, priority and targets (and whether
 * each was met) that the monthly service report is built from. It changes its own state, one step of Incident
 * Management at a time; the arithmetic of targets in school time is {@link IncidentTargets}'. A missed target stays
 * missed: reopening starts a new round of restoring, and each resolution's result is kept ({@link IncidentResolution}).
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
	@Column(name = "permanent_fix_time")
	private String permanentFixTime;
	@Column(name = "response_target")
	private Instant responseTarget;
	@Column(name = "fix_target")
	private Instant fixTarget;
	@Column(name = "response_target_met")
	private Boolean responseTargetMet;
	/** Met in every round of restoring: false once any fix target was missed, even after reopening. */
	@Column(name = "fix_target_met")
	private Boolean fixTargetMet;
	/** When this round's missed fix was escalated (once per round). */
	@Column(name = "fix_escalated_at")
	private Instant fixEscalatedAt;
	/** Second-level support's (or the provider's) target: the permanent fix, or the fix when first-level passed it on. */
	@Column(name = "follow_up_target")
	private Instant followUpTarget;
	@Column(name = "follow_up_target_met")
	private Boolean followUpTargetMet;
	@Column(name = "follow_up_chased_at")
	private Instant followUpChasedAt;
	/** When second-level support (or the provider) first answered: fixed, a change is needed, or a problem. */
	@Column(name = "follow_up_answered_at")
	private Instant followUpAnsweredAt;
	/** First-level support could not restore service and passed the incident on. */
	@Column(name = "passed_on_at")
	private Instant passedOnAt;
	@Column(name = "passed_on_by")
	private String passedOnBy;
	@Column(name = "times_reopened", nullable = false)
	private int timesReopened;
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
	// Read with the incident (views and e-mails use them after the transaction); a list of incidents loads them in batches.
	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@BatchSize(size = 100)
	@JoinColumn(name = "incident_id", nullable = false)
	@OrderBy("number")
	private List<IncidentResolution> resolutions = new ArrayList<>();

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

	void categorise(Long serviceId, String assetReference, IncidentCategory category, Impact impact, Urgency urgency) {
		this.serviceId = serviceId;
		this.assetReference = assetReference;
		this.category = category;
		this.impact = impact;
		this.urgency = urgency;
		this.status = Status.IN_PROGRESS;
	}

	/** The priority's times and the targets they give; a response already made is measured against the new one. */
	void targetsSet(int priority, Duration responseTime, Duration fixTime, Duration permanentFixTime,
			Instant responseTarget, Instant fixTarget) {
		this.priority = priority;
		this.responseTime = responseTime.toString();
		this.fixTime = fixTime.toString();
		this.permanentFixTime = permanentFixTime.toString();
		this.responseTarget = responseTarget;
		if (respondedAt != null) {
			this.responseTargetMet = !respondedAt.isAfter(responseTarget);
		}
		this.fixTarget = fixTarget;
	}

	/** A new requirement is not an incident of a service: no priority, no targets (design plans it). */
	void noTargets() {
		this.priority = null;
		this.responseTime = null;
		this.fixTime = null;
		this.permanentFixTime = null;
		this.responseTarget = null;
		this.fixTarget = null;
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

	/**
	 * Marks this round's fix target missed; false if it already was escalated (restoring resumed after it passed, or
	 * second-level support is chased for the same target).
	 */
	boolean fixTargetMissed(Instant at) {
		if (fixEscalatedAt != null) {
			return false;
		}
		this.fixEscalatedAt = at;
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

	/** Service restored (the fix, 001): this round's result joins the earlier ones. */
	void restored(Instant at, String workaround, boolean permanentFixNeeded) {
		this.restoredAt = at;
		this.fixTargetMet = metInEveryRound(fixTargetMet, !at.isAfter(fixTarget));
		this.workaround = blankToNull(workaround);
		this.permanentFixNeeded = permanentFixNeeded;
		this.status = permanentFixNeeded ? Status.WITH_SECOND_LEVEL : Status.RESTORED;
	}

	/** First-level support could not restore service: the single point of contact passes it on, the fix target holds. */
	void passedOn(Instant at, String by, String whatWasTried) {
		this.passedOnAt = at;
		this.passedOnBy = by;
		this.workaround = blankToNull(whatWasTried);
		this.permanentFixNeeded = true;
		this.status = Status.WITH_SECOND_LEVEL;
	}

	/** The target second-level support (or the provider) works to from now. */
	void followUpTargetSet(Instant target) {
		this.followUpTarget = target;
	}

	/**
	 * Second-level support (or the provider) has answered: fixed, a change is needed, or there is a problem. Their
	 * first answer counts; a change that follows takes the time it takes.
	 */
	void followedUp(Instant at) {
		if (followUpTarget != null && followUpAnsweredAt == null) {
			this.followUpAnsweredAt = at;
			this.followUpTargetMet = metInEveryRound(followUpTargetMet, !at.isAfter(followUpTarget));
		}
	}

	/** Marks the follow-up target missed; false if it was already chased. */
	boolean followUpTargetMissed(Instant at) {
		if (followUpChasedAt != null) {
			return false;
		}
		this.followUpChasedAt = at;
		this.followUpTargetMet = false;
		return true;
	}

	void changeFinished(String changeReference, String changeOutcome) {
		this.changeReference = changeReference;
		this.changeOutcome = changeOutcome;
	}

	/** Links this incident to the problem that underlies it. */
	void linkToProblem(Long problemId) {
		this.problemId = problemId;
	}

	/**
	 * Resolved: a new requirement is never "restored", its fulfilment is its resolution; an incident first-level
	 * support passed on is restored only now. The round's result is kept.
	 */
	void resolved(Instant at, String resolution, String providerReference) {
		this.resolvedAt = at;
		if (restoredAt == null) {
			this.restoredAt = at;
			if (fixTarget != null) {
				this.fixTargetMet = metInEveryRound(fixTargetMet, !at.isAfter(fixTarget));
			}
		}
		this.resolution = blankToNull(resolution);
		if (providerReference != null) {
			this.providerReference = providerReference;
		}
		this.status = Status.RESOLVED;
		this.resolutions.add(new IncidentResolution(resolutions.size() + 1, restoredAt, fixTarget,
				fixTarget == null ? null : !restoredAt.isAfter(fixTarget), at, this.resolution));
	}

	/** The resolution the reporter is asked about now (null before the first). */
	public IncidentResolution currentResolution() {
		return resolutions.isEmpty() ? null : resolutions.get(resolutions.size() - 1);
	}

	/** The reporter's answer to the current resolution, by whom and when (recorded before the process hears it). */
	void reporterAnswered(ReporterAnswer answer, String by, Instant at) {
		currentResolution().answered(answer, by, at);
	}

	/**
	 * Reopened by its reporter: restoring starts again, with a fresh fix target counted from now. What was missed
	 * stays missed; the reopening is counted.
	 */
	void reopened(Instant at) {
		this.reopenedAt = at;
		this.timesReopened++;
		this.restoredAt = null;
		this.resolvedAt = null;
		this.fixPausedSeconds = 0;
		this.onHoldSince = null;
		this.fixEscalatedAt = null;
		this.permanentFixNeeded = null;
		this.followUpTarget = null;
		this.followUpChasedAt = null;
		this.followUpAnsweredAt = null;
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
	public String getPermanentFixTime() { return permanentFixTime; }
	public Instant getResponseTarget() { return responseTarget; }
	public Instant getFixTarget() { return fixTarget; }
	public Boolean getResponseTargetMet() { return responseTargetMet; }
	public Boolean getFixTargetMet() { return fixTargetMet; }
	public Instant getFollowUpTarget() { return followUpTarget; }
	public Instant getFollowUpAnsweredAt() { return followUpAnsweredAt; }
	public Boolean getFollowUpTargetMet() { return followUpTargetMet; }
	public Instant getPassedOnAt() { return passedOnAt; }
	public String getPassedOnBy() { return passedOnBy; }
	public int getTimesReopened() { return timesReopened; }
	public List<IncidentResolution> getResolutions() { return Collections.unmodifiableList(resolutions); }
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

	/** A target met this round counts only if every earlier round met its own. */
	private static Boolean metInEveryRound(Boolean before, boolean now) {
		return !Boolean.FALSE.equals(before) && now;
	}

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

package org.fitsflow.change;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The request for change form of the FITS toolkit (001, task 7), all three steps: step 1 (approval to proceed),
 * step 2 (approval to implement) and step 3 (outcome of change), with each of the ICT owner's decisions signed and
 * dated (who decided and when), the discussion with ICT users, and the configuration records update. Kept after the
 * change closes, so the monthly service report can count changes.
 */
@Entity
@Table(name = "request_for_change")
public class RequestForChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "school_id", nullable = false)
	private String schoolId;

	@Column(name = "reference", nullable = false)
	private String reference;

	@Column(name = "process_instance_id")
	private String processInstanceId;

	@Column(name = "raised_from")
	private String raisedFrom;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false)
	private ChangeStatus status;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "unique_identifiers")
	private String uniqueIdentifiers;

	@Column(name = "item_names")
	private String itemNames;

	@Column(name = "brief_description")
	private String briefDescription;

	@Column(name = "reason")
	private String reason;

	@Column(name = "cost", precision = 12, scale = 2)
	private BigDecimal cost;

	@Column(name = "cost_category")
	private String costCategory;

	@Column(name = "originator_user_id", nullable = false)
	private String originatorUserId;

	@Column(name = "originator_name", nullable = false)
	private String originatorName;

	@Column(name = "step1_submitted_at")
	private Instant step1SubmittedAt;

	@Column(name = "proceed_decision")
	private String proceedDecision;

	@Column(name = "proceed_comment")
	private String proceedComment;

	@Column(name = "proceed_decided_by")
	private String proceedDecidedBy;

	@Column(name = "proceed_decided_by_name")
	private String proceedDecidedByName;

	@Column(name = "proceed_decided_at")
	private Instant proceedDecidedAt;

	@Column(name = "full_details")
	private String fullDetails;

	@Column(name = "impact_on_services")
	private String impactOnServices;

	@Column(name = "impact_of_failure")
	private String impactOfFailure;

	@Column(name = "fallback_plan")
	private String fallbackPlan;

	@Column(name = "change_at")
	private Instant changeAt;

	@Column(name = "implementer_user_id")
	private String implementerUserId;

	@Column(name = "implementer_name")
	private String implementerName;

	@Column(name = "step2_submitted_at")
	private Instant step2SubmittedAt;

	@Column(name = "users_told_at")
	private Instant usersToldAt;

	@Column(name = "users_feedback")
	private String usersFeedback;

	@Column(name = "times_rescheduled", nullable = false)
	private int timesRescheduled;

	@Column(name = "implement_decision")
	private String implementDecision;

	@Column(name = "implement_comment")
	private String implementComment;

	@Column(name = "implement_decided_by")
	private String implementDecidedBy;

	@Column(name = "implement_decided_by_name")
	private String implementDecidedByName;

	@Column(name = "implement_decided_at")
	private Instant implementDecidedAt;

	@Column(name = "implementer_reminded_at")
	private Instant implementerRemindedAt;

	@Column(name = "outcome")
	private String outcome;

	@Column(name = "outcome_notes")
	private String outcomeNotes;

	@Column(name = "fallback_carried_out")
	private Boolean fallbackCarriedOut;

	@Column(name = "follow_up")
	private String followUp;

	@Column(name = "follow_up_notes")
	private String followUpNotes;

	@Column(name = "actual_cost", precision = 12, scale = 2)
	private BigDecimal actualCost;

	@Column(name = "outcome_recorded_by")
	private String outcomeRecordedBy;

	@Column(name = "outcome_recorded_at")
	private Instant outcomeRecordedAt;

	@Column(name = "configuration_updated_at")
	private Instant configurationUpdatedAt;

	@Column(name = "configuration_updated_by")
	private String configurationUpdatedBy;

	@Column(name = "configuration_notes")
	private String configurationNotes;

	@Column(name = "closed_at")
	private Instant closedAt;

	protected RequestForChange() {
	}

	RequestForChange(String schoolId, String reference, String originatorUserId, String originatorName, Instant now) {
		this.schoolId = schoolId;
		this.reference = reference;
		this.originatorUserId = originatorUserId;
		this.originatorName = originatorName;
		this.status = ChangeStatus.STEP_1;
		this.createdAt = now;
	}

	public Long getId() {
		return id;
	}

	public String getSchoolId() {
		return schoolId;
	}

	public String getReference() {
		return reference;
	}

	public String getProcessInstanceId() {
		return processInstanceId;
	}

	void setProcessInstanceId(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	public String getRaisedFrom() {
		return raisedFrom;
	}

	void setRaisedFrom(String raisedFrom) {
		this.raisedFrom = raisedFrom;
	}

	public ChangeStatus getStatus() {
		return status;
	}

	void setStatus(ChangeStatus status) {
		this.status = status;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public String getUniqueIdentifiers() {
		return uniqueIdentifiers;
	}

	void setUniqueIdentifiers(String uniqueIdentifiers) {
		this.uniqueIdentifiers = uniqueIdentifiers;
	}

	public String getItemNames() {
		return itemNames;
	}

	void setItemNames(String itemNames) {
		this.itemNames = itemNames;
	}

	public String getBriefDescription() {
		return briefDescription;
	}

	void setBriefDescription(String briefDescription) {
		this.briefDescription = briefDescription;
	}

	public String getReason() {
		return reason;
	}

	void setReason(String reason) {
		this.reason = reason;
	}

	public BigDecimal getCost() {
		return cost;
	}

	void setCost(BigDecimal cost) {
		this.cost = cost;
	}

	public String getCostCategory() {
		return costCategory;
	}

	void setCostCategory(String costCategory) {
		this.costCategory = costCategory;
	}

	public String getOriginatorUserId() {
		return originatorUserId;
	}

	public String getOriginatorName() {
		return originatorName;
	}

	void setOriginatorName(String originatorName) {
		this.originatorName = originatorName;
	}

	public Instant getStep1SubmittedAt() {
		return step1SubmittedAt;
	}

	void setStep1SubmittedAt(Instant step1SubmittedAt) {
		this.step1SubmittedAt = step1SubmittedAt;
	}

	public String getProceedDecision() {
		return proceedDecision;
	}

	void setProceedDecision(String proceedDecision) {
		this.proceedDecision = proceedDecision;
	}

	public String getProceedComment() {
		return proceedComment;
	}

	void setProceedComment(String proceedComment) {
		this.proceedComment = proceedComment;
	}

	public String getProceedDecidedBy() {
		return proceedDecidedBy;
	}

	void setProceedDecidedBy(String proceedDecidedBy) {
		this.proceedDecidedBy = proceedDecidedBy;
	}

	public String getProceedDecidedByName() {
		return proceedDecidedByName;
	}

	void setProceedDecidedByName(String proceedDecidedByName) {
		this.proceedDecidedByName = proceedDecidedByName;
	}

	public Instant getProceedDecidedAt() {
		return proceedDecidedAt;
	}

	void setProceedDecidedAt(Instant proceedDecidedAt) {
		this.proceedDecidedAt = proceedDecidedAt;
	}

	public String getFullDetails() {
		return fullDetails;
	}

	void setFullDetails(String fullDetails) {
		this.fullDetails = fullDetails;
	}

	public String getImpactOnServices() {
		return impactOnServices;
	}

	void setImpactOnServices(String impactOnServices) {
		this.impactOnServices = impactOnServices;
	}

	public String getImpactOfFailure() {
		return impactOfFailure;
	}

	void setImpactOfFailure(String impactOfFailure) {
		this.impactOfFailure = impactOfFailure;
	}

	public String getFallbackPlan() {
		return fallbackPlan;
	}

	void setFallbackPlan(String fallbackPlan) {
		this.fallbackPlan = fallbackPlan;
	}

	public Instant getChangeAt() {
		return changeAt;
	}

	void setChangeAt(Instant changeAt) {
		this.changeAt = changeAt;
	}

	public String getImplementerUserId() {
		return implementerUserId;
	}

	void setImplementerUserId(String implementerUserId) {
		this.implementerUserId = implementerUserId;
	}

	public String getImplementerName() {
		return implementerName;
	}

	void setImplementerName(String implementerName) {
		this.implementerName = implementerName;
	}

	public Instant getStep2SubmittedAt() {
		return step2SubmittedAt;
	}

	void setStep2SubmittedAt(Instant step2SubmittedAt) {
		this.step2SubmittedAt = step2SubmittedAt;
	}

	public Instant getUsersToldAt() {
		return usersToldAt;
	}

	void setUsersToldAt(Instant usersToldAt) {
		this.usersToldAt = usersToldAt;
	}

	public String getUsersFeedback() {
		return usersFeedback;
	}

	void setUsersFeedback(String usersFeedback) {
		this.usersFeedback = usersFeedback;
	}

	public int getTimesRescheduled() {
		return timesRescheduled;
	}

	void setTimesRescheduled(int timesRescheduled) {
		this.timesRescheduled = timesRescheduled;
	}

	public String getImplementDecision() {
		return implementDecision;
	}

	void setImplementDecision(String implementDecision) {
		this.implementDecision = implementDecision;
	}

	public String getImplementComment() {
		return implementComment;
	}

	void setImplementComment(String implementComment) {
		this.implementComment = implementComment;
	}

	public String getImplementDecidedBy() {
		return implementDecidedBy;
	}

	void setImplementDecidedBy(String implementDecidedBy) {
		this.implementDecidedBy = implementDecidedBy;
	}

	public String getImplementDecidedByName() {
		return implementDecidedByName;
	}

	void setImplementDecidedByName(String implementDecidedByName) {
		this.implementDecidedByName = implementDecidedByName;
	}

	public Instant getImplementDecidedAt() {
		return implementDecidedAt;
	}

	void setImplementDecidedAt(Instant implementDecidedAt) {
		this.implementDecidedAt = implementDecidedAt;
	}

	public Instant getImplementerRemindedAt() {
		return implementerRemindedAt;
	}

	void setImplementerRemindedAt(Instant implementerRemindedAt) {
		this.implementerRemindedAt = implementerRemindedAt;
	}

	public String getOutcome() {
		return outcome;
	}

	void setOutcome(String outcome) {
		this.outcome = outcome;
	}

	public String getOutcomeNotes() {
		return outcomeNotes;
	}

	void setOutcomeNotes(String outcomeNotes) {
		this.outcomeNotes = outcomeNotes;
	}

	public Boolean getFallbackCarriedOut() {
		return fallbackCarriedOut;
	}

	void setFallbackCarriedOut(Boolean fallbackCarriedOut) {
		this.fallbackCarriedOut = fallbackCarriedOut;
	}

	public String getFollowUp() {
		return followUp;
	}

	void setFollowUp(String followUp) {
		this.followUp = followUp;
	}

	public String getFollowUpNotes() {
		return followUpNotes;
	}

	void setFollowUpNotes(String followUpNotes) {
		this.followUpNotes = followUpNotes;
	}

	public BigDecimal getActualCost() {
		return actualCost;
	}

	void setActualCost(BigDecimal actualCost) {
		this.actualCost = actualCost;
	}

	public String getOutcomeRecordedBy() {
		return outcomeRecordedBy;
	}

	void setOutcomeRecordedBy(String outcomeRecordedBy) {
		this.outcomeRecordedBy = outcomeRecordedBy;
	}

	public Instant getOutcomeRecordedAt() {
		return outcomeRecordedAt;
	}

	void setOutcomeRecordedAt(Instant outcomeRecordedAt) {
		this.outcomeRecordedAt = outcomeRecordedAt;
	}

	public Instant getConfigurationUpdatedAt() {
		return configurationUpdatedAt;
	}

	void setConfigurationUpdatedAt(Instant configurationUpdatedAt) {
		this.configurationUpdatedAt = configurationUpdatedAt;
	}

	public String getConfigurationUpdatedBy() {
		return configurationUpdatedBy;
	}

	void setConfigurationUpdatedBy(String configurationUpdatedBy) {
		this.configurationUpdatedBy = configurationUpdatedBy;
	}

	public String getConfigurationNotes() {
		return configurationNotes;
	}

	void setConfigurationNotes(String configurationNotes) {
		this.configurationNotes = configurationNotes;
	}

	public Instant getClosedAt() {
		return closedAt;
	}

	void setClosedAt(Instant closedAt) {
		this.closedAt = closedAt;
	}

}

package org.fitsflow.change;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Converter;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * The request for change form of the FITS toolkit (001, task 7), all three steps: step 1 (approval to proceed),
 * step 2 (approval to implement) and step 3 (outcome of change), with each of the ICT owner's decisions signed and
 * dated ({@link SignedDecision}), the discussion with ICT users, and the configuration records update. It moves
 * itself through its {@link ChangeStatus}es; {@link Changes} checks what people typed first. Kept after the change
 * closes, so the monthly service report can count changes.
 */
@Entity
@Table(name = "request_for_change")
public class RequestForChange {

	/** What step 1 says, checked. */
	record Step1(String uniqueIdentifiers, String itemNames, List<String> registerItems, String briefDescription,
			String reason, BigDecimal cost, String costCategory, RaisedAs raisedAs, boolean purchaseNeeded) {
	}

	/** Provision's order, checked. */
	record Order(String supplier, String orderReference, LocalDate orderedOn, LocalDate expectedDeliveryOn) {
	}

	/** What step 2 says, checked, with the implementer's name as it is now. */
	record Step2(String fullDetails, String impactOnServices, String impactOfFailure, String fallbackPlan,
			Instant changeAt, String implementerUserId, String implementerName) {
	}

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

	/** The items of the configuration register it concerns, by asset reference as the register spells them. */
	@ElementCollection
	@CollectionTable(name = "request_for_change_item", joinColumns = @JoinColumn(name = "request_for_change_id"))
	@Column(name = "asset_reference")
	@OrderColumn(name = "position")
	private List<String> registerItems = new ArrayList<>();

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

	@Column(name = "raised_as")
	@Convert(converter = RaisedAsColumn.class)
	private RaisedAs raisedAs;

	@Column(name = "purchase_needed", nullable = false)
	private boolean purchaseNeeded;

	@Column(name = "step1_submitted_at")
	private Instant step1SubmittedAt;

	@Embedded
	@AttributeOverrides({
		@AttributeOverride(name = "decision", column = @Column(name = "proceed_decision")),
		@AttributeOverride(name = "comment", column = @Column(name = "proceed_comment")),
		@AttributeOverride(name = "decidedBy", column = @Column(name = "proceed_decided_by")),
		@AttributeOverride(name = "decidedByName", column = @Column(name = "proceed_decided_by_name")),
		@AttributeOverride(name = "decidedAt", column = @Column(name = "proceed_decided_at")) })
	private SignedDecision approvalToProceed;

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

	@Embedded
	@AttributeOverrides({
		@AttributeOverride(name = "decision", column = @Column(name = "implement_decision")),
		@AttributeOverride(name = "comment", column = @Column(name = "implement_comment")),
		@AttributeOverride(name = "decidedBy", column = @Column(name = "implement_decided_by")),
		@AttributeOverride(name = "decidedByName", column = @Column(name = "implement_decided_by_name")),
		@AttributeOverride(name = "decidedAt", column = @Column(name = "implement_decided_at")) })
	private SignedDecision approvalToImplement;

	@Column(name = "supplier")
	private String supplier;

	@Column(name = "order_reference")
	private String orderReference;

	@Column(name = "ordered_on")
	private LocalDate orderedOn;

	@Column(name = "expected_delivery_on")
	private LocalDate expectedDeliveryOn;

	@Column(name = "ordered_by")
	private String orderedBy;

	@Column(name = "delivered_on")
	private LocalDate deliveredOn;

	@Column(name = "delivery_notes")
	private String deliveryNotes;

	@Column(name = "delivery_recorded_by")
	private String deliveryRecordedBy;

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

	/** Opened at step 1, prefilled with what the incident or problem that raised it already says. */
	RequestForChange(String schoolId, String reference, String originatorUserId, String originatorName, Instant now) {
		this.schoolId = schoolId;
		this.reference = reference;
		this.originatorUserId = originatorUserId;
		this.originatorName = originatorName;
		this.status = ChangeStatus.STEP_1;
		this.createdAt = now;
	}

	void raisedBy(String processInstanceId, String raisedFrom, String briefDescription, String reason) {
		this.processInstanceId = processInstanceId;
		this.raisedFrom = blankToNull(raisedFrom);
		this.briefDescription = blankToNull(briefDescription);
		this.reason = blankToNull(reason);
	}

	/** Step 1 is complete; a cost of nothing leaves no cost and no category. It now waits for approval to proceed. */
	void step1Submitted(Step1 step1, Instant at) {
		this.uniqueIdentifiers = step1.uniqueIdentifiers().trim();
		this.itemNames = step1.itemNames().trim();
		this.registerItems.clear();
		this.registerItems.addAll(step1.registerItems());
		this.briefDescription = step1.briefDescription().trim();
		this.reason = step1.reason().trim();
		boolean costed = step1.cost() != null && step1.cost().signum() > 0;
		this.cost = costed ? step1.cost().setScale(2, RoundingMode.HALF_UP) : null;
		this.costCategory = costed ? blankToNull(step1.costCategory()) : null;
		this.raisedAs = step1.raisedAs();
		this.purchaseNeeded = costed && step1.purchaseNeeded();
		this.step1SubmittedAt = at;
		this.status = ChangeStatus.AWAITING_APPROVAL_TO_PROCEED;
	}

	/** The ICT owner's signed decision on step 1: on to step 2, or closed. */
	void decidedToProceed(SignedDecision decision) {
		this.approvalToProceed = decision;
		if (decision.approved()) {
			this.status = ChangeStatus.STEP_2;
		}
		else {
			this.status = ChangeStatus.REJECTED_TO_PROCEED;
			this.closedAt = decision.getDecidedAt();
		}
	}

	/** Step 2 is complete (again, after a reschedule); the plans are discussed with ICT users next. */
	void step2Submitted(Step2 step2, Instant at) {
		this.fullDetails = step2.fullDetails().trim();
		this.impactOnServices = step2.impactOnServices().trim();
		this.impactOfFailure = step2.impactOfFailure().trim();
		this.fallbackPlan = step2.fallbackPlan().trim();
		this.changeAt = step2.changeAt();
		this.implementerUserId = step2.implementerUserId();
		this.implementerName = step2.implementerName();
		this.step2SubmittedAt = at;
		this.status = ChangeStatus.DISCUSSING_WITH_USERS;
	}

	void usersTold(Instant at) {
		this.usersToldAt = at;
	}

	/** What ICT users said: agreed (on to approval to implement), or back to step 2 to be rescheduled. */
	void discussed(UsersAgreement agreement, String feedback) {
		this.usersFeedback = blankToNull(feedback);
		if (agreement == UsersAgreement.AGREED) {
			this.status = ChangeStatus.AWAITING_APPROVAL_TO_IMPLEMENT;
		}
		else {
			this.timesRescheduled++;
			this.status = ChangeStatus.STEP_2;
		}
	}

	/** The ICT owner's signed decision on step 2: scheduled (after provision, when items are to be bought), or closed. */
	void decidedToImplement(SignedDecision decision) {
		this.approvalToImplement = decision;
		if (decision.approved()) {
			this.status = purchaseNeeded ? ChangeStatus.ORDERING : ChangeStatus.SCHEDULED;
		}
		else {
			this.status = ChangeStatus.REJECTED_TO_IMPLEMENT;
			this.closedAt = decision.getDecidedAt();
		}
	}

	/** Provision ordered the items the approved change needs. */
	void ordered(Order order, String by) {
		this.supplier = order.supplier().trim();
		this.orderReference = order.orderReference().trim();
		this.orderedOn = order.orderedOn();
		this.expectedDeliveryOn = order.expectedDeliveryOn();
		this.orderedBy = by;
		this.status = ChangeStatus.AWAITING_DELIVERY;
	}

	/** The items arrived: the change goes ahead on its date. */
	void delivered(LocalDate on, String notes, String by) {
		this.deliveredOn = on;
		this.deliveryNotes = blankToNull(notes);
		this.deliveryRecordedBy = by;
		this.status = ChangeStatus.SCHEDULED;
	}

	void implementerReminded(Instant at) {
		this.implementerRemindedAt = at;
	}

	/**
	 * Step 3: the outcome of change. An unsuccessful change closes here (the fallback restored the service as it was,
	 * so no configuration record changes); otherwise the configuration records are updated next.
	 */
	void outcomeRecorded(ChangeOutcome outcome, String notes, boolean fallbackCarriedOut, FollowUp followUp,
			String followUpNotes, BigDecimal actualCost, String recordedBy, Instant at) {
		this.outcome = outcome.formValue();
		this.outcomeNotes = notes.trim();
		this.fallbackCarriedOut = fallbackCarriedOut;
		this.followUp = outcome == ChangeOutcome.PARTIALLY_SUCCESSFUL && followUp != null ? followUp.formValue() : null;
		this.followUpNotes = blankToNull(followUpNotes);
		this.outcomeRecordedBy = recordedBy;
		this.outcomeRecordedAt = at;
		if (actualCost != null) {
			this.actualCost = actualCost.setScale(2, RoundingMode.HALF_UP);
		}
		if (outcome.changedConfiguration()) {
			this.status = ChangeStatus.OUTCOME_RECORDED;
		}
		else {
			this.status = ChangeStatus.CLOSED;
			this.closedAt = at;
		}
	}

	/** The configuration records now describe the changed equipment; the request is closed. */
	void configurationUpdated(String notes, String updatedBy, Instant at) {
		this.configurationNotes = notes.trim();
		this.configurationUpdatedBy = updatedBy;
		this.configurationUpdatedAt = at;
		this.status = ChangeStatus.CLOSED;
		this.closedAt = at;
	}

	/** The decision to proceed or to implement; null until it is made. */
	public SignedDecision decision(boolean toProceed) {
		return toProceed ? approvalToProceed : approvalToImplement;
	}

	public Long getId() { return id; }
	public String getSchoolId() { return schoolId; }
	public String getReference() { return reference; }
	public String getProcessInstanceId() { return processInstanceId; }
	public String getRaisedFrom() { return raisedFrom; }
	public ChangeStatus getStatus() { return status; }
	public Instant getCreatedAt() { return createdAt; }
	public String getUniqueIdentifiers() { return uniqueIdentifiers; }
	public List<String> getRegisterItems() { return List.copyOf(registerItems); }
	public String getItemNames() { return itemNames; }
	public String getBriefDescription() { return briefDescription; }
	public String getReason() { return reason; }
	public BigDecimal getCost() { return cost; }
	public String getCostCategory() { return costCategory; }
	public String getOriginatorUserId() { return originatorUserId; }
	public String getOriginatorName() { return originatorName; }
	public Instant getStep1SubmittedAt() { return step1SubmittedAt; }
	public RaisedAs getRaisedAs() { return raisedAs; }
	public boolean isPurchaseNeeded() { return purchaseNeeded; }
	public String getSupplier() { return supplier; }
	public String getOrderReference() { return orderReference; }
	public LocalDate getOrderedOn() { return orderedOn; }
	public LocalDate getExpectedDeliveryOn() { return expectedDeliveryOn; }
	public String getOrderedBy() { return orderedBy; }
	public LocalDate getDeliveredOn() { return deliveredOn; }
	public String getDeliveryNotes() { return deliveryNotes; }
	public String getDeliveryRecordedBy() { return deliveryRecordedBy; }
	public SignedDecision getApprovalToProceed() { return approvalToProceed; }
	public String getFullDetails() { return fullDetails; }
	public String getImpactOnServices() { return impactOnServices; }
	public String getImpactOfFailure() { return impactOfFailure; }
	public String getFallbackPlan() { return fallbackPlan; }
	public Instant getChangeAt() { return changeAt; }
	public String getImplementerUserId() { return implementerUserId; }
	public String getImplementerName() { return implementerName; }
	public Instant getStep2SubmittedAt() { return step2SubmittedAt; }
	public Instant getUsersToldAt() { return usersToldAt; }
	public String getUsersFeedback() { return usersFeedback; }
	public int getTimesRescheduled() { return timesRescheduled; }
	public SignedDecision getApprovalToImplement() { return approvalToImplement; }
	public Instant getImplementerRemindedAt() { return implementerRemindedAt; }
	public String getOutcome() { return outcome; }
	public String getOutcomeNotes() { return outcomeNotes; }
	public Boolean getFallbackCarriedOut() { return fallbackCarriedOut; }
	public String getFollowUp() { return followUp; }
	public String getFollowUpNotes() { return followUpNotes; }
	public BigDecimal getActualCost() { return actualCost; }
	public String getOutcomeRecordedBy() { return outcomeRecordedBy; }
	public Instant getOutcomeRecordedAt() { return outcomeRecordedAt; }
	public Instant getConfigurationUpdatedAt() { return configurationUpdatedAt; }
	public String getConfigurationUpdatedBy() { return configurationUpdatedBy; }
	public String getConfigurationNotes() { return configurationNotes; }
	public Instant getClosedAt() { return closedAt; }

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	@Converter
	public static class RaisedAsColumn extends org.fitsflow.system.process.FormValueColumn<RaisedAs> {
		public RaisedAsColumn() {
			super(RaisedAs.class);
		}
	}
}

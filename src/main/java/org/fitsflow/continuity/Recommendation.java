package org.fitsflow.continuity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.fitsflow.system.process.FormValueColumn;

/**
 * An improvement design recommends (or one carried forward, or one a lesson suggested), with its estimated cost and
 * any charge the service provider may make, and the ICT owner's decision on it with the reason: acted on (its
 * request for change or task), deferred or rejected.
 */
@Entity
@Table(name = "risk_recommendation")
public class Recommendation {

	public enum Source { NEW, CARRIED_FORWARD, LESSON }

	public record Details(String serviceName, String description, BigDecimal estimatedCost, BigDecimal providerCharge) {
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@Column(name = "school_id", nullable = false)
	private String schoolId;
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "assessment_id")
	private RiskAssessment assessment;
	@Column(name = "line_no", nullable = false)
	private int lineNo;
	@Column(name = "service_name")
	private String serviceName;
	@Column(nullable = false)
	private String description;
	@Column(name = "estimated_cost", precision = 12, scale = 2)
	private BigDecimal estimatedCost;
	@Column(name = "provider_charge", precision = 12, scale = 2)
	private BigDecimal providerCharge;
	@Column(name = "recommended_by", nullable = false)
	private String recommendedBy;
	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Source source;
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "carried_from_id")
	private Recommendation carriedFrom;
	@Column(name = "first_raised_in", nullable = false)
	private String firstRaisedIn;
	@Convert(converter = DecisionColumn.class)
	private RecommendationDecision decision;
	@Column(name = "decision_reason")
	private String decisionReason;
	@Column(name = "decided_by")
	private String decidedBy;
	@Column(name = "decided_at")
	private Instant decidedAt;
	@Column(name = "change_reference")
	private String changeReference;
	@Column(name = "action_function")
	private String actionFunction;
	@Column(name = "action_due")
	private LocalDate actionDue;
	@Column(name = "action_reference")
	private String actionReference;

	protected Recommendation() {
	}

	Recommendation(RiskAssessment assessment, int lineNo, Details details, Source source, Recommendation carriedFrom,
			String firstRaisedIn, String recommendedBy) {
		this.schoolId = assessment.getSchoolId();
		this.assessment = assessment;
		this.lineNo = lineNo;
		this.serviceName = details.serviceName();
		this.description = details.description();
		this.estimatedCost = details.estimatedCost();
		this.providerCharge = details.providerCharge();
		this.source = source;
		this.carriedFrom = carriedFrom;
		this.firstRaisedIn = firstRaisedIn;
		this.recommendedBy = recommendedBy;
	}

	void decided(RecommendationDecision decision, String reason, String actionFunction, LocalDate actionDue, String by,
			Instant now) {
		this.decision = decision;
		this.decisionReason = reason;
		this.actionFunction = decision == RecommendationDecision.ACT_BY_TASK ? actionFunction : null;
		this.actionDue = decision == RecommendationDecision.ACT_BY_TASK ? actionDue : null;
		this.decidedBy = by;
		this.decidedAt = now;
	}

	void changeRaised(String reference) {
		this.changeReference = reference;
	}

	void actionIssued(String reference) {
		this.actionReference = reference;
	}

	public Details details() {
		return new Details(serviceName, description, estimatedCost, providerCharge);
	}

	/** The estimated cost and the provider's charge together: what a request for change asks to spend. */
	public BigDecimal totalCost() {
		if (estimatedCost == null && providerCharge == null) {
			return null;
		}
		return (estimatedCost == null ? BigDecimal.ZERO : estimatedCost)
			.add(providerCharge == null ? BigDecimal.ZERO : providerCharge);
	}

	public Long getId() { return id; }
	public String getSchoolId() { return schoolId; }
	public RiskAssessment getAssessment() { return assessment; }
	public int getLineNo() { return lineNo; }
	public String getServiceName() { return serviceName; }
	public String getDescription() { return description; }
	public BigDecimal getEstimatedCost() { return estimatedCost; }
	public BigDecimal getProviderCharge() { return providerCharge; }
	public String getRecommendedBy() { return recommendedBy; }
	public Source getSource() { return source; }
	public Recommendation getCarriedFrom() { return carriedFrom; }
	public String getFirstRaisedIn() { return firstRaisedIn; }
	public RecommendationDecision getDecision() { return decision; }
	public String getDecisionReason() { return decisionReason; }
	public String getDecidedBy() { return decidedBy; }
	public Instant getDecidedAt() { return decidedAt; }
	public String getChangeReference() { return changeReference; }
	public String getActionFunction() { return actionFunction; }
	public LocalDate getActionDue() { return actionDue; }
	public String getActionReference() { return actionReference; }

	@Converter
	public static class DecisionColumn extends FormValueColumn<RecommendationDecision> {
		public DecisionColumn() {
			super(RecommendationDecision.class);
		}
	}
}

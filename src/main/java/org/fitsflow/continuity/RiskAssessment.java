package org.fitsflow.continuity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
 * The yearly risk assessment (001 task 3): design's risks for each service of the catalogue, rated by the risk-rating
 * table, and the recommendations the ICT owner decides, including those carried forward from the year before and
 * those from lessons of an invocation. Kept by year, each the baseline of the next.
 */
@Entity
@Table(name = "risk_assessment")
public class RiskAssessment {

	public enum Status { ASSESSING, DECIDING, DECIDED, FILED }

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@Column(name = "school_id", nullable = false)
	private String schoolId;
	@Column(nullable = false)
	private String reference;
	@Column(name = "assessment_year", nullable = false)
	private int year;
	@Column(name = "due_on")
	private LocalDate dueOn;
	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;
	@Column(name = "process_instance_id")
	private String processInstanceId;
	@Column(name = "baseline_id")
	private Long baselineId;
	@Column(name = "opened_at", nullable = false)
	private Instant openedAt;
	@Column(name = "assessed_by")
	private String assessedBy;
	@Column(name = "assessed_at")
	private Instant assessedAt;
	@Column(name = "decided_by")
	private String decidedBy;
	@Column(name = "decided_at")
	private Instant decidedAt;
	@Column(name = "filed_by")
	private String filedBy;
	@Column(name = "filed_at")
	private Instant filedAt;
	@Column(name = "filed_where")
	private String filedWhere;

	@OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("lineNo")
	private List<Risk> risks = new ArrayList<>();
	@OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("lineNo")
	private List<Recommendation> recommendations = new ArrayList<>();

	protected RiskAssessment() {
	}

	RiskAssessment(String schoolId, String reference, LocalDate dueOn, Long baselineId, String processInstanceId,
			Instant now) {
		this.schoolId = schoolId;
		this.reference = reference;
		this.dueOn = dueOn;
		this.year = dueOn.getYear();
		this.baselineId = baselineId;
		this.processInstanceId = processInstanceId;
		this.status = Status.ASSESSING;
		this.openedAt = now;
	}

	Recommendation recommend(Recommendation.Details details, Recommendation.Source source, Recommendation carriedFrom,
			String firstRaisedIn, String by) {
		Recommendation recommendation = new Recommendation(this, recommendations.size() + 1, details, source, carriedFrom,
				firstRaisedIn, by);
		recommendations.add(recommendation);
		return recommendation;
	}

	/** Design's risks and new recommendations replace any recorded before (the form may be sent back and forth). */
	void assessed(List<Risk.Details> rated, List<Recommendation.Details> recommended, String by, Instant now) {
		risks.clear();
		for (Risk.Details risk : rated) {
			risks.add(new Risk(this, risks.size() + 1, risk));
		}
		recommendations.removeIf(r -> r.getSource() == Recommendation.Source.NEW);
		recommended.forEach(r -> recommend(r, Recommendation.Source.NEW, null, reference, by));
		this.assessedBy = by;
		this.assessedAt = now;
		this.status = Status.DECIDING;
	}

	void decided(String by, Instant now) {
		this.decidedBy = by;
		this.decidedAt = now;
		this.status = Status.DECIDED;
	}

	void filed(String where, String by, Instant now) {
		this.filedWhere = where;
		this.filedBy = by;
		this.filedAt = now;
		this.status = Status.FILED;
	}

	public Long getId() { return id; }
	public String getSchoolId() { return schoolId; }
	public String getReference() { return reference; }
	public int getYear() { return year; }
	public LocalDate getDueOn() { return dueOn; }
	public Status getStatus() { return status; }
	public String getProcessInstanceId() { return processInstanceId; }
	public Long getBaselineId() { return baselineId; }
	public Instant getOpenedAt() { return openedAt; }
	public String getAssessedBy() { return assessedBy; }
	public Instant getAssessedAt() { return assessedAt; }
	public String getDecidedBy() { return decidedBy; }
	public Instant getDecidedAt() { return decidedAt; }
	public String getFiledBy() { return filedBy; }
	public Instant getFiledAt() { return filedAt; }
	public String getFiledWhere() { return filedWhere; }
	public List<Risk> getRisks() { return risks; }
	public List<Recommendation> getRecommendations() { return recommendations; }
}

package org.fitsflow.continuity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.fitsflow.system.process.FormValueColumn;

/** One threat to one service: how likely, how much harm, and the rating the risk-rating table gave. */
@Entity
@Table(name = "risk")
public class Risk {

	public record Details(Long serviceId, String serviceName, String threat, Likelihood likelihood, Harm harm,
			RiskRating rating, String existingMeasures) {
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "assessment_id")
	private RiskAssessment assessment;
	@Column(name = "line_no", nullable = false)
	private int lineNo;
	@Column(name = "service_id")
	private Long serviceId;
	@Column(name = "service_name", nullable = false)
	private String serviceName;
	@Column(nullable = false)
	private String threat;
	@Column(nullable = false)
	@Convert(converter = LikelihoodColumn.class)
	private Likelihood likelihood;
	@Column(nullable = false)
	@Convert(converter = HarmColumn.class)
	private Harm harm;
	@Column(nullable = false)
	@Convert(converter = RatingColumn.class)
	private RiskRating rating;
	@Column(name = "existing_measures")
	private String existingMeasures;

	protected Risk() {
	}

	Risk(RiskAssessment assessment, int lineNo, Details details) {
		this.assessment = assessment;
		this.lineNo = lineNo;
		this.serviceId = details.serviceId();
		this.serviceName = details.serviceName();
		this.threat = details.threat();
		this.likelihood = details.likelihood();
		this.harm = details.harm();
		this.rating = details.rating();
		this.existingMeasures = details.existingMeasures();
	}

	public Long getServiceId() { return serviceId; }
	public String getServiceName() { return serviceName; }
	public String getThreat() { return threat; }
	public Likelihood getLikelihood() { return likelihood; }
	public Harm getHarm() { return harm; }
	public RiskRating getRating() { return rating; }
	public String getExistingMeasures() { return existingMeasures; }

	@Converter
	public static class LikelihoodColumn extends FormValueColumn<Likelihood> {
		public LikelihoodColumn() {
			super(Likelihood.class);
		}
	}

	@Converter
	public static class HarmColumn extends FormValueColumn<Harm> {
		public HarmColumn() {
			super(Harm.class);
		}
	}

	@Converter
	public static class RatingColumn extends FormValueColumn<RiskRating> {
		public RatingColumn() {
			super(RiskRating.class);
		}
	}
}

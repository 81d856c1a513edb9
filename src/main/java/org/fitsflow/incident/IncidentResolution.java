package org.fitsflow.incident;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.fitsflow.system.process.FormValueColumn;

/**
 * One resolution of an incident, kept when the incident is reopened: when service was restored against which fix
 * target (and whether it was met), the resolution, and what the reporter said to it.
 */
@Entity
@Table(name = "incident_resolution")
public class IncidentResolution {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@Column(nullable = false)
	private int number;
	@Column(name = "restored_at")
	private Instant restoredAt;
	@Column(name = "fix_target")
	private Instant fixTarget;
	@Column(name = "fix_target_met")
	private Boolean fixTargetMet;
	@Column(name = "resolved_at", nullable = false)
	private Instant resolvedAt;
	private String resolution;
	@Column(name = "reporter_answer")
	@Convert(converter = AnswerColumn.class)
	private ReporterAnswer reporterAnswer;
	@Column(name = "answered_at")
	private Instant answeredAt;
	@Column(name = "answered_by")
	private String answeredBy;

	protected IncidentResolution() {
	}

	IncidentResolution(int number, Instant restoredAt, Instant fixTarget, Boolean fixTargetMet, Instant resolvedAt,
			String resolution) {
		this.number = number;
		this.restoredAt = restoredAt;
		this.fixTarget = fixTarget;
		this.fixTargetMet = fixTargetMet;
		this.resolvedAt = resolvedAt;
		this.resolution = resolution;
	}

	void answered(ReporterAnswer answer, String by, Instant at) {
		this.reporterAnswer = answer;
		this.answeredBy = by;
		this.answeredAt = at;
	}

	public boolean isAnswered() {
		return reporterAnswer != null;
	}

	public int getNumber() { return number; }
	public Instant getRestoredAt() { return restoredAt; }
	public Instant getFixTarget() { return fixTarget; }
	public Boolean getFixTargetMet() { return fixTargetMet; }
	public Instant getResolvedAt() { return resolvedAt; }
	public String getResolution() { return resolution; }
	public ReporterAnswer getReporterAnswer() { return reporterAnswer; }
	public Instant getAnsweredAt() { return answeredAt; }
	public String getAnsweredBy() { return answeredBy; }

	@Converter
	public static class AnswerColumn extends FormValueColumn<ReporterAnswer> {
		public AnswerColumn() {
			super(ReporterAnswer.class);
		}
	}
}

package org.fitsflow.change;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;

import org.fitsflow.system.process.FormValueColumn;

/**
 * One of the ICT owner's decisions on a request for change, signed and dated as the FITS form asks: the decision, the
 * comment, who decided (their user id and their name as it was then) and when. A request has two, to proceed and to
 * implement, each mapped onto its own columns.
 */
@Embeddable
public class SignedDecision {

	@Convert(converter = DecisionColumn.class)
	@Column(name = "decision")
	private Decision decision;

	@Column(name = "comment")
	private String comment;

	@Column(name = "decided_by")
	private String decidedBy;

	@Column(name = "decided_by_name")
	private String decidedByName;

	@Column(name = "decided_at")
	private Instant decidedAt;

	protected SignedDecision() {
	}

	SignedDecision(Decision decision, String comment, String decidedBy, String decidedByName, Instant decidedAt) {
		this.decision = decision;
		this.comment = comment == null || comment.isBlank() ? null : comment.trim();
		this.decidedBy = decidedBy;
		this.decidedByName = decidedByName;
		this.decidedAt = decidedAt;
	}

	public boolean approved() {
		return decision == Decision.APPROVE;
	}

	public Decision getDecision() {
		return decision;
	}

	public String getComment() {
		return comment;
	}

	public String getDecidedBy() {
		return decidedBy;
	}

	public String getDecidedByName() {
		return decidedByName;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	@Converter
	public static class DecisionColumn extends FormValueColumn<Decision> {
		public DecisionColumn() {
			super(Decision.class);
		}
	}
}

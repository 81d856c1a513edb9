package org.fitsflow.continuity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Something done during an invocation, at the time it really happened, and who recorded it when. */
@Entity
@Table(name = "invocation_step")
public class InvocationStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "invocation_id")
	private Invocation invocation;
	@Column(name = "happened_at", nullable = false)
	private Instant happenedAt;
	@Column(nullable = false)
	private String what;
	@Column(name = "recorded_by", nullable = false)
	private String recordedBy;
	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected InvocationStep() {
	}

	InvocationStep(Invocation invocation, Instant happenedAt, String what, String recordedBy, Instant recordedAt) {
		this.invocation = invocation;
		this.happenedAt = happenedAt;
		this.what = what;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	public Instant getHappenedAt() { return happenedAt; }
	public String getWhat() { return what; }
	public String getRecordedBy() { return recordedBy; }
	public Instant getRecordedAt() { return recordedAt; }
}

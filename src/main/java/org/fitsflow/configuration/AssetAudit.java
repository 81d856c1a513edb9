package org.fitsflow.configuration;

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
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * One yearly audit of a school's assets against its configuration register (002): its date, who audited and when, the
 * discrepancies found and how each was resolved, and the baseline of the register taken once it was recorded. One per
 * school and due date.
 */
@Entity
@Table(name = "asset_audit")
public class AssetAudit {

	public enum Status { CHECKING, RECORDED }

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@Column(name = "school_id", nullable = false)
	private String schoolId;
	@Column(nullable = false)
	private String reference;
	@Column(name = "process_instance_id")
	private String processInstanceId;
	@Column(name = "due_on", nullable = false)
	private LocalDate dueOn;
	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;
	@Column(name = "started_at", nullable = false)
	private Instant startedAt;
	@Column(name = "audited_by")
	private String auditedBy;
	@Column(name = "audited_at")
	private Instant auditedAt;
	@Column(name = "baseline_id")
	private Long baselineId;
	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "asset_audit_id", nullable = false)
	@OrderBy("lineNo")
	private List<AssetAuditDiscrepancy> discrepancies = new ArrayList<>();

	protected AssetAudit() {
	}

	AssetAudit(String schoolId, LocalDate dueOn, String processInstanceId, Instant startedAt) {
		this.schoolId = schoolId;
		this.dueOn = dueOn;
		this.reference = "AA-" + dueOn;
		this.processInstanceId = processInstanceId;
		this.startedAt = startedAt;
		this.status = Status.CHECKING;
	}

	/** Maintenance has checked the register against what is there and found these (none: the register is right). */
	void checked(List<AssetAuditDiscrepancy> found, String by, Instant at) {
		discrepancies.clear();
		discrepancies.addAll(found);
		this.auditedBy = by;
		this.auditedAt = at;
	}

	/** The audit is kept, with the baseline of the register as it stands after its corrections. */
	void recorded(long baselineId) {
		this.baselineId = baselineId;
		this.status = Status.RECORDED;
	}

	public Long getId() { return id; }
	public String getSchoolId() { return schoolId; }
	public String getReference() { return reference; }
	public String getProcessInstanceId() { return processInstanceId; }
	public LocalDate getDueOn() { return dueOn; }
	public Status getStatus() { return status; }
	public Instant getStartedAt() { return startedAt; }
	public String getAuditedBy() { return auditedBy; }
	public Instant getAuditedAt() { return auditedAt; }
	public Long getBaselineId() { return baselineId; }
	public List<AssetAuditDiscrepancy> getDiscrepancies() { return List.copyOf(discrepancies); }
}

package org.fitsflow.startup;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * The user support procedure (001, start-up task 2): how ICT users report faults and ask for things, written by the
 * single point of contact and issued by the ICT owner with a covering memo. Each issue is a new version; the latest
 * issued one is the master copy new ICT users are sent, and the earlier ones are kept.
 */
@Entity
public class SupportProcedure {

	/** The procedure and the memo columns hold 8000 characters each. */
	static final int TEXT_LENGTH = 8000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@Column(name = "school_id", nullable = false)
	private String schoolId;
	@Column(name = "process_instance_id")
	private String processInstanceId;
	/** Set when it is issued: 1 for the first issue in the school, then 2, 3... */
	private Integer version;
	@Column(name = "procedure_text", nullable = false)
	private String procedureText;
	@Column(name = "written_by", nullable = false)
	private String writtenBy;
	@Column(name = "written_at", nullable = false)
	private Instant writtenAt;
	@Column(name = "covering_memo")
	private String coveringMemo;
	@Column(name = "issued_by")
	private String issuedBy;
	@Column(name = "issued_at")
	private Instant issuedAt;

	protected SupportProcedure() {
	}

	SupportProcedure(String schoolId, String processInstanceId, String procedureText, String writtenBy, Instant writtenAt) {
		this.schoolId = schoolId;
		this.processInstanceId = processInstanceId;
		this.procedureText = procedureText;
		this.writtenBy = writtenBy;
		this.writtenAt = writtenAt;
	}

	void issue(int version, String coveringMemo, String issuedBy, Instant issuedAt) {
		if (this.issuedAt != null) {
			throw new IllegalStateException("Version " + this.version + " of the support procedure is already issued.");
		}
		this.version = version;
		this.coveringMemo = coveringMemo;
		this.issuedBy = issuedBy;
		this.issuedAt = issuedAt;
	}

	public Long getId() {
		return id;
	}

	public String getSchoolId() {
		return schoolId;
	}

	public Integer getVersion() {
		return version;
	}

	public String getProcedureText() {
		return procedureText;
	}

	public String getWrittenBy() {
		return writtenBy;
	}

	public Instant getWrittenAt() {
		return writtenAt;
	}

	public String getCoveringMemo() {
		return coveringMemo;
	}

	public String getIssuedBy() {
		return issuedBy;
	}

	public Instant getIssuedAt() {
		return issuedAt;
	}

	public boolean isIssued() {
		return issuedAt != null;
	}
}

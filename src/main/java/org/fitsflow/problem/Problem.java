package org.fitsflow.problem;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.fitsflow.system.process.FormValue;

/** The underlying cause of one or more incidents (003 glossary), from detection to a verified fix. */
@Entity
public class Problem {

	/** Who raised it; the start form offers the first two, problem management itself raises for repeated incidents. */
	public enum Source implements FormValue {
		SECOND_LEVEL_SUPPORT("second-level-support"), MONITORING("monitoring"), REPEATED_INCIDENTS("repeated-incidents");

		private final String formValue;

		Source(String formValue) {
			this.formValue = formValue;
		}

		@Override
		public String formValue() {
			return formValue;
		}
	}

	public enum Status { OPEN, CLOSED }

	/** A problem's description column holds 4000 characters. */
	static final int DESCRIPTION_LENGTH = 4000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@Column(name = "school_id", nullable = false)
	private String schoolId;
	@Column(nullable = false)
	private String reference;
	@Column(name = "service_id")
	private Long serviceId;
	@Column(name = "asset_reference")
	private String assetReference;
	@Column(nullable = false)
	private String description;
	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Source source;
	@Column(name = "raised_by")
	private String raisedBy;
	@Column(name = "raised_at", nullable = false)
	private Instant raisedAt;
	@Column(name = "root_cause")
	private String rootCause;
	private String workaround;
	@Column(name = "change_reference")
	private String changeReference;
	@Column(name = "change_outcome")
	private String changeOutcome;
	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;
	@Column(name = "verified_at")
	private Instant verifiedAt;
	@Column(name = "closed_at")
	private Instant closedAt;

	protected Problem() {
	}

	Problem(String schoolId, String reference, Long serviceId, String assetReference, String description, Source source,
			String raisedBy, Instant raisedAt) {
		this.schoolId = schoolId;
		this.reference = reference;
		this.serviceId = serviceId;
		this.assetReference = assetReference;
		this.description = description.length() <= DESCRIPTION_LENGTH ? description
				: description.substring(0, DESCRIPTION_LENGTH - 3) + "...";
		this.source = source;
		this.raisedBy = raisedBy;
		this.raisedAt = raisedAt;
		this.status = Status.OPEN;
	}

	void diagnosed(String rootCause, String workaround) {
		this.rootCause = rootCause.trim();
		this.workaround = workaround == null || workaround.isBlank() ? null : workaround.trim();
	}

	void changeFinished(String changeReference, String changeOutcome) {
		this.changeReference = changeReference;
		this.changeOutcome = changeOutcome;
	}

	/** The fix is verified: the problem is closed. */
	void closed(Instant at) {
		this.status = Status.CLOSED;
		this.verifiedAt = at;
		this.closedAt = at;
	}

	/** Maintenance investigates what its monitoring found; second-level support everything else. */
	public Investigator investigator() {
		return Investigator.of(source);
	}

	public Long getId() { return id; }
	public String getSchoolId() { return schoolId; }
	public String getReference() { return reference; }
	public Long getServiceId() { return serviceId; }
	public String getAssetReference() { return assetReference; }
	public String getDescription() { return description; }
	public Source getSource() { return source; }
	public String getRaisedBy() { return raisedBy; }
	public Instant getRaisedAt() { return raisedAt; }
	public String getRootCause() { return rootCause; }
	public String getWorkaround() { return workaround; }
	public String getChangeReference() { return changeReference; }
	public String getChangeOutcome() { return changeOutcome; }
	public Status getStatus() { return status; }
	public Instant getVerifiedAt() { return verifiedAt; }
	public Instant getClosedAt() { return closedAt; }
}

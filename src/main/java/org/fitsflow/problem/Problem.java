package org.fitsflow.problem;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** The underlying cause of one or more incidents (003 glossary), from detection to a verified fix. */
@Entity
public class Problem {

	public enum Source { SECOND_LEVEL_SUPPORT, MONITORING, REPEATED_INCIDENTS }

	public enum Status { OPEN, CLOSED }

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
	String rootCause;
	String workaround;
	@Column(name = "change_reference")
	String changeReference;
	@Column(name = "change_outcome")
	String changeOutcome;
	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	Status status;
	@Column(name = "verified_at")
	Instant verifiedAt;
	@Column(name = "closed_at")
	Instant closedAt;

	protected Problem() {
	}

	Problem(String schoolId, String reference, Long serviceId, String assetReference, String description, Source source,
			String raisedBy, Instant raisedAt) {
		this.schoolId = schoolId;
		this.reference = reference;
		this.serviceId = serviceId;
		this.assetReference = assetReference;
		this.description = description;
		this.source = source;
		this.raisedBy = raisedBy;
		this.raisedAt = raisedAt;
		this.status = Status.OPEN;
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

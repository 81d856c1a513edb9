package org.fitsflow.servicelevel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * The service catalogue as agreed on a date: the baseline a yearly review (or an imported spreadsheet) set, kept
 * beside earlier years'. The live catalogue ({@link CatalogueService}) is brought to it when it is recorded.
 */
@Entity
@Table(name = "catalogue_version")
public class CatalogueVersion {

	public enum Source { REVIEW, IMPORT }

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@Column(name = "school_id", nullable = false)
	private String schoolId;
	@Column(name = "version_number", nullable = false)
	private int versionNumber;
	@Column(name = "effective_from", nullable = false)
	private LocalDate effectiveFrom;
	@Column(name = "agreed_at", nullable = false)
	private Instant agreedAt;
	@Column(name = "agreed_by", nullable = false)
	private String agreedBy;
	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Source source;
	@Column(name = "review_reference")
	private String reviewReference;
	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "catalogue_version_id", nullable = false)
	@OrderBy("position")
	private List<VersionedService> services = new ArrayList<>();

	protected CatalogueVersion() {
	}

	CatalogueVersion(String schoolId, int versionNumber, LocalDate effectiveFrom, Source source, String reviewReference,
			List<ServiceDetails> services, String agreedBy, Instant agreedAt) {
		this.schoolId = schoolId;
		this.versionNumber = versionNumber;
		this.effectiveFrom = effectiveFrom;
		this.source = source;
		this.reviewReference = reviewReference;
		this.agreedBy = agreedBy;
		this.agreedAt = agreedAt;
		for (int i = 0; i < services.size(); i++) {
			this.services.add(new VersionedService(i + 1, services.get(i)));
		}
	}

	public Long getId() { return id; }
	public String getSchoolId() { return schoolId; }
	public int getVersionNumber() { return versionNumber; }
	public LocalDate getEffectiveFrom() { return effectiveFrom; }
	public Instant getAgreedAt() { return agreedAt; }
	public String getAgreedBy() { return agreedBy; }
	public Source getSource() { return source; }
	public String getReviewReference() { return reviewReference; }

	/** The services as agreed, in the catalogue's order. */
	public List<ServiceDetails> services() {
		return services.stream().map(VersionedService::details).toList();
	}
}

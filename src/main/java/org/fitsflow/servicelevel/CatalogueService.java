package org.fitsflow.servicelevel;

import java.time.Duration;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One ICT service of a school's service catalogue, as agreed now (001, task 1). */
@Entity
@Table(name = "catalogue_service")
public class CatalogueService {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "school_id", nullable = false)
	private String schoolId;

	@Embedded
	private ServiceAgreement agreed;

	/** The date a catalogue version left it out; incidents logged against it keep it, new ones cannot choose it. */
	@Column(name = "retired_on")
	private LocalDate retiredOn;

	protected CatalogueService() {
	}

	public CatalogueService(String schoolId) {
		this.schoolId = schoolId;
	}

	public Long getId() {
		return id;
	}

	public String getSchoolId() {
		return schoolId;
	}

	public String getName() {
		return agreed.name();
	}

	public String getDescription() {
		return agreed.description();
	}

	public String getAvailabilityRequired() {
		return agreed.availabilityRequired();
	}

	public String getEndUserGroups() {
		return agreed.endUserGroups();
	}

	public Importance getImportance() {
		return agreed.importance();
	}

	/** Agreed response time in school time, or null for the incident-targets table's. */
	public Duration getResponseTime() {
		return agreed.responseTime();
	}

	public Duration getFixTime() {
		return agreed.fixTime();
	}

	public SupportedBy getSupportedByKind() {
		return agreed.supportedByKind();
	}

	public boolean isSupportedByProvider() {
		return agreed.supportedByKind() == SupportedBy.SERVICE_PROVIDER;
	}

	public String getSupportedByUserId() {
		return agreed.supportedByUserId();
	}

	public String getProviderName() {
		return agreed.providerName();
	}

	public String getProviderServiceDeskEmail() {
		return agreed.providerServiceDeskEmail();
	}

	public LocalDate getRetiredOn() {
		return retiredOn;
	}

	public boolean isRetired() {
		return retiredOn != null;
	}

	/** Its agreed details, as the catalogue's spreadsheet and a catalogue version hold them. */
	public ServiceDetails details() {
		return agreed.details();
	}

	void retire(LocalDate on) {
		this.retiredOn = on;
	}

	/** Who supports it, in words for forms and e-mails. */
	public String supportedByDescription() {
		return isSupportedByProvider() ? getProviderName() + " (service desk " + getProviderServiceDeskEmail() + ")"
				: "second-level support at the school" + (getSupportedByUserId() == null ? "" : " (" + getSupportedByUserId() + ")");
	}

	/** Takes the agreed details, and is back in the catalogue if it had been retired. */
	void update(ServiceDetails details) {
		this.agreed = ServiceAgreement.of(details);
		this.retiredOn = null;
	}
}

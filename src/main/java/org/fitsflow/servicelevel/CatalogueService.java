package org.fitsflow.servicelevel;

import java.time.Duration;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One ICT service of a school's service catalogue, with the fields of FITS's template (001, task 1). */
@Entity
@Table(name = "catalogue_service")
public class CatalogueService {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "school_id", nullable = false)
	private String schoolId;

	@Column(nullable = false)
	private String name;

	private String description;

	@Column(name = "availability_required")
	private String availabilityRequired;

	@Column(name = "end_user_groups")
	private String endUserGroups;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Importance importance;

	/** Agreed response time in school time (ISO-8601), or null for the incident-targets table's. */
	@Column(name = "response_time")
	private String responseTime;

	@Column(name = "fix_time")
	private String fixTime;

	@Enumerated(EnumType.STRING)
	@Column(name = "supported_by_kind", nullable = false)
	private SupportedBy supportedByKind;

	@Column(name = "supported_by_user_id")
	private String supportedByUserId;

	@Column(name = "provider_name")
	private String providerName;

	@Column(name = "provider_service_desk_email")
	private String providerServiceDeskEmail;

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
		return name;
	}

	public String getDescription() {
		return description;
	}

	public String getAvailabilityRequired() {
		return availabilityRequired;
	}

	public String getEndUserGroups() {
		return endUserGroups;
	}

	public Importance getImportance() {
		return importance;
	}

	public Duration getResponseTime() {
		return responseTime == null ? null : Duration.parse(responseTime);
	}

	public Duration getFixTime() {
		return fixTime == null ? null : Duration.parse(fixTime);
	}

	public SupportedBy getSupportedByKind() {
		return supportedByKind;
	}

	public boolean isSupportedByProvider() {
		return supportedByKind == SupportedBy.SERVICE_PROVIDER;
	}

	public String getSupportedByUserId() {
		return supportedByUserId;
	}

	public String getProviderName() {
		return providerName;
	}

	public String getProviderServiceDeskEmail() {
		return providerServiceDeskEmail;
	}

	public LocalDate getRetiredOn() {
		return retiredOn;
	}

	public boolean isRetired() {
		return retiredOn != null;
	}

	/** Its agreed details, as the catalogue's spreadsheet and a catalogue version hold them. */
	public ServiceDetails details() {
		return new ServiceDetails(name, description, availabilityRequired, endUserGroups, importance, getResponseTime(),
				getFixTime(), supportedByKind, supportedByUserId, providerName, providerServiceDeskEmail);
	}

	void retire(LocalDate on) {
		this.retiredOn = on;
	}

	/** Who supports it, in words for forms and e-mails. */
	public String supportedByDescription() {
		return isSupportedByProvider() ? providerName + " (service desk " + providerServiceDeskEmail + ")"
				: "second-level support at the school" + (supportedByUserId == null ? "" : " (" + supportedByUserId + ")");
	}

	void update(ServiceDetails details) {
		this.name = details.name().trim();
		this.description = details.description();
		this.availabilityRequired = details.availabilityRequired();
		this.endUserGroups = details.endUserGroups();
		this.importance = details.importance();
		this.responseTime = details.responseTime() == null ? null : details.responseTime().toString();
		this.fixTime = details.fixTime() == null ? null : details.fixTime().toString();
		this.supportedByKind = details.supportedBy();
		this.supportedByUserId = details.supportedBy() == SupportedBy.PERSON ? details.supportedByUserId() : null;
		this.providerName = details.supportedBy() == SupportedBy.SERVICE_PROVIDER ? details.providerName() : null;
		this.providerServiceDeskEmail = details.supportedBy() == SupportedBy.SERVICE_PROVIDER
				? details.providerServiceDeskEmail() : null;
		this.retiredOn = null;
	}
}

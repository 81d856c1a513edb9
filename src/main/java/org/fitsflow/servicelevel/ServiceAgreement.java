package org.fitsflow.servicelevel;

import java.time.Duration;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One service as the catalogue agrees it, with the fields of FITS's template (001, task 1): what it is, how available
 * it must be, who uses it, how important it is, the response and fix times (school time; none for the incident-targets
 * table's) and who supports it. The live catalogue and every dated version of it hold the same columns.
 */
@Embeddable
class ServiceAgreement {

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

	protected ServiceAgreement() {
	}

	/** The details as agreed; who supports it is kept only for the kind of support chosen. */
	static ServiceAgreement of(ServiceDetails details) {
		ServiceAgreement agreed = new ServiceAgreement();
		agreed.name = details.name().trim();
		agreed.description = details.description();
		agreed.availabilityRequired = details.availabilityRequired();
		agreed.endUserGroups = details.endUserGroups();
		agreed.importance = details.importance();
		agreed.responseTime = details.responseTime() == null ? null : details.responseTime().toString();
		agreed.fixTime = details.fixTime() == null ? null : details.fixTime().toString();
		agreed.supportedByKind = details.supportedBy();
		boolean provider = details.supportedBy() == SupportedBy.SERVICE_PROVIDER;
		agreed.supportedByUserId = provider ? null : details.supportedByUserId();
		agreed.providerName = provider ? details.providerName() : null;
		agreed.providerServiceDeskEmail = provider ? details.providerServiceDeskEmail() : null;
		return agreed;
	}

	ServiceDetails details() {
		return new ServiceDetails(name, description, availabilityRequired, endUserGroups, importance, responseTime(),
				fixTime(), supportedByKind, supportedByUserId, providerName, providerServiceDeskEmail);
	}

	String name() { return name; }
	String description() { return description; }
	String availabilityRequired() { return availabilityRequired; }
	String endUserGroups() { return endUserGroups; }
	Importance importance() { return importance; }
	Duration responseTime() { return responseTime == null ? null : Duration.parse(responseTime); }
	Duration fixTime() { return fixTime == null ? null : Duration.parse(fixTime); }
	SupportedBy supportedByKind() { return supportedByKind; }
	String supportedByUserId() { return supportedByUserId; }
	String providerName() { return providerName; }
	String providerServiceDeskEmail() { return providerServiceDeskEmail; }
}

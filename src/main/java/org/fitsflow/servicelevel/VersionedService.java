package org.fitsflow.servicelevel;

import java.time.Duration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One service of a catalogue version, with the fields of the FITS template as they were agreed. */
@Entity
@Table(name = "catalogue_version_service")
class VersionedService {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@Column(nullable = false)
	private int position;
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

	protected VersionedService() {
	}

	VersionedService(int position, ServiceDetails details) {
		this.position = position;
		this.name = details.name();
		this.description = details.description();
		this.availabilityRequired = details.availabilityRequired();
		this.endUserGroups = details.endUserGroups();
		this.importance = details.importance();
		this.responseTime = details.responseTime() == null ? null : details.responseTime().toString();
		this.fixTime = details.fixTime() == null ? null : details.fixTime().toString();
		this.supportedByKind = details.supportedBy();
		this.supportedByUserId = details.supportedByUserId();
		this.providerName = details.providerName();
		this.providerServiceDeskEmail = details.providerServiceDeskEmail();
	}

	ServiceDetails details() {
		return new ServiceDetails(name, description, availabilityRequired, endUserGroups, importance,
				responseTime == null ? null : Duration.parse(responseTime), fixTime == null ? null : Duration.parse(fixTime),
				supportedByKind, supportedByUserId, providerName, providerServiceDeskEmail);
	}
}

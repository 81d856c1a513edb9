package org.fitsflow.servicelevel;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One service of a catalogue version, as it was agreed, in the version's order. */
@Entity
@Table(name = "catalogue_version_service")
class VersionedService {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@Column(nullable = false)
	private int position;
	@Embedded
	private ServiceAgreement agreed;

	protected VersionedService() {
	}

	VersionedService(int position, ServiceDetails details) {
		this.position = position;
		this.agreed = ServiceAgreement.of(details);
	}

	ServiceDetails details() {
		return agreed.details();
	}
}

package org.fitsflow.maintenance;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A note maintenance made while monitoring the network (002), with the problem it raised if it found a potential one. */
@Entity
@Table(name = "monitoring_note")
public class MonitoringNote {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "school_id", nullable = false)
	private String schoolId;

	@Column(nullable = false)
	private String note;

	@Column(name = "asset_reference")
	private String assetReference;

	@Column(name = "service_id")
	private Long serviceId;

	@Column(name = "problem_reference")
	private String problemReference;

	@Column(name = "recorded_by", nullable = false)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected MonitoringNote() {
	}

	MonitoringNote(String schoolId, String note, String assetReference, Long serviceId, String recordedBy,
			Instant recordedAt) {
		this.schoolId = schoolId;
		this.note = note;
		this.assetReference = assetReference;
		this.serviceId = serviceId;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	void problemRaised(String reference) {
		this.problemReference = reference;
	}

	public Long getId() { return id; }
	public String getSchoolId() { return schoolId; }
	public String getNote() { return note; }
	public String getAssetReference() { return assetReference; }
	public Long getServiceId() { return serviceId; }
	public String getProblemReference() { return problemReference; }
	public String getRecordedBy() { return recordedBy; }
	public Instant getRecordedAt() { return recordedAt; }
}

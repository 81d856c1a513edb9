package org.fitsflow.maintenance;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A server's disk space as maintenance measured it while monitoring: capacity and space free, in GB. */
@Entity
@Table(name = "disk_space_reading")
public class DiskSpaceReading {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "note_id", nullable = false)
	private Long noteId;

	@Column(name = "school_id", nullable = false)
	private String schoolId;

	@Column(name = "asset_reference", nullable = false)
	private String assetReference;

	@Column(name = "capacity_gb", nullable = false)
	private BigDecimal capacityGb;

	@Column(name = "free_gb", nullable = false)
	private BigDecimal freeGb;

	@Column(name = "measured_at", nullable = false)
	private Instant measuredAt;

	protected DiskSpaceReading() {
	}

	DiskSpaceReading(MonitoringNote note, String assetReference, BigDecimal capacityGb, BigDecimal freeGb) {
		this.noteId = note.getId();
		this.schoolId = note.getSchoolId();
		this.assetReference = assetReference;
		this.capacityGb = capacityGb;
		this.freeGb = freeGb;
		this.measuredAt = note.getRecordedAt();
	}

	public Long getId() { return id; }
	public Long getNoteId() { return noteId; }
	public String getSchoolId() { return schoolId; }
	public String getAssetReference() { return assetReference; }
	public BigDecimal getCapacityGb() { return capacityGb; }
	public BigDecimal getFreeGb() { return freeGb; }
	public Instant getMeasuredAt() { return measuredAt; }
}

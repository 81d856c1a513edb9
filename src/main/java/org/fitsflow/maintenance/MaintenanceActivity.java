package org.fitsflow.maintenance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/**
 * One activity of a school's preventative maintenance schedule (002, 003): what maintenance does, to which items and
 * services, how often, whether it takes a service down and in which window, and with whom that was agreed beforehand.
 */
@Entity
@Table(name = "maintenance_activity")
public class MaintenanceActivity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "school_id", nullable = false)
	private String schoolId;

	@Column(nullable = false)
	private String reference;

	@Column(nullable = false)
	private String what;

	private String instructions;

	@Column(nullable = false)
	private String recurrence;

	@Column(name = "first_due", nullable = false)
	private LocalDate firstDue;

	@Column(name = "takes_service_down", nullable = false)
	private boolean takesServiceDown;

	@Column(name = "downtime_from")
	private LocalTime downtimeFrom;

	@Column(name = "downtime_to")
	private LocalTime downtimeTo;

	@Column(name = "agreed_with", nullable = false)
	private String agreedWith;

	@Column(name = "agreed_on", nullable = false)
	private LocalDate agreedOn;

	@Column(name = "recorded_by", nullable = false)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	@Column(name = "retired_on")
	private LocalDate retiredOn;

	/** The catalogue services it touches, by id (a renamed service stays the same one). */
	@ElementCollection
	@CollectionTable(name = "maintenance_activity_service", joinColumns = @JoinColumn(name = "activity_id"))
	@Column(name = "service_id")
	private Set<Long> serviceIds = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "maintenance_activity_item", joinColumns = @JoinColumn(name = "activity_id"))
	@Column(name = "asset_reference")
	private Set<String> assetReferences = new LinkedHashSet<>();

	protected MaintenanceActivity() {
	}

	MaintenanceActivity(String schoolId, String reference, String recordedBy, Instant recordedAt) {
		this.schoolId = schoolId;
		this.reference = reference;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	/** Takes the checked details (see {@link MaintenanceSchedule}). */
	void describe(ActivityDetails details, Set<Long> services, Set<String> items) {
		this.what = details.what();
		this.instructions = details.instructions();
		this.recurrence = details.recurrence().toUpperCase();
		this.firstDue = details.firstDue();
		this.takesServiceDown = Boolean.TRUE.equals(details.takesServiceDown());
		this.downtimeFrom = takesServiceDown ? details.downtimeFrom() : null;
		this.downtimeTo = takesServiceDown ? details.downtimeTo() : null;
		this.agreedWith = details.agreedWith();
		this.agreedOn = details.agreedOn();
		this.serviceIds.clear();
		this.serviceIds.addAll(services);
		this.assetReferences.clear();
		this.assetReferences.addAll(items);
	}

	void retired(LocalDate on) {
		this.retiredOn = on;
	}

	public boolean isRetired() {
		return retiredOn != null;
	}

	public Period period() {
		return Period.parse(recurrence);
	}

	public Long getId() { return id; }
	public String getSchoolId() { return schoolId; }
	public String getReference() { return reference; }
	public String getWhat() { return what; }
	public String getInstructions() { return instructions; }
	public String getRecurrence() { return recurrence; }
	public LocalDate getFirstDue() { return firstDue; }
	public boolean isTakesServiceDown() { return takesServiceDown; }
	public LocalTime getDowntimeFrom() { return downtimeFrom; }
	public LocalTime getDowntimeTo() { return downtimeTo; }
	public String getAgreedWith() { return agreedWith; }
	public LocalDate getAgreedOn() { return agreedOn; }
	public String getRecordedBy() { return recordedBy; }
	public Instant getRecordedAt() { return recordedAt; }
	public LocalDate getRetiredOn() { return retiredOn; }
	public Set<Long> getServiceIds() { return serviceIds; }
	public Set<String> getAssetReferences() { return assetReferences; }
}

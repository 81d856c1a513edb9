package org.fitsflow.configuration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
 * A dated baseline of a school's register (003, glossary: "a snapshot of a position that is recorded; although the
 * position may change, the baseline remains unchanged and available as a reference of the original state").
 */
@Entity
@Table(name = "configuration_baseline")
public class ConfigurationBaseline {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "school_id", nullable = false)
	private String schoolId;

	@Column(name = "taken_on", nullable = false)
	private LocalDate takenOn;

	@Column(name = "taken_at", nullable = false)
	private Instant takenAt;

	@Column(name = "taken_by", nullable = false)
	private String takenBy;

	private String description;

	@ElementCollection
	@CollectionTable(name = "configuration_baseline_item", joinColumns = @JoinColumn(name = "baseline_id"))
	private List<BaselineEntry> entries = new ArrayList<>();

	protected ConfigurationBaseline() {
	}

	ConfigurationBaseline(String schoolId, LocalDate takenOn, Instant takenAt, String takenBy, String description,
			List<ItemDetails> items) {
		this.schoolId = schoolId;
		this.takenOn = takenOn;
		this.takenAt = takenAt;
		this.takenBy = takenBy;
		this.description = description;
		items.forEach(i -> entries.add(new BaselineEntry(i)));
	}

	public Long getId() {
		return id;
	}

	public String getSchoolId() {
		return schoolId;
	}

	public LocalDate getTakenOn() {
		return takenOn;
	}

	public Instant getTakenAt() {
		return takenAt;
	}

	public String getTakenBy() {
		return takenBy;
	}

	public String getDescription() {
		return description;
	}

	public int size() {
		return entries.size();
	}

	List<ItemDetails> items() {
		return entries.stream().map(BaselineEntry::details).toList();
	}
}

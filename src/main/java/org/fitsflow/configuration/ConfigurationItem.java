package org.fitsflow.configuration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;

/** One configuration item of a school's register (003, glossary): an ICT asset, hardware or software, and its relations. */
@Entity
@Table(name = "configuration_item")
public class ConfigurationItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "school_id", nullable = false)
	private String schoolId;

	@Column(name = "asset_reference", nullable = false)
	private String assetReference;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(name = "item_type", nullable = false)
	private ItemType type;

	private String location;
	private String supplier;

	@Column(name = "purchase_date")
	private LocalDate purchaseDate;

	@Column(name = "warranty_end")
	private LocalDate warrantyEnd;

	@Column(name = "licence_count")
	private Integer licenceCount;

	@Column(name = "licence_expiry")
	private LocalDate licenceExpiry;

	/** The catalogue services it supports, by their ids (the catalogue keeps a service's id when it is renamed). */
	@ElementCollection
	@CollectionTable(name = "configuration_item_service", joinColumns = @JoinColumn(name = "item_id"))
	@Column(name = "service_id")
	private Set<Long> serviceIds = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "configuration_item_dependency", joinColumns = @JoinColumn(name = "item_id"),
			inverseJoinColumns = @JoinColumn(name = "depends_on_id"))
	private Set<ConfigurationItem> dependsOn = new LinkedHashSet<>();

	@Column(name = "installed_by_change")
	private String installedByChange;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	@Column(name = "last_change")
	private String lastChange;

	@Column(name = "last_changed_on")
	private LocalDate lastChangedOn;

	@Column(name = "removed_on")
	private LocalDate removedOn;

	protected ConfigurationItem() {
	}

	ConfigurationItem(String schoolId, String assetReference, Instant recordedAt, String installedByChange) {
		this.schoolId = schoolId;
		this.assetReference = assetReference;
		this.recordedAt = recordedAt;
		this.installedByChange = installedByChange;
	}

	/** Takes the recorded details (the services and dependencies resolved by the register); back in service if removed. */
	void update(ItemDetails details, Set<Long> services, Set<ConfigurationItem> dependencies) {
		this.name = details.name();
		this.type = details.type();
		this.location = details.location();
		this.supplier = details.supplier();
		this.purchaseDate = details.purchaseDate();
		this.warrantyEnd = details.warrantyEnd();
		this.licenceCount = details.licenceCount();
		this.licenceExpiry = details.licenceExpiry();
		this.serviceIds.clear();
		this.serviceIds.addAll(services);
		this.dependsOn.clear();
		this.dependsOn.addAll(dependencies);
		this.removedOn = null;
	}

	/** A request for change that named it was carried out (wholly or partly) on that day. */
	void changedBy(String changeReference, LocalDate on) {
		this.lastChange = changeReference;
		this.lastChangedOn = on;
	}

	void remove(LocalDate on) {
		this.removedOn = on;
	}

	public Long getId() {
		return id;
	}

	public String getSchoolId() {
		return schoolId;
	}

	public String getAssetReference() {
		return assetReference;
	}

	public String getName() {
		return name;
	}

	public ItemType getType() {
		return type;
	}

	public String getLocation() {
		return location;
	}

	public String getSupplier() {
		return supplier;
	}

	public LocalDate getPurchaseDate() {
		return purchaseDate;
	}

	public LocalDate getWarrantyEnd() {
		return warrantyEnd;
	}

	public Integer getLicenceCount() {
		return licenceCount;
	}

	public LocalDate getLicenceExpiry() {
		return licenceExpiry;
	}

	Set<Long> getServiceIds() {
		return serviceIds;
	}

	Set<ConfigurationItem> getDependsOn() {
		return dependsOn;
	}

	public String getInstalledByChange() {
		return installedByChange;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

	public String getLastChange() {
		return lastChange;
	}

	public LocalDate getLastChangedOn() {
		return lastChangedOn;
	}

	public LocalDate getRemovedOn() {
		return removedOn;
	}

	public boolean isRemoved() {
		return removedOn != null;
	}
}

package org.fitsflow.configuration;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One item as a baseline recorded it; never changed afterwards. */
@Embeddable
class BaselineEntry {

	private static final String SEPARATOR = "\n";

	@Column(name = "asset_reference", nullable = false)
	private String assetReference;
	@Column(nullable = false)
	private String name;
	@Enumerated(EnumType.STRING)
	@Column(name = "item_type", nullable = false)
	private ItemType type;
	private String location;
	private String services;
	@Column(name = "depends_on")
	private String dependsOn;
	private String supplier;
	@Column(name = "purchase_date")
	private LocalDate purchaseDate;
	@Column(name = "warranty_end")
	private LocalDate warrantyEnd;
	@Column(name = "licence_count")
	private Integer licenceCount;
	@Column(name = "licence_expiry")
	private LocalDate licenceExpiry;

	protected BaselineEntry() {
	}

	BaselineEntry(ItemDetails d) {
		this.assetReference = d.assetReference();
		this.name = d.name();
		this.type = d.type();
		this.location = d.location();
		this.services = String.join(SEPARATOR, d.services());
		this.dependsOn = String.join(SEPARATOR, d.dependsOn());
		this.supplier = d.supplier();
		this.purchaseDate = d.purchaseDate();
		this.warrantyEnd = d.warrantyEnd();
		this.licenceCount = d.licenceCount();
		this.licenceExpiry = d.licenceExpiry();
	}

	ItemDetails details() {
		return new ItemDetails(assetReference, name, type, location, list(services), list(dependsOn), supplier,
				purchaseDate, warrantyEnd, licenceCount, licenceExpiry);
	}

	private static List<String> list(String joined) {
		return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(SEPARATOR));
	}
}

package org.fitsflow.configuration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One discrepancy an asset audit found between the register and what is there: the item (or the asset found without
 * a record), what differs, and how it was resolved: the correction made to the register, or the request for change
 * raised for it.
 */
@Entity
@Table(name = "asset_audit_discrepancy")
public class AssetAuditDiscrepancy {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@Column(name = "line_no", nullable = false)
	private int lineNo;
	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DiscrepancyKind kind;
	@Column(name = "asset_reference", nullable = false)
	private String assetReference;
	@Enumerated(EnumType.STRING)
	@Column(name = "audited_field")
	private AuditedField field;
	@Column(name = "recorded_value")
	private String recordedValue;
	@Column(name = "found_value")
	private String foundValue;
	@Enumerated(EnumType.STRING)
	@Column(name = "item_type")
	private ItemType itemType;
	private String location;
	private String description;
	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DiscrepancyResolution resolution;
	private String correction;
	@Column(name = "change_reference")
	private String changeReference;

	protected AssetAuditDiscrepancy() {
	}

	AssetAuditDiscrepancy(int lineNo, DiscrepancyKind kind, String assetReference, AuditedField field,
			String recordedValue, String foundValue, ItemType itemType, String location, String description,
			DiscrepancyResolution resolution) {
		this.lineNo = lineNo;
		this.kind = kind;
		this.assetReference = assetReference;
		this.field = field;
		this.recordedValue = recordedValue;
		this.foundValue = foundValue;
		this.itemType = itemType;
		this.location = location;
		this.description = description;
		this.resolution = resolution;
	}

	/** The register was corrected: what was changed in it. */
	void corrected(String correction) {
		this.correction = correction;
	}

	/** A request for change was raised for it. */
	void changeRaised(String changeReference) {
		this.changeReference = changeReference;
	}

	public Long getId() { return id; }
	public int getLineNo() { return lineNo; }
	public DiscrepancyKind getKind() { return kind; }
	public String getAssetReference() { return assetReference; }
	public AuditedField getField() { return field; }
	public String getRecordedValue() { return recordedValue; }
	public String getFoundValue() { return foundValue; }
	public ItemType getItemType() { return itemType; }
	public String getLocation() { return location; }
	public String getDescription() { return description; }
	public DiscrepancyResolution getResolution() { return resolution; }
	public String getCorrection() { return correction; }
	public String getChangeReference() { return changeReference; }
}

package org.fitsflow.finance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of the expenditure record: what was spent, on what, with whom, and the request for change behind it. */
@Entity
@Table(name = "expenditure_entry")
public class ExpenditureEntry {

	/** Whether the amount is the cost the ICT owner approved or what was actually spent. */
	public enum CostBasis {
		APPROVED, ACTUAL
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "school_id", nullable = false)
	private String schoolId;

	@Column(nullable = false)
	private String period;

	@Column(name = "entry_date", nullable = false)
	private LocalDate date;

	@Convert(converter = CategoryConverter.class)
	@Column(nullable = false)
	private ExpenditureCategory category;

	@Column(name = "sub_category")
	private String subCategory;

	@Column(nullable = false)
	private String description;

	private String supplier;

	@Column(nullable = false, precision = 12, scale = 2)
	private BigDecimal amount;

	@Column(name = "change_reference")
	private String changeReference;

	@Enumerated(EnumType.STRING)
	@Column(name = "cost_basis", nullable = false)
	private CostBasis costBasis;

	@Column(name = "recorded_by", nullable = false)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected ExpenditureEntry() {
	}

	ExpenditureEntry(String schoolId, FinancialPeriod period, LocalDate date, ExpenditureCategory category,
			String subCategory, String description, String supplier, BigDecimal amount, String changeReference,
			CostBasis costBasis, String recordedBy, Instant recordedAt) {
		this.schoolId = schoolId;
		this.period = period.label();
		this.date = date;
		this.category = category;
		this.subCategory = subCategory;
		this.description = description;
		this.supplier = supplier;
		this.amount = amount;
		this.changeReference = changeReference;
		this.costBasis = costBasis;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	/** The actual cost replaces the approved one once the change is done. */
	void actualCost(BigDecimal actual, String by, Instant at) {
		this.amount = actual;
		this.costBasis = CostBasis.ACTUAL;
		this.recordedBy = by;
		this.recordedAt = at;
	}

	public Long getId() {
		return id;
	}

	public String getSchoolId() {
		return schoolId;
	}

	public String getPeriod() {
		return period;
	}

	public LocalDate getDate() {
		return date;
	}

	public ExpenditureCategory getCategory() {
		return category;
	}

	public String getSubCategory() {
		return subCategory;
	}

	public String getDescription() {
		return description;
	}

	public String getSupplier() {
		return supplier;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public String getChangeReference() {
		return changeReference;
	}

	public CostBasis getCostBasis() {
		return costBasis;
	}

	public String getRecordedBy() {
		return recordedBy;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

	@jakarta.persistence.Converter
	static class CategoryConverter implements jakarta.persistence.AttributeConverter<ExpenditureCategory, String> {
		@Override
		public String convertToDatabaseColumn(ExpenditureCategory category) {
			return category == null ? null : category.id();
		}

		@Override
		public ExpenditureCategory convertToEntityAttribute(String id) {
			return id == null ? null : ExpenditureCategory.ofId(id);
		}
	}
}

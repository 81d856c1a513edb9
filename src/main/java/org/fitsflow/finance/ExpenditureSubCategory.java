package org.fitsflow.finance;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A column that replaces its category in one period's record (001: hardware into personal computers, ...). */
@Entity
@Table(name = "expenditure_sub_category")
public class ExpenditureSubCategory {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "school_id", nullable = false)
	private String schoolId;

	@Column(nullable = false)
	private String period;

	@Convert(converter = ExpenditureEntry.CategoryConverter.class)
	@Column(nullable = false)
	private ExpenditureCategory category;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private int position;

	protected ExpenditureSubCategory() {
	}

	ExpenditureSubCategory(String schoolId, String period, ExpenditureCategory category, String name, int position) {
		this.schoolId = schoolId;
		this.period = period;
		this.category = category;
		this.name = name;
		this.position = position;
	}

	public ExpenditureCategory getCategory() {
		return category;
	}

	public String getName() {
		return name;
	}

	public int getPosition() {
		return position;
	}
}

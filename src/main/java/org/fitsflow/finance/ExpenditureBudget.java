package org.fitsflow.finance;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The ICT budget of a school for one financial period. */
@Entity
@Table(name = "expenditure_budget")
public class ExpenditureBudget {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "school_id", nullable = false)
	private String schoolId;

	@Column(nullable = false)
	private String period;

	@Column(nullable = false, precision = 12, scale = 2)
	private BigDecimal amount;

	@Column(name = "set_by", nullable = false)
	private String setBy;

	@Column(name = "set_at", nullable = false)
	private Instant setAt;

	protected ExpenditureBudget() {
	}

	ExpenditureBudget(String schoolId, String period) {
		this.schoolId = schoolId;
		this.period = period;
	}

	void set(BigDecimal amount, String by, Instant at) {
		this.amount = amount;
		this.setBy = by;
		this.setAt = at;
	}

	public String getPeriod() {
		return period;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public String getSetBy() {
		return setBy;
	}

	public Instant getSetAt() {
		return setAt;
	}
}

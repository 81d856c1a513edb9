package org.fitsflow.finance;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A school's financial period: twelve months from a configured start month (April by default, so 2026-27 runs from
 * 1 April 2026 to 31 March 2027). A period that starts in January is named by its year alone (2026).
 */
public record FinancialPeriod(int startYear, int startMonth) {

	private static final Pattern LABEL = Pattern.compile("(\\d{4})(?:-(\\d{2}))?");

	public FinancialPeriod {
		if (startMonth < 1 || startMonth > 12) {
			throw new IllegalArgumentException("The financial period's start month must be 1 to 12, not " + startMonth + ".");
		}
	}

	public static FinancialPeriod containing(LocalDate date, int startMonth) {
		int year = date.getMonthValue() >= startMonth ? date.getYear() : date.getYear() - 1;
		return new FinancialPeriod(year, startMonth);
	}

	/** Reads a label such as 2026-27 (or 2026 when periods start in January); refuses one that names no period. */
	public static FinancialPeriod parse(String label, int startMonth) {
		Matcher m = label == null ? null : LABEL.matcher(label.trim());
		if (m == null || !m.matches()) {
			throw new IllegalArgumentException("period: '" + label + "' is not a financial period; write it like "
					+ new FinancialPeriod(2026, startMonth).label() + ".");
		}
		FinancialPeriod period = new FinancialPeriod(Integer.parseInt(m.group(1)), startMonth);
		if (!period.label().equals(label.trim())) {
			throw new IllegalArgumentException("period: '" + label + "' is not a financial period here; periods start in month "
					+ startMonth + ", so write it like " + period.label() + ".");
		}
		return period;
	}

	public LocalDate firstDay() {
		return LocalDate.of(startYear, startMonth, 1);
	}

	public LocalDate lastDay() {
		return firstDay().plusYears(1).minusDays(1);
	}

	public boolean contains(LocalDate date) {
		return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
	}

	public FinancialPeriod next() {
		return new FinancialPeriod(startYear + 1, startMonth);
	}

	public String label() {
		return startMonth == 1 ? Integer.toString(startYear) : String.format("%d-%02d", startYear, (startYear + 1) % 100);
	}

	@Override
	public String toString() {
		return label();
	}
}

package org.fitsflow.finance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The expenditure record (001, task 5): every ICT cost as it is incurred, in the ten FITS categories, per financial
 * period and against that period's budget. Costs the ICT owner approves on a request for change are entered here
 * automatically and corrected to the actual cost when the change is done.
 */
@Service
@Transactional
public class Expenditure {

	/** What a new line of the record says. */
	public record NewEntry(LocalDate date, String category, String subCategory, String description, String supplier,
			BigDecimal amount, String changeReference) {
	}

	/** A cost set against the period's budget: what is left, and whether the cost would overspend. */
	public record BudgetCheck(String period, BigDecimal budget, BigDecimal spent, BigDecimal cost, BigDecimal remaining,
			boolean overspend, String summary) {
	}

	private final ExpenditureEntryRepository entries;
	private final ExpenditureBudgetRepository budgets;
	private final ExpenditureSubCategoryRepository subCategories;
	private final FinanceProperties properties;
	private final Clock clock;

	Expenditure(ExpenditureEntryRepository entries, ExpenditureBudgetRepository budgets,
			ExpenditureSubCategoryRepository subCategories, FinanceProperties properties, Clock clock) {
		this.entries = entries;
		this.budgets = budgets;
		this.subCategories = subCategories;
		this.properties = properties;
		this.clock = clock;
	}

	public FinancialPeriod period(String label) {
		return FinancialPeriod.parse(label, properties.periodStartMonth());
	}

	public FinancialPeriod periodOf(LocalDate date) {
		return FinancialPeriod.containing(date, properties.periodStartMonth());
	}

	public FinancialPeriod currentPeriod() {
		return periodOf(today());
	}

	/** The period's lines in date order; staff costs only when the caller may see them (the ICT owner). */
	@Transactional(readOnly = true)
	public List<ExpenditureEntry> entries(String schoolId, FinancialPeriod period, boolean includeStaffCosts) {
		return entries.findBySchoolIdAndPeriodOrderByDateAscIdAsc(schoolId, period.label()).stream()
			.filter(e -> includeStaffCosts || !e.getCategory().isSensitive())
			.toList();
	}

	public ExpenditureEntry add(String schoolId, NewEntry entry, String recordedBy) {
		if (entry.date() == null) {
			throw new IllegalArgumentException("date: say when the cost was incurred.");
		}
		if (entry.description() == null || entry.description().isBlank()) {
			throw new IllegalArgumentException("description: say what the money was spent on.");
		}
		if (entry.description().length() > 500) {
			throw new IllegalArgumentException("description: at most 500 characters.");
		}
		if (entry.supplier() != null && entry.supplier().length() > 200) {
			throw new IllegalArgumentException("supplier: at most 200 characters.");
		}
		checkAmount(entry.amount(), "amount");
		if (entry.amount().signum() == 0) {
			throw new IllegalArgumentException("amount: an entry records money spent, so more than zero.");
		}
		checkRecordable(entry.date());
		if (entry.changeReference() != null && entry.changeReference().trim().length() > 20) {
			throw new IllegalArgumentException("changeReference: the reference of a request for change, such as "
					+ "RFC-2026-0007 (at most 20 characters).");
		}
		ExpenditureCategory category = ExpenditureCategory.ofId(entry.category());
		FinancialPeriod period = periodOf(entry.date());
		String subCategory = checkSubCategory(schoolId, period, category, entry.subCategory());
		return entries.save(new ExpenditureEntry(schoolId, period, entry.date(), category, subCategory,
				entry.description().trim(), blankToNull(entry.supplier()), entry.amount(), blankToNull(entry.changeReference()),
				ExpenditureEntry.CostBasis.ACTUAL, recordedBy, clock.instant()));
	}

	@Transactional(readOnly = true)
	public Optional<BigDecimal> budget(String schoolId, FinancialPeriod period) {
		return budgets.findBySchoolIdAndPeriod(schoolId, period.label()).map(ExpenditureBudget::getAmount);
	}

	public ExpenditureBudget setBudget(String schoolId, FinancialPeriod period, BigDecimal amount, String setBy) {
		if (amount == null || amount.signum() < 0) {
			throw new IllegalArgumentException("amount: a budget is zero or more.");
		}
		checkAmount(amount, "amount");
		ExpenditureBudget budget = budgets.findBySchoolIdAndPeriod(schoolId, period.label())
			.orElseGet(() -> new ExpenditureBudget(schoolId, period.label()));
		budget.set(amount.setScale(2, java.math.RoundingMode.HALF_UP), setBy, clock.instant());
		return budgets.save(budget);
	}

	/** The sub-categories each category is split into for the period, in column order. */
	@Transactional(readOnly = true)
	public List<ExpenditureSubCategory> subCategories(String schoolId, FinancialPeriod period) {
		return subCategories.findBySchoolIdAndPeriodOrderByCategoryAscPositionAsc(schoolId, period.label());
	}

	/**
	 * Splits a category into sub-categories for a period (001's tip, for the category with the highest spend). Only
	 * before anything is recorded in that category for the period, so no line is left without a sub-category.
	 */
	public List<ExpenditureSubCategory> split(String schoolId, FinancialPeriod period, String categoryId, List<String> names) {
		ExpenditureCategory category = ExpenditureCategory.ofId(categoryId);
		Set<String> clean = new LinkedHashSet<>();
		for (String name : names == null ? List.<String>of() : names) {
			if (name != null && !name.isBlank()) {
				if (name.trim().length() > 60) {
					throw new IllegalArgumentException("names: '" + name.trim() + "' is longer than 60 characters.");
				}
				clean.add(name.trim());
			}
		}
		if (clean.size() < 2) {
			throw new IllegalArgumentException("names: a category is split into at least two sub-categories.");
		}
		boolean used = entries.findBySchoolIdAndPeriodOrderByDateAscIdAsc(schoolId, period.label()).stream()
			.anyMatch(e -> e.getCategory() == category);
		if (used) {
			throw new IllegalArgumentException("category: " + category.title() + " already has entries in " + period
					+ "; split it for a period that has not started to be recorded, such as " + period.next() + ".");
		}
		subCategories.deleteAll(subCategories.findBySchoolIdAndPeriodAndCategory(schoolId, period.label(), category));
		subCategories.flush();
		List<ExpenditureSubCategory> saved = new ArrayList<>();
		int position = 0;
		for (String name : clean) {
			saved.add(subCategories.save(new ExpenditureSubCategory(schoolId, period.label(), category, name, position++)));
		}
		return saved;
	}

	/** How a cost compares with what is left of this period's budget; the cost itself is not recorded. */
	@Transactional(readOnly = true)
	public BudgetCheck check(String schoolId, BigDecimal cost, String changeReference) {
		FinancialPeriod period = currentPeriod();
		BigDecimal spent = entries.findBySchoolIdAndPeriodOrderByDateAscIdAsc(schoolId, period.label()).stream()
			// A request's own approved cost is not counted twice when it comes back for approval to implement.
			.filter(e -> changeReference == null || !changeReference.equals(e.getChangeReference()))
			.map(ExpenditureEntry::getAmount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal asked = cost == null ? BigDecimal.ZERO : cost;
		Optional<BigDecimal> budget = budget(schoolId, period);
		if (budget.isEmpty()) {
			return new BudgetCheck(period.label(), null, spent, asked, null, false, (asked.signum() == 0 ? "No cost. "
					: "Cost " + money(asked) + ". ") + "No budget is set for " + period + " (" + money(spent) + " recorded so far).");
		}
		BigDecimal remaining = budget.get().subtract(spent);
		boolean overspend = asked.compareTo(remaining) > 0;
		String summary;
		if (asked.signum() == 0) {
			summary = "No cost. " + money(remaining) + " of the " + period + " budget of " + money(budget.get()) + " remains.";
		}
		else if (overspend) {
			summary = "WARNING: this cost of " + money(asked) + " would overspend the " + period + " budget by "
					+ money(asked.subtract(remaining)) + " (" + money(remaining) + " of " + money(budget.get()) + " remains).";
		}
		else {
			summary = "Cost " + money(asked) + " against " + money(remaining) + " remaining of the " + period + " budget of "
					+ money(budget.get()) + "; " + money(remaining.subtract(asked)) + " would remain.";
		}
		return new BudgetCheck(period.label(), budget.get(), spent, asked, remaining, overspend, summary);
	}

	/** Enters the cost the ICT owner approved for a request for change (once: approving again changes nothing). */
	public void recordApprovedCost(String schoolId, String changeReference, String categoryId, BigDecimal amount,
			String description, String approvedBy) {
		if (amount == null || amount.signum() == 0
				|| !entries.findBySchoolIdAndChangeReference(schoolId, changeReference).isEmpty()) {
			return;
		}
		LocalDate today = today();
		entries.save(new ExpenditureEntry(schoolId, periodOf(today), today, ExpenditureCategory.ofId(categoryId), null,
				truncate(changeReference + ": " + description, 500), null, amount, changeReference,
				ExpenditureEntry.CostBasis.APPROVED, approvedBy, clock.instant()));
	}

	/** Replaces the approved cost with the actual one at step 3; an actual cost with nothing approved is added. */
	public void recordActualCost(String schoolId, String changeReference, String categoryId, BigDecimal actual,
			String description, String recordedBy) {
		checkAmount(actual, "actualCost");
		List<ExpenditureEntry> recorded = entries.findBySchoolIdAndChangeReference(schoolId, changeReference);
		if (recorded.isEmpty()) {
			if (actual.signum() > 0) {
				LocalDate today = today();
				entries.save(new ExpenditureEntry(schoolId, periodOf(today), today,
						ExpenditureCategory.ofId(categoryId == null ? ExpenditureCategory.MISCELLANEOUS.id() : categoryId), null,
						truncate(changeReference + ": " + description, 500), null, actual, changeReference,
						ExpenditureEntry.CostBasis.ACTUAL, recordedBy, clock.instant()));
			}
			return;
		}
		recorded.get(0).actualCost(actual, recordedBy, clock.instant());
	}

	/** A change refused at step 2 spends nothing: its approved cost leaves the record. */
	public void withdrawApprovedCost(String schoolId, String changeReference) {
		entries.findBySchoolIdAndChangeReference(schoolId, changeReference).stream()
			.filter(e -> e.getCostBasis() == ExpenditureEntry.CostBasis.APPROVED)
			.forEach(entries::delete);
	}

	public String money(BigDecimal amount) {
		return String.format("%s%,.2f", properties.currency(), amount);
	}

	public String currency() {
		return properties.currency();
	}

	private String checkSubCategory(String schoolId, FinancialPeriod period, ExpenditureCategory category, String given) {
		List<String> names = subCategories.findBySchoolIdAndPeriodAndCategory(schoolId, period.label(), category).stream()
			.sorted(java.util.Comparator.comparingInt(ExpenditureSubCategory::getPosition))
			.map(ExpenditureSubCategory::getName).toList();
		String subCategory = blankToNull(given);
		if (names.isEmpty()) {
			if (subCategory != null) {
				throw new IllegalArgumentException("subCategory: " + category.title() + " is not split into sub-categories in "
						+ period + "; leave it out.");
			}
			return null;
		}
		if (subCategory == null || !names.contains(subCategory)) {
			throw new IllegalArgumentException("subCategory: in " + period + " " + category.title()
					+ " is split; use one of " + String.join(", ", names) + ".");
		}
		return subCategory;
	}

	/**
	 * The record covers the financial periods ten years either side of this one (plans are made ahead): a date
	 * outside them is a mistake (1900, 2999), not spending.
	 */
	private void checkRecordable(LocalDate date) {
		FinancialPeriod now = currentPeriod();
		FinancialPeriod earliest = new FinancialPeriod(now.startYear() - 10, now.startMonth());
		LocalDate last = new FinancialPeriod(now.startYear() + 10, now.startMonth()).lastDay();
		if (date.isBefore(earliest.firstDay()) || date.isAfter(last)) {
			throw new IllegalArgumentException("date: " + date + " is outside the financial periods the record keeps ("
					+ earliest.firstDay() + " to " + last + ").");
		}
	}

	private static void checkAmount(BigDecimal amount, String field) {
		if (amount == null || amount.signum() < 0) {
			throw new IllegalArgumentException(field + ": give an amount of zero or more.");
		}
		if (amount.scale() > 2 || amount.precision() - amount.scale() > 10) {
			throw new IllegalArgumentException(field + ": an amount in pounds and pence, below 10,000,000,000.");
		}
	}

	private LocalDate today() {
		// The school's date: the clock is in the school's time zone.
		return LocalDate.now(clock);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	private static String truncate(String s, int max) {
		return s.length() <= max ? s : s.substring(0, max);
	}
}

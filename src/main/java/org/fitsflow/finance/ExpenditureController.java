package org.fitsflow.finance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.fitsflow.school.FitsFunction;
import org.fitsflow.school.SchoolAccess;
import org.fitsflow.school.SchoolDirectory;
import org.fitsflow.system.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The school's expenditure record. Everyone in the school may read it, without staff costs, which only the ICT
 * owner sees (001: they are sensitive); the ICT owner keeps it (entries, budget, sub-categories).
 */
@RestController
@RequestMapping("/api/schools/{schoolId}/expenditure")
@Tag(name = "Expenditure record")
class ExpenditureController {

	static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Expenditure expenditure;
	private final ExpenditureSpreadsheet spreadsheet;
	private final SchoolDirectory directory;
	private final SchoolAccess access;
	private final CurrentUser currentUser;

	ExpenditureController(Expenditure expenditure, ExpenditureSpreadsheet spreadsheet, SchoolDirectory directory,
			SchoolAccess access, CurrentUser currentUser) {
		this.expenditure = expenditure;
		this.spreadsheet = spreadsheet;
		this.directory = directory;
		this.access = access;
		this.currentUser = currentUser;
	}

	record EntryView(Long id, String period, LocalDate date, String category, String subCategory, String description,
			String supplier, BigDecimal amount, String changeReference, String costBasis, String recordedBy,
			Instant recordedAt) {
		static EntryView of(ExpenditureEntry e) {
			return new EntryView(e.getId(), e.getPeriod(), e.getDate(), e.getCategory().id(), e.getSubCategory(),
					e.getDescription(), e.getSupplier(), e.getAmount(), e.getChangeReference(),
					e.getCostBasis().name().toLowerCase(), e.getRecordedBy(), e.getRecordedAt());
		}
	}

	record CategoryTotal(String category, String title, BigDecimal total) {
	}

	record Record(String period, LocalDate from, LocalDate to, BigDecimal budget, BigDecimal total, BigDecimal remaining,
			boolean staffCostsShown, List<CategoryTotal> totals, List<EntryView> entries) {
	}

	record Budget(@NotNull BigDecimal amount) {
	}

	record Split(@NotNull String category, @NotNull List<String> names) {
	}

	record SubCategoryView(String category, String name) {
	}

	@GetMapping
	@Operation(summary = "The record of a financial period (default: the current one): entries, totals per category, budget")
	Record record(@PathVariable String schoolId, @RequestParam(required = false) String period) {
		boolean owner = checkMayRead(schoolId);
		FinancialPeriod p = period == null ? expenditure.currentPeriod() : expenditure.period(period);
		List<ExpenditureEntry> entries = expenditure.entries(schoolId, p, owner);
		BigDecimal total = entries.stream().map(ExpenditureEntry::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal budget = expenditure.budget(schoolId, p).orElse(null);
		List<CategoryTotal> totals = java.util.Arrays.stream(ExpenditureCategory.values())
			.filter(c -> owner || !c.isSensitive())
			.map(c -> new CategoryTotal(c.id(), c.title(), entries.stream().filter(e -> e.getCategory() == c)
				.map(ExpenditureEntry::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add)))
			.toList();
		return new Record(p.label(), p.firstDay(), p.lastDay(), budget, total,
				budget == null ? null : budget.subtract(total), owner, totals, entries.stream().map(EntryView::of).toList());
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record expenditure as it is incurred (ICT owner)")
	EntryView add(@PathVariable String schoolId, @RequestBody Expenditure.NewEntry entry) {
		checkIctOwner(schoolId);
		return EntryView.of(expenditure.add(schoolId, entry, currentUser.userId()));
	}

	@PutMapping("/{period}/budget")
	@Operation(summary = "Set the ICT budget of a financial period (ICT owner)")
	Budget setBudget(@PathVariable String schoolId, @PathVariable String period, @Valid @RequestBody Budget budget) {
		checkIctOwner(schoolId);
		return new Budget(expenditure.setBudget(schoolId, expenditure.period(period), budget.amount(), currentUser.userId())
			.getAmount());
	}

	@GetMapping("/{period}/budget")
	@Operation(summary = "The ICT budget of a financial period")
	Budget budget(@PathVariable String schoolId, @PathVariable String period) {
		checkMayRead(schoolId);
		FinancialPeriod p = expenditure.period(period);
		return new Budget(expenditure.budget(schoolId, p)
			.orElseThrow(() -> new java.util.NoSuchElementException("No budget is set for " + p + ".")));
	}

	@PutMapping("/{period}/sub-categories")
	@Operation(summary = "Split a category into sub-categories for a period, such as hardware into personal computers, "
			+ "network computers, printers and other (ICT owner)")
	List<SubCategoryView> split(@PathVariable String schoolId, @PathVariable String period, @Valid @RequestBody Split split) {
		checkIctOwner(schoolId);
		return expenditure.split(schoolId, expenditure.period(period), split.category(), split.names()).stream()
			.map(s -> new SubCategoryView(s.getCategory().id(), s.getName())).toList();
	}

	@GetMapping("/{period}/sub-categories")
	@Operation(summary = "The sub-categories of a period")
	List<SubCategoryView> subCategories(@PathVariable String schoolId, @PathVariable String period) {
		checkMayRead(schoolId);
		return expenditure.subCategories(schoolId, expenditure.period(period)).stream()
			.map(s -> new SubCategoryView(s.getCategory().id(), s.getName())).toList();
	}

	@GetMapping("/{period}/spreadsheet")
	@Operation(summary = "The record as an .xlsx laid out like the FITS template, with totals and a chart per category")
	ResponseEntity<byte[]> spreadsheet(@PathVariable String schoolId, @PathVariable String period) {
		boolean owner = checkMayRead(schoolId);
		FinancialPeriod p = expenditure.period(period);
		byte[] file = spreadsheet.write(directory.school(schoolId).getName(), p, expenditure.entries(schoolId, p, owner),
				expenditure.subCategories(schoolId, p), expenditure.budget(schoolId, p).orElse(null), owner,
				expenditure.currency());
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("expenditure-record-" + schoolId + "-" + p + ".xlsx").build().toString())
			.body(file);
	}

	/** Anyone in the school may read; returns whether the caller is its ICT owner (who alone sees staff costs). */
	private boolean checkMayRead(String schoolId) {
		directory.school(schoolId);
		access.checkMember(schoolId);
		return access.holds(schoolId, FitsFunction.ICT_OWNER);
	}

	private void checkIctOwner(String schoolId) {
		directory.school(schoolId);
		access.checkHolds(schoolId, FitsFunction.ICT_OWNER, "keep its expenditure record");
	}
}

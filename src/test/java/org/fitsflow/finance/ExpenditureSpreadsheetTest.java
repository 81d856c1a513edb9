package org.fitsflow.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The spreadsheet on its own: an empty period, and costs from requests for change in a split category. */
class ExpenditureSpreadsheetTest {

	private final ExpenditureSpreadsheet spreadsheet = new ExpenditureSpreadsheet();
	private final FinancialPeriod period = new FinancialPeriod(2026, 4);

	@Test
	void emptyPeriod_stillHasTheTenColumnsTotalsAndChart() throws Exception {
		XSSFSheet sheet = open(spreadsheet.write("Riverside", period, List.of(), List.of(), null, true, "£"));
		assertThat(header(sheet)).containsExactly("Date", "Description", "Supplier", "Request for change", "Software",
				"Hardware", "Mice", "Cables", "Consumables", "Contract charges", "Ad hoc supplier charges", "Staff",
				"Accommodation", "Miscellaneous", "Total");
		assertThat(row(sheet, "Total").getCell(14).getNumericCellValue()).isZero();
		assertThat(row(sheet, "Budget").getCell(14).getStringCellValue()).isEqualTo("not set");
		assertThat(row(sheet, "Highest spend").getCell(1).getStringCellValue()).isEqualTo("nothing recorded yet");
		assertThat(sheet.getDrawingPatriarch().getCharts()).hasSize(1);
	}

	@Test
	void costFromARequestForChange_inASplitCategory_getsItsOwnColumn() throws Exception {
		ExpenditureEntry fromChange = new ExpenditureEntry("riverside", period, LocalDate.of(2026, 9, 1),
				ExpenditureCategory.HARDWARE, null, "RFC-2026-0001: New switch", null, new BigDecimal("800.00"),
				"RFC-2026-0001", ExpenditureEntry.CostBasis.APPROVED, "headteacher", Instant.now());
		List<ExpenditureSubCategory> split = List.of(
				new ExpenditureSubCategory("riverside", "2026-27", ExpenditureCategory.HARDWARE, "Printers", 0),
				new ExpenditureSubCategory("riverside", "2026-27", ExpenditureCategory.HARDWARE, "Other", 1));
		XSSFSheet sheet = open(spreadsheet.write("Riverside", period, List.of(fromChange), split,
				new BigDecimal("1000"), true, "£"));
		List<String> header = header(sheet);
		assertThat(header).contains("Hardware: Printers", "Hardware: Other", "Hardware: not split");
		assertThat(row(sheet, "Total").getCell(header.indexOf("Hardware: not split")).getNumericCellValue()).isEqualTo(800.0);
		assertThat(row(sheet, "Remaining").getCell(header.indexOf("Total")).getNumericCellValue()).isEqualTo(200.0);
		Row line = sheet.getRow(ExpenditureSpreadsheet.HEADER_ROW + 1);
		assertThat(line.getCell(3).getStringCellValue()).isEqualTo("RFC-2026-0001");
	}

	private static XSSFSheet open(byte[] file) throws Exception {
		return new XSSFWorkbook(new ByteArrayInputStream(file)).getSheet(ExpenditureSpreadsheet.SHEET);
	}

	private static List<String> header(XSSFSheet sheet) {
		List<String> values = new java.util.ArrayList<>();
		sheet.getRow(ExpenditureSpreadsheet.HEADER_ROW).forEach(c -> values.add(c.getStringCellValue()));
		return values;
	}

	private static Row row(XSSFSheet sheet, String label) {
		for (Row row : sheet) {
			if (row.getCell(0) != null && row.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
					&& label.equals(row.getCell(0).getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("No row " + label);
	}
}

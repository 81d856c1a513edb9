package org.fitsflow.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fitsflow.spreadsheet.Listing.Column;
import org.fitsflow.spreadsheet.Listing.Kind;
import org.junit.jupiter.api.Test;

class ListingTest {

	private final Listing listing = new Listing("Incidents of Riverside: 2026/27", List.of(new Column("Reference", Kind.TEXT, 16),
			new Column("Description", Kind.TEXT, 40), new Column("Priority", Kind.NUMBER, 9),
			new Column("Logged", Kind.DATE_TIME, 17)));

	@Test
	void csv_quotesWhatNeedsIt_andEveryTextAFormulaCouldStartWithGetsAnApostrophe() {
		listing.row("INC-1", "=SUM(A1:A9)", 2, LocalDateTime.of(2026, 11, 23, 9, 5))
			.row("INC-2", "+44 1234", null, null)
			.row("INC-3", "-2 degrees, \"cold\"", 1, null)
			.row("INC-4", "@cmd", 4, null)
			.row("INC-5", "\tTabbed", 3, null)
			.row("INC-6", "Line one\nline two", 3, null)
			.row("INC-7", "Plain: no = at the start", 3, null);
		String csv = new String(listing.csv(), StandardCharsets.UTF_8);
		assertThat(csv.split("\r\n")).containsExactly("\uFEFFReference,Description,Priority,Logged",
				"INC-1,'=SUM(A1:A9),2,2026-11-23 09:05", "INC-2,'+44 1234,,", "INC-3,\"'-2 degrees, \"\"cold\"\"\",1,",
				"INC-4,'@cmd,4,", "INC-5,'\tTabbed,3,", "INC-6,\"Line one\nline two\",3,", "INC-7,Plain: no = at the start,3,");
		assertThat(listing.size()).isEqualTo(7);
	}

	@Test
	void xlsx_hasTheTitleHeadingAndTypedCells_textNeverAFormula() throws Exception {
		listing.row("INC-1", "=SUM(A1:A9)", 2, LocalDateTime.of(2026, 11, 23, 9, 5));
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(listing.xlsx()))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("Incidents of Riverside  2026 27");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Incidents of Riverside: 2026/27");
			assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("Logged");
			Row row = sheet.getRow(3);
			assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.STRING);
			assertThat(row.getCell(1).getStringCellValue()).isEqualTo("=SUM(A1:A9)");
			assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(2.0);
			assertThat(row.getCell(3).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 11, 23, 9, 5));
		}
	}

	@Test
	void aRowOfTheWrongLength_isRefused() {
		assertThatThrownBy(() -> listing.row("INC-1")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("has 4 values, not 1");
	}
}

package org.fitsflow.configuration;

import static org.fitsflow.spreadsheet.Workbooks.header;
import static org.fitsflow.spreadsheet.Workbooks.row;
import static org.fitsflow.spreadsheet.Workbooks.shown;
import static org.fitsflow.spreadsheet.Workbooks.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fitsflow.spreadsheet.Workbooks;
import org.springframework.stereotype.Component;

/**
 * The asset and licence list (002) as a spreadsheet: one row per configuration item, lists (services, dependencies)
 * separated by semicolons, dates as yyyy-mm-dd. The same layout is read back when a school imports its register.
 */
@Component
class ConfigurationSpreadsheet {

	static final String SHEET = "Asset and licence list";
	/** The row of column titles (0-based); items follow it. */
	static final int HEADER_ROW = 3;
	static final String[] COLUMNS = { "Asset reference", "Name", "Type", "Location", "Services supported", "Depends on",
			"Supplier", "Purchase date", "Warranty end", "Licence count", "Licence expiry" };
	static final String LIST_SEPARATOR = ";";

	/** A row read back: its number as the spreadsheet shows it, and its item or what could not be read. */
	record Read(int rowNumber, ItemDetails item, List<String> problems) {
	}

	byte[] write(String schoolName, String subtitle, List<ItemDetails> entries) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFSheet sheet = workbook.createSheet(SHEET);
			Workbooks.Styles styles = new Workbooks.Styles(workbook);
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			text(row(sheet, 0), 0, "Asset and licence list: " + schoolName, styles.title);
			text(row(sheet, 1), 0, subtitle, null);
			header(sheet, HEADER_ROW, styles, COLUMNS);
			int index = HEADER_ROW + 1;
			for (ItemDetails item : entries) {
				Row row = row(sheet, index++);
				text(row, 0, item.assetReference(), null);
				text(row, 1, item.name(), null);
				text(row, 2, item.type() == null ? null : item.type().words(), null);
				text(row, 3, item.location(), null);
				text(row, 4, list(item.services()), null);
				text(row, 5, list(item.dependsOn()), null);
				text(row, 6, item.supplier(), null);
				date(row, 7, item.purchaseDate(), date);
				date(row, 8, item.warrantyEnd(), date);
				Workbooks.number(row, 9, item.licenceCount(), null);
				date(row, 10, item.licenceExpiry(), date);
			}
			Workbooks.widths(sheet, 18, 30, 18, 20, 30, 24, 24, 14, 14, 12, 14);
			sheet.createFreezePane(1, HEADER_ROW + 1);
			return Workbooks.bytes(workbook);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Every filled row under the header, each as an item or with what could not be read. */
	List<Read> read(InputStream in) {
		return Workbooks.readRows(in, SHEET, HEADER_ROW, COLUMNS, "the asset and licence list",
				"Export the register to get the layout.", ConfigurationSpreadsheet::read);
	}

	private static Read read(Row row, int rowNumber) {
		List<String> problems = new ArrayList<>();
		ItemType type = null;
		String typeText = shown(row, 2);
		if (typeText != null) {
			type = ItemType.read(typeText).orElse(null);
			if (type == null) {
				problems.add("type: '" + typeText + "' is not one of " + ItemType.choices() + ".");
			}
		}
		Integer count = null;
		String countText = shown(row, 9);
		if (countText != null) {
			try {
				count = Integer.valueOf(countText.replace(",", ""));
			}
			catch (NumberFormatException e) {
				problems.add("licenceCount: '" + countText + "' is not a whole number.");
			}
		}
		ItemDetails item = new ItemDetails(shown(row, 0), shown(row, 1), type, shown(row, 3), list(shown(row, 4)),
				list(shown(row, 5)), shown(row, 6), date(row, 7, "purchaseDate", problems),
				date(row, 8, "warrantyEnd", problems), count, date(row, 10, "licenceExpiry", problems));
		return new Read(rowNumber, item, problems);
	}

	/** A date typed as a date (any format the spreadsheet shows) or as text yyyy-mm-dd. */
	private static LocalDate date(Row row, int column, String field, List<String> problems) {
		Cell cell = row.getCell(column);
		if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate();
		}
		String text = shown(row, column);
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException e) {
			problems.add(field + ": '" + text + "' is not a date (yyyy-mm-dd).");
			return null;
		}
	}

	private static void date(Row row, int column, LocalDate value, CellStyle style) {
		if (value != null) {
			Cell cell = row.createCell(column);
			cell.setCellValue(value);
			cell.setCellStyle(style);
		}
	}

	private static String list(List<String> values) {
		return values.isEmpty() ? null : String.join(LIST_SEPARATOR + " ", values);
	}

	private static List<String> list(String cell) {
		return cell == null ? List.of() : Arrays.stream(cell.split(LIST_SEPARATOR)).map(String::trim)
			.filter(s -> !s.isEmpty()).toList();
	}
}

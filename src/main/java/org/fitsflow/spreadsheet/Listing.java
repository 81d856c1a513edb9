package org.fitsflow.spreadsheet;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A filtered list (the incidents, the changes) as a table that leaves the service: as CSV (RFC 4180, UTF-8 with a
 * byte order mark so spreadsheet programs read accents) and as an .xlsx sheet. Text that a spreadsheet program would
 * take for a formula when it opens the CSV (a cell starting with =, +, -, @, a tab or a carriage return) is written
 * with a leading apostrophe: a reporter's description must never run as a formula on the ICT owner's machine. In the
 * .xlsx every text is a string cell, which no program evaluates.
 */
public final class Listing {

	/** What a column holds: text, a number, or a date and time (local to the school). */
	public enum Kind { TEXT, NUMBER, DATE_TIME }

	/** A column: its heading, what it holds and its width in the spreadsheet (characters). */
	public record Column(String heading, Kind kind, int width) {
	}

	private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final String title;
	private final List<Column> columns;
	private final List<Object[]> rows = new ArrayList<>();

	public Listing(String title, List<Column> columns) {
		this.title = title;
		this.columns = List.copyOf(columns);
	}

	/** Adds a row: one value per column (String, Number or LocalDateTime by its kind; null for empty). */
	public Listing row(Object... values) {
		if (values.length != columns.size()) {
			throw new IllegalArgumentException("A row of '" + title + "' has " + columns.size() + " values, not "
					+ values.length + ".");
		}
		rows.add(values.clone());
		return this;
	}

	public int size() {
		return rows.size();
	}

	/** The list as a download: {@code format} "csv" or "xlsx", the file named {@code baseName} and the format. */
	public org.springframework.http.ResponseEntity<byte[]> download(String baseName, String format) {
		boolean csv = format.equals("csv");
		return org.springframework.http.ResponseEntity.ok()
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"" + baseName + "." + (csv ? "csv" : "xlsx") + "\"")
			.header(org.springframework.http.HttpHeaders.CACHE_CONTROL, "no-store")
			.contentType(org.springframework.http.MediaType.parseMediaType(csv ? "text/csv; charset=UTF-8" : Workbooks.XLSX))
			.body(csv ? csv() : xlsx());
	}

	/** The list as CSV: a heading row, then one line per row. */
	public byte[] csv() {
		StringBuilder out = new StringBuilder("\uFEFF");
		line(out, columns.stream().map(Column::heading).toArray());
		for (Object[] row : rows) {
			Object[] shown = new Object[row.length];
			for (int i = 0; i < row.length; i++) {
				shown[i] = csvValue(columns.get(i).kind(), row[i]);
			}
			line(out, shown);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** The list as an .xlsx sheet: the title, a grey heading row, then the rows with numbers and dates as such. */
	public byte[] xlsx() {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Workbooks.Styles styles = new Workbooks.Styles(workbook);
			CellStyle when = workbook.createCellStyle();
			when.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
			Sheet sheet = workbook.createSheet(sheetName(title));
			Workbooks.text(Workbooks.row(sheet, 0), 0, title, styles.title);
			Workbooks.header(sheet, 2, styles, columns.stream().map(Column::heading).toArray(String[]::new));
			for (int r = 0; r < rows.size(); r++) {
				Row row = Workbooks.row(sheet, r + 3);
				Object[] values = rows.get(r);
				for (int c = 0; c < values.length; c++) {
					Object value = values[c];
					switch (columns.get(c).kind()) {
						case NUMBER -> Workbooks.number(row, c, (Number) value, null);
						case DATE_TIME -> {
							if (value != null) {
								row.createCell(c).setCellValue((LocalDateTime) value);
								row.getCell(c).setCellStyle(when);
							}
						}
						case TEXT -> Workbooks.text(row, c, value == null ? null : value.toString(), styles.wrapped);
					}
				}
			}
			Workbooks.widths(sheet, columns.stream().mapToInt(Column::width).toArray());
			sheet.createFreezePane(0, 3);
			return Workbooks.bytes(workbook);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private static String csvValue(Kind kind, Object value) {
		if (value == null) {
			return "";
		}
		return switch (kind) {
			case NUMBER -> value.toString();
			case DATE_TIME -> CSV_TIME.format((LocalDateTime) value);
			case TEXT -> neutralised(value.toString());
		};
	}

	/** A text a spreadsheet program would read as a formula gets a leading apostrophe (OWASP's CSV injection advice). */
	static String neutralised(String text) {
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

	private static void line(StringBuilder out, Object[] values) {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				out.append(',');
			}
			String value = String.valueOf(values[i]);
			if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
				out.append('"').append(value.replace("\"", "\"\"")).append('"');
			}
			else {
				out.append(value);
			}
		}
		out.append("\r\n");
	}

	/** Sheet names are at most 31 characters and cannot hold some signs. */
	private static String sheetName(String title) {
		String name = title.replaceAll("[\\\\/?*\\[\\]:]", " ");
		return name.length() > 31 ? name.substring(0, 31) : name;
	}
}

package org.fitsflow.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What the FITS spreadsheets (service catalogue, service report) share: a title, a grey header row, plain cells, and
 * reading a workbook someone sent back. Apache POI writes and reads the .xlsx files.
 */
public final class Workbooks {

	/** The media type of an .xlsx file. */
	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final DataFormatter TEXT = new DataFormatter();

	private Workbooks() {
	}

	/** The styles of a FITS sheet, made once per workbook. */
	public static final class Styles {
		public final CellStyle title;
		public final CellStyle header;
		public final CellStyle bold;
		public final CellStyle wrapped;
		public final CellStyle decimal;

		public Styles(Workbook workbook) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			Font big = workbook.createFont();
			big.setBold(true);
			big.setFontHeightInPoints((short) 14);
			title = workbook.createCellStyle();
			title.setFont(big);
			header = workbook.createCellStyle();
			header.setFont(bold);
			header.setWrapText(true);
			header.setBorderBottom(BorderStyle.THIN);
			header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			this.bold = workbook.createCellStyle();
			this.bold.setFont(bold);
			wrapped = workbook.createCellStyle();
			wrapped.setWrapText(true);
			decimal = workbook.createCellStyle();
			decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
		}
	}

	public static Row row(Sheet sheet, int index) {
		Row row = sheet.getRow(index);
		return row == null ? sheet.createRow(index) : row;
	}

	/** Writes text (nothing for null). */
	public static void text(Row row, int column, String value, CellStyle style) {
		if (value == null) {
			return;
		}
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		if (style != null) {
			cell.setCellStyle(style);
		}
	}

	/** Writes a number (nothing for null). */
	public static void number(Row row, int column, Number value, CellStyle style) {
		if (value == null) {
			return;
		}
		Cell cell = row.createCell(column);
		cell.setCellValue(value.doubleValue());
		if (style != null) {
			cell.setCellStyle(style);
		}
	}

	/** The header row's titles from the first column on. */
	public static void header(Sheet sheet, int rowIndex, Styles styles, String... titles) {
		Row row = row(sheet, rowIndex);
		for (int i = 0; i < titles.length; i++) {
			text(row, i, titles[i], styles.header);
		}
	}

	/** Column widths in characters, from the first column on. */
	public static void widths(Sheet sheet, int... characters) {
		for (int i = 0; i < characters.length; i++) {
			sheet.setColumnWidth(i, characters[i] * 256);
		}
	}

	/** The workbook as .xlsx bytes, formulas calculated. */
	public static byte[] bytes(XSSFWorkbook workbook) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Opens a workbook someone sent; anything that is not one is refused. */
	public static Workbook open(InputStream in) {
		try {
			return WorkbookFactory.create(in);
		}
		catch (IOException | RuntimeException e) {
			throw new IllegalArgumentException("The file is not a spreadsheet (.xlsx or .xls) that can be read: "
					+ e.getMessage());
		}
	}

	/**
	 * Reads back a sheet in one of FITS Flow's layouts: every filled row under the header row, each by {@code read}
	 * with its number as the spreadsheet shows it. Refused, naming the column, if the header is not {@code columns}
	 * ({@code layout}: "the service catalogue"; {@code export}: how to get the layout).
	 */
	public static <T> List<T> readRows(InputStream in, String sheetName, int headerRow, String[] columns, String layout,
			String export, BiFunction<Row, Integer, T> read) {
		try (Workbook workbook = open(in)) {
			Sheet sheet = workbook.getSheet(sheetName);
			if (sheet == null) {
				sheet = workbook.getSheetAt(0);
			}
			Row header = sheet.getRow(headerRow);
			for (int i = 0; i < columns.length; i++) {
				if (!columns[i].equalsIgnoreCase(String.valueOf(shown(header, i)))) {
					throw new IllegalArgumentException("The spreadsheet is not laid out as " + layout + ": row "
							+ (headerRow + 1) + ", column " + (char) ('A' + i) + " should say '" + columns[i] + "'. " + export);
				}
			}
			List<T> rows = new ArrayList<>();
			for (int i = headerRow + 1; i <= sheet.getLastRowNum(); i++) {
				Row row = sheet.getRow(i);
				if (!isEmpty(row, columns.length)) {
					rows.add(read.apply(row, i + 1));
				}
			}
			return rows;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static boolean isEmpty(Row row, int columns) {
		if (row == null) {
			return true;
		}
		for (int i = 0; i < columns; i++) {
			if (shown(row, i) != null) {
				return false;
			}
		}
		return true;
	}

	/** A cell's value as the person sees it in the spreadsheet, trimmed; null when empty. */
	public static String shown(Row row, int column) {
		if (row == null) {
			return null;
		}
		Cell cell = row.getCell(column);
		if (cell == null) {
			return null;
		}
		String text = TEXT.formatCellValue(cell).trim();
		return text.isEmpty() ? null : text;
	}
}

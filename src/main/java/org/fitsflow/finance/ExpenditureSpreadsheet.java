package org.fitsflow.finance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The expenditure record as a spreadsheet laid out like the FITS template: one row per entry, a column per category
 * (or per sub-category where a category is split), totals, the budget, and a bar chart of the totals per category so
 * that the highest spend stands out at the end of the period (001, task 5, tip).
 */
@Component
public class ExpenditureSpreadsheet {

	static final String SHEET = "Expenditure record";
	static final int HEADER_ROW = 3;
	static final int FIRST_AMOUNT_COLUMN = 4;
	private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");

	/** A column of amounts: a category, or one of its sub-categories. */
	record Column(ExpenditureCategory category, String subCategory, String title, boolean hidden) {
		boolean takes(ExpenditureEntry e) {
			return e.getCategory() == category && Objects.equals(e.getSubCategory(), subCategory);
		}
	}

	public byte[] write(String schoolName, FinancialPeriod period, List<ExpenditureEntry> entries,
			List<ExpenditureSubCategory> split, BigDecimal budget, boolean staffShown, String currency) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet sheet = workbook.createSheet(SHEET);
			Styles styles = new Styles(workbook, currency);
			List<Column> columns = columns(entries, split, staffShown);

			Row title = sheet.createRow(0);
			cell(title, 0, "ICT expenditure record: " + schoolName, styles.title);
			cell(sheet.createRow(1), 0, "Financial period " + period + ", " + period.firstDay().format(LONG_DATE) + " to "
					+ period.lastDay().format(LONG_DATE) + (staffShown ? "" : ". Staff costs are shown to the ICT owner only."),
					null);

			Row header = sheet.createRow(HEADER_ROW);
			String[] fixed = { "Date", "Description", "Supplier", "Request for change" };
			for (int i = 0; i < fixed.length; i++) {
				cell(header, i, fixed[i], styles.header);
			}
			for (int i = 0; i < columns.size(); i++) {
				cell(header, FIRST_AMOUNT_COLUMN + i, columns.get(i).title(), styles.header);
			}
			int totalColumn = FIRST_AMOUNT_COLUMN + columns.size();
			cell(header, totalColumn, "Total", styles.header);

			int rowIndex = HEADER_ROW + 1;
			for (ExpenditureEntry entry : entries) {
				Row row = sheet.createRow(rowIndex);
				Cell date = row.createCell(0);
				date.setCellValue(entry.getDate());
				date.setCellStyle(styles.date);
				cell(row, 1, entry.getDescription(), null);
				cell(row, 2, entry.getSupplier(), null);
				cell(row, 3, entry.getChangeReference(), null);
				for (int i = 0; i < columns.size(); i++) {
					if (columns.get(i).takes(entry)) {
						Cell amount = row.createCell(FIRST_AMOUNT_COLUMN + i);
						amount.setCellValue(entry.getAmount().doubleValue());
						amount.setCellStyle(styles.money);
					}
				}
				Cell rowTotal = row.createCell(totalColumn);
				rowTotal.setCellFormula("SUM(" + range(rowIndex, FIRST_AMOUNT_COLUMN, rowIndex, totalColumn - 1) + ")");
				rowTotal.setCellStyle(styles.money);
				rowIndex++;
			}
			int lastEntryRow = Math.max(rowIndex - 1, HEADER_ROW + 1);
			if (entries.isEmpty()) {
				rowIndex++;
			}

			int totalsRowIndex = rowIndex + 1;
			Row totals = sheet.createRow(totalsRowIndex);
			cell(totals, 0, "Total", styles.totalLabel);
			int highest = highestColumn(columns, entries);
			for (int i = 0; i <= columns.size(); i++) {
				int column = FIRST_AMOUNT_COLUMN + i;
				Cell total = totals.createCell(column);
				total.setCellFormula("SUM(" + range(HEADER_ROW + 1, column, lastEntryRow, column) + ")");
				total.setCellStyle(i == highest ? styles.highest : styles.total);
			}
			Row budgetRow = sheet.createRow(totalsRowIndex + 1);
			cell(budgetRow, 0, "Budget", styles.totalLabel);
			Row remainingRow = sheet.createRow(totalsRowIndex + 2);
			cell(remainingRow, 0, "Remaining", styles.totalLabel);
			if (budget != null) {
				Cell budgetCell = budgetRow.createCell(totalColumn);
				budgetCell.setCellValue(budget.doubleValue());
				budgetCell.setCellStyle(styles.total);
				Cell remaining = remainingRow.createCell(totalColumn);
				remaining.setCellFormula(new CellReference(totalsRowIndex + 1, totalColumn).formatAsString() + "-"
						+ new CellReference(totalsRowIndex, totalColumn).formatAsString());
				remaining.setCellStyle(styles.total);
			}
			else {
				cell(budgetRow, totalColumn, "not set", null);
			}
			Row highestRow = sheet.createRow(totalsRowIndex + 3);
			cell(highestRow, 0, "Highest spend", styles.totalLabel);
			cell(highestRow, 1, highest < 0 ? "nothing recorded yet" : columns.get(highest).title(), null);

			for (int i = 0; i <= totalColumn; i++) {
				sheet.setColumnWidth(i, i == 1 ? 40 * 256 : 16 * 256);
			}
			sheet.createFreezePane(0, HEADER_ROW + 1);
			chart(sheet, period, columns.size(), totalsRowIndex, totalsRowIndex + 5);

			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The ten FITS columns in the template's order; a split category gives way to its sub-categories. */
	static List<Column> columns(List<ExpenditureEntry> entries, List<ExpenditureSubCategory> split, boolean staffShown) {
		List<Column> columns = new ArrayList<>();
		for (ExpenditureCategory category : ExpenditureCategory.values()) {
			List<ExpenditureSubCategory> parts = split.stream().filter(s -> s.getCategory() == category)
				.sorted(java.util.Comparator.comparingInt(ExpenditureSubCategory::getPosition)).toList();
			if (category.isSensitive() && !staffShown) {
				columns.add(new Column(category, null, category.title() + " (ICT owner only)", true));
			}
			else if (parts.isEmpty()) {
				columns.add(new Column(category, null, category.title(), false));
			}
			else {
				parts.forEach(p -> columns.add(new Column(category, p.getName(), category.title() + ": " + p.getName(), false)));
				// Costs entered automatically from a request for change carry no sub-category.
				if (entries.stream().anyMatch(e -> e.getCategory() == category && e.getSubCategory() == null)) {
					columns.add(new Column(category, null, category.title() + ": not split", false));
				}
			}
		}
		return columns;
	}

	private static int highestColumn(List<Column> columns, List<ExpenditureEntry> entries) {
		int highest = -1;
		BigDecimal most = BigDecimal.ZERO;
		for (int i = 0; i < columns.size(); i++) {
			Column column = columns.get(i);
			BigDecimal sum = entries.stream().filter(column::takes).map(ExpenditureEntry::getAmount)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			if (sum.compareTo(most) > 0) {
				most = sum;
				highest = i;
			}
		}
		return highest;
	}

	private static void chart(XSSFSheet sheet, FinancialPeriod period, int columnCount, int totalsRow, int topRow) {
		XSSFDrawing drawing = sheet.createDrawingPatriarch();
		XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, topRow, Math.max(8, columnCount + 2), topRow + 22);
		XSSFChart chart = drawing.createChart(anchor);
		chart.setTitleText("Spend per category, " + period);
		chart.setTitleOverlay(false);
		XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
		categories.setTitle("Category");
		XDDFValueAxis amounts = chart.createValueAxis(AxisPosition.LEFT);
		amounts.setTitle("Spent");
		XDDFDataSource<String> names = XDDFDataSourcesFactory.fromStringCellRange(sheet,
				new CellRangeAddress(HEADER_ROW, HEADER_ROW, FIRST_AMOUNT_COLUMN, FIRST_AMOUNT_COLUMN + columnCount - 1));
		XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
				new CellRangeAddress(totalsRow, totalsRow, FIRST_AMOUNT_COLUMN, FIRST_AMOUNT_COLUMN + columnCount - 1));
		XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, amounts);
		data.setBarDirection(BarDirection.COL);
		data.setVaryColors(true);
		data.addSeries(names, values).setTitle("Total " + period, null);
		chart.plot(data);
	}

	private static String range(int firstRow, int firstColumn, int lastRow, int lastColumn) {
		return new CellReference(firstRow, firstColumn).formatAsString() + ":"
				+ new CellReference(lastRow, lastColumn).formatAsString();
	}

	private static void cell(Row row, int column, String value, CellStyle style) {
		if (value == null) {
			return;
		}
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		if (style != null) {
			cell.setCellStyle(style);
		}
	}

	private static final class Styles {
		final CellStyle title;
		final CellStyle header;
		final CellStyle date;
		final CellStyle money;
		final CellStyle total;
		final CellStyle totalLabel;
		final CellStyle highest;

		Styles(XSSFWorkbook workbook, String currency) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			Font big = workbook.createFont();
			big.setBold(true);
			big.setFontHeightInPoints((short) 14);
			short moneyFormat = workbook.createDataFormat().getFormat("\"" + currency + "\"#,##0.00");
			title = workbook.createCellStyle();
			title.setFont(big);
			header = workbook.createCellStyle();
			header.setFont(bold);
			header.setWrapText(true);
			header.setBorderBottom(BorderStyle.THIN);
			header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			money = workbook.createCellStyle();
			money.setDataFormat(moneyFormat);
			total = workbook.createCellStyle();
			total.setDataFormat(moneyFormat);
			total.setFont(bold);
			total.setBorderTop(BorderStyle.THIN);
			totalLabel = workbook.createCellStyle();
			totalLabel.setFont(bold);
			highest = workbook.createCellStyle();
			highest.cloneStyleFrom(total);
			highest.setFillForegroundColor(IndexedColors.LIGHT_ORANGE.getIndex());
			highest.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		}
	}
}

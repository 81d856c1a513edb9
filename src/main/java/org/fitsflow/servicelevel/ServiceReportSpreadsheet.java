package org.fitsflow.servicelevel;

import static org.fitsflow.spreadsheet.Workbooks.header;
import static org.fitsflow.spreadsheet.Workbooks.number;
import static org.fitsflow.spreadsheet.Workbooks.row;
import static org.fitsflow.spreadsheet.Workbooks.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fitsflow.servicelevel.ServiceReport.FigureKey;
import org.fitsflow.servicelevel.ServiceReport.TargetResults;
import org.fitsflow.spreadsheet.Workbooks;
import org.springframework.stereotype.Component;

/**
 * The service report as a spreadsheet in the layout of FITS's service report (001, task 6): a row per figure and a
 * column per month of the year so far, so each month stands beside the earlier ones, with trend charts under it; the
 * targets met per priority and per service; and what ICT users said.
 */
@Component
class ServiceReportSpreadsheet {

	static final String REPORT_SHEET = "Service report";
	static final String TARGETS_SHEET = "Targets";
	static final String FEEDBACK_SHEET = "Feedback";
	static final String SERVERS_SHEET = "Server disk space";
	/** The row of month titles (0-based); a row per figure follows, in the report's order. */
	static final int HEADER_ROW = 3;
	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
	private static final DateTimeFormatter LONG_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	byte[] write(ServiceReport report) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Workbooks.Styles styles = new Workbooks.Styles(workbook);
			figures(workbook.createSheet(REPORT_SHEET), report, styles);
			targets(workbook.createSheet(TARGETS_SHEET), report, styles);
			feedback(workbook.createSheet(FEEDBACK_SHEET), report, styles);
			servers(workbook.createSheet(SERVERS_SHEET), report, styles);
			return Workbooks.bytes(workbook);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void figures(XSSFSheet sheet, ServiceReport report, Workbooks.Styles styles) {
		text(row(sheet, 0), 0, "ICT service report: " + report.schoolName(), styles.title);
		text(row(sheet, 1), 0, report.month().format(LONG_MONTH) + (report.complete() ? ""
				: " (the month had not ended when the report was built: figures so far)"), null);
		Row header = row(sheet, HEADER_ROW);
		text(header, 0, "Figure", styles.header);
		List<YearMonth> months = report.months();
		for (int i = 0; i < months.size(); i++) {
			text(header, i + 1, months.get(i).format(MONTH), styles.header);
		}
		int rowIndex = HEADER_ROW + 1;
		for (ServiceReport.Figure figure : report.figures()) {
			Row row = row(sheet, rowIndex++);
			text(row, 0, figure.title(), null);
			for (int i = 0; i < figure.values().size(); i++) {
				Number value = figure.values().get(i);
				number(row, i + 1, value, value instanceof Integer ? null : styles.decimal);
			}
		}
		rowIndex++;
		text(row(sheet, rowIndex++), 0, "Changes carried out in " + report.month().format(LONG_MONTH) + ", by outcome",
				styles.bold);
		if (report.changesByOutcome().isEmpty()) {
			text(row(sheet, rowIndex++), 0, "none", null);
		}
		for (Map.Entry<String, Integer> outcome : report.changesByOutcome().entrySet()) {
			Row row = row(sheet, rowIndex++);
			text(row, 0, outcome.getKey(), null);
			number(row, 1, outcome.getValue(), null);
		}
		sheet.setColumnWidth(0, 52 * 256);
		for (int i = 1; i <= months.size(); i++) {
			sheet.setColumnWidth(i, 11 * 256);
		}
		sheet.createFreezePane(1, HEADER_ROW + 1);

		int chartTop = rowIndex + 1;
		int width = Math.max(8, months.size() + 2);
		XSSFDrawing drawing = sheet.createDrawingPatriarch();
		chart(sheet, drawing, report, "Incidents and problems", chartTop, width, ChartTypes.LINE,
				FigureKey.INCIDENTS_LOGGED, FigureKey.INCIDENTS_RESOLVED, FigureKey.INCIDENTS_OUTSTANDING,
				FigureKey.PROBLEMS_LOGGED);
		chart(sheet, drawing, report, "Average time to resolution (hours)", chartTop + 20, width, ChartTypes.LINE,
				FigureKey.INCIDENT_RESOLUTION_HOURS, FigureKey.PROBLEM_RESOLUTION_HOURS);
		chart(sheet, drawing, report, "Changes and new installations", chartTop + 40, width, ChartTypes.BAR,
				FigureKey.CHANGES_CARRIED_OUT, FigureKey.NEW_INSTALLATIONS);
		chart(sheet, drawing, report, "Server disk space (GB)", chartTop + 60, width, ChartTypes.LINE,
				FigureKey.DISK_USED_GB, FigureKey.DISK_AVAILABLE_GB);
	}

	/** A chart of some figures' rows against the month titles, so it follows the cells if someone edits them. */
	private static void chart(XSSFSheet sheet, XSSFDrawing drawing, ServiceReport report, String title, int top, int width,
			ChartTypes type, FigureKey... keys) {
		XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, top, width, top + 18);
		XSSFChart chart = drawing.createChart(anchor);
		chart.setTitleText(title);
		chart.setTitleOverlay(false);
		chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
		XDDFCategoryAxis months = chart.createCategoryAxis(AxisPosition.BOTTOM);
		XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
		int lastColumn = report.months().size();
		XDDFDataSource<String> monthTitles = XDDFDataSourcesFactory.fromStringCellRange(sheet,
				new CellRangeAddress(HEADER_ROW, HEADER_ROW, 1, lastColumn));
		XDDFChartData data = chart.createData(type, months, values);
		if (data instanceof XDDFBarChartData bars) {
			bars.setBarDirection(BarDirection.COL);
		}
		for (FigureKey key : keys) {
			int row = HEADER_ROW + 1 + key.ordinal();
			XDDFChartData.Series series = data.addSeries(monthTitles, XDDFDataSourcesFactory.fromNumericCellRange(sheet,
					new CellRangeAddress(row, row, 1, lastColumn)));
			series.setTitle(key.title(), null);
			if (series instanceof XDDFLineChartData.Series line) {
				line.setSmooth(false);
			}
		}
		chart.plot(data);
	}

	private static void targets(XSSFSheet sheet, ServiceReport report, Workbooks.Styles styles) {
		text(row(sheet, 0), 0, "Response and fix targets that fell due in " + report.month().format(LONG_MONTH),
				styles.title);
		int next = table(sheet, 2, "Per priority", report.targetsByPriority(), styles);
		table(sheet, next + 1, "Per service", report.targetsByService(), styles);
		sheet.setColumnWidth(0, 36 * 256);
		for (int i = 1; i <= 6; i++) {
			sheet.setColumnWidth(i, 15 * 256);
		}
	}

	private static int table(XSSFSheet sheet, int top, String title, List<TargetResults> rows, Workbooks.Styles styles) {
		header(sheet, top, styles, title, "Response met", "Response missed", "Fix met", "Fix missed",
				"Response met %", "Fix met %");
		int index = top + 1;
		if (rows.isEmpty()) {
			text(row(sheet, index++), 0, "no target fell due", null);
		}
		for (TargetResults r : rows) {
			Row row = row(sheet, index++);
			text(row, 0, r.label(), null);
			number(row, 1, r.responseMet(), null);
			number(row, 2, r.responseMissed(), null);
			number(row, 3, r.fixMet(), null);
			number(row, 4, r.fixMissed(), null);
			number(row, 5, percent(r.responseMet(), r.responseMissed()), styles.decimal);
			number(row, 6, percent(r.fixMet(), r.fixMissed()), styles.decimal);
		}
		return index + 1;
	}

	private static Double percent(int met, int missed) {
		return met + missed == 0 ? null : 100.0 * met / (met + missed);
	}

	/** Each server's disk space as maintenance last measured it in the month (its monitoring notes). */
	private static void servers(XSSFSheet sheet, ServiceReport report, Workbooks.Styles styles) {
		text(row(sheet, 0), 0, "Server disk space at the last reading of " + report.month().format(LONG_MONTH),
				styles.title);
		header(sheet, 2, styles, "Server", "Name", "Capacity (GB)", "Used (GB)", "Free (GB)", "Measured on");
		int index = 3;
		if (report.servers().isEmpty()) {
			text(row(sheet, index), 0, "no reading in the month", null);
		}
		for (ServiceReport.ServerDiskSpace server : report.servers()) {
			Row row = row(sheet, index++);
			text(row, 0, server.assetReference(), null);
			text(row, 1, server.name(), null);
			number(row, 2, server.capacityGb(), styles.decimal);
			number(row, 3, server.usedGb(), styles.decimal);
			number(row, 4, server.freeGb(), styles.decimal);
			text(row, 5, server.measuredOn().toString(), null);
		}
		Workbooks.widths(sheet, 16, 36, 14, 14, 14, 14);
	}

	private static void feedback(XSSFSheet sheet, ServiceReport report, Workbooks.Styles styles) {
		ServiceReport.Feedback feedback = report.feedback();
		text(row(sheet, 0), 0, "What ICT users said about " + report.month().format(LONG_MONTH), styles.title);
		Row asked = row(sheet, 2);
		text(asked, 0, "Asked", styles.bold);
		number(asked, 1, feedback.asked(), null);
		Row answered = row(sheet, 3);
		text(answered, 0, "Answered", styles.bold);
		number(answered, 1, feedback.answered(), null);
		header(sheet, 5, styles, "How well ICT support worked", "Answers");
		int index = 6;
		for (FeedbackRating rating : FeedbackRating.values()) {
			Row row = row(sheet, index++);
			text(row, 0, rating.label(), null);
			number(row, 1, feedback.ratings().getOrDefault(rating.formValue(), 0), null);
		}
		index = comments(sheet, index + 1, "What worked well", feedback.workedWell(), styles);
		comments(sheet, index + 1, "What should improve", feedback.toImprove(), styles);
		sheet.setColumnWidth(0, 80 * 256);
		sheet.setColumnWidth(1, 12 * 256);
	}

	private static int comments(XSSFSheet sheet, int top, String title, List<String> comments, Workbooks.Styles styles) {
		header(sheet, top, styles, title);
		int index = top + 1;
		for (String comment : comments) {
			text(row(sheet, index++), 0, comment, styles.wrapped);
		}
		return index;
	}
}

package org.fitsflow.continuity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fitsflow.spreadsheet.Workbooks;
import org.springframework.stereotype.Component;

/**
 * The risk assessment as a spreadsheet, laid out like the FITS template: the risks of each service with their
 * likelihood, impact and rating, the recommendations with their costs and the ICT owner's decisions, and the lessons
 * of invocations it took in. Set up to print (landscape, one page wide, headings repeated).
 */
@Component
class RiskAssessmentSpreadsheet {

	static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
	static final String RISKS = "Risk assessment";
	static final String RECOMMENDATIONS = "Recommendations";
	static final String LESSONS = "Lessons";

	private final DateTimeFormatter shown;

	RiskAssessmentSpreadsheet(Clock clock) {
		this.shown = DateTimeFormatter.ofPattern("d MMMM yyyy").withZone(clock.getZone());
	}

	byte[] write(RiskAssessment assessment, List<Lesson> lessons, String schoolName) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle title = style(workbook, true, false, 14);
			CellStyle header = style(workbook, true, true, 11);
			CellStyle text = style(workbook, false, false, 11);
			text.setWrapText(true);
			text.setBorderBottom(BorderStyle.THIN);

			XSSFSheet risks = sheet(workbook, RISKS, new int[] { 24, 44, 12, 12, 10, 36 });
			cell(risks.createRow(0), 0, "Risk assessment " + assessment.getReference() + ": " + schoolName, title);
			cell(risks.createRow(1), 0, "Year " + assessment.getYear() + ". " + stamps(assessment), text);
			row(risks, 3, header, "Service", "Threat", "Likelihood", "Impact (harm)", "Rating", "Existing measures");
			int r = 4;
			for (Risk risk : assessment.getRisks().stream().sorted(Comparator.comparing(Risk::getRating)).toList()) {
				row(risks, r++, text, risk.getServiceName(), risk.getThreat(), risk.getLikelihood().formValue(),
						risk.getHarm().formValue(), risk.getRating().formValue(), risk.getExistingMeasures());
			}
			risks.setRepeatingRows(new org.apache.poi.ss.util.CellRangeAddress(3, 3, -1, -1));

			XSSFSheet recommendations = sheet(workbook, RECOMMENDATIONS, new int[] { 20, 44, 12, 12, 28, 14, 36, 18 });
			row(recommendations, 0, header, "Service", "Recommendation", "Estimated cost", "Provider charge", "From",
					"Decision", "Reason", "Request for change or task");
			r = 1;
			for (Recommendation rec : assessment.getRecommendations()) {
				Row row = row(recommendations, r++, text, rec.getServiceName(), rec.getDescription(), null, null,
						from(rec), rec.getDecision() == null ? "undecided" : rec.getDecision().formValue(),
						rec.getDecisionReason(), followUp(rec));
				amount(row, 2, rec.getEstimatedCost(), text);
				amount(row, 3, rec.getProviderCharge(), text);
			}
			recommendations.setRepeatingRows(new org.apache.poi.ss.util.CellRangeAddress(0, 0, -1, -1));

			XSSFSheet learnt = sheet(workbook, LESSONS, new int[] { 60, 50 });
			row(learnt, 0, header, "Lesson of an invocation", "Improvement recommended");
			r = 1;
			for (Lesson lesson : lessons) {
				row(learnt, r++, text, lesson.getLesson(), lesson.getRecommendation());
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private String stamps(RiskAssessment a) {
		return "Assessed " + when(a.getAssessedAt()) + " by " + who(a.getAssessedBy()) + "; decided " + when(a.getDecidedAt())
				+ " by " + who(a.getDecidedBy()) + (a.getFiledAt() == null ? "." : "; filed " + when(a.getFiledAt())
						+ " (" + a.getFiledWhere() + ").");
	}

	private static String from(Recommendation r) {
		return switch (r.getSource()) {
			case NEW -> "new";
			case LESSON -> "lesson of an invocation";
			case CARRIED_FORWARD -> "carried forward from " + r.getFirstRaisedIn();
		};
	}

	private static String followUp(Recommendation r) {
		if (r.getChangeReference() != null) {
			return r.getChangeReference();
		}
		return r.getActionReference() != null ? r.getActionReference() + " (" + r.getActionFunction() + ", by "
				+ r.getActionDue() + ")" : null;
	}

	private String when(Instant instant) {
		return instant == null ? "-" : shown.format(instant);
	}

	private static String who(String userId) {
		return userId == null ? "-" : userId;
	}

	private static XSSFSheet sheet(XSSFWorkbook workbook, String name, int[] widths) {
		XSSFSheet sheet = workbook.createSheet(name);
		Workbooks.widths(sheet, widths);
		PrintSetup print = sheet.getPrintSetup();
		print.setLandscape(true);
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setFitToPage(true);
		return sheet;
	}

	private static Row row(XSSFSheet sheet, int index, CellStyle style, String... values) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < values.length; i++) {
			cell(row, i, values[i], style);
		}
		return row;
	}

	private static void cell(Row row, int column, String value, CellStyle style) {
		var cell = row.createCell(column);
		if (value != null) {
			cell.setCellValue(value);
		}
		if (style != null) {
			cell.setCellStyle(style);
		}
	}

	private static void amount(Row row, int column, BigDecimal value, CellStyle style) {
		var cell = row.createCell(column);
		cell.setCellStyle(style);
		if (value != null) {
			cell.setCellValue(value.doubleValue());
		}
	}

	private static CellStyle style(XSSFWorkbook workbook, boolean bold, boolean filled, int size) {
		CellStyle style = workbook.createCellStyle();
		Font font = workbook.createFont();
		font.setBold(bold);
		font.setFontHeightInPoints((short) size);
		style.setFont(font);
		if (filled) {
			style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			style.setWrapText(true);
		}
		return style;
	}
}

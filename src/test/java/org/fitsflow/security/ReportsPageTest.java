package org.fitsflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fitsflow.testsupport.Api;
import org.fitsflow.testsupport.DemoIncidents;
import org.fitsflow.testsupport.ServiceTest;
import org.fitsflow.testsupport.WebappSession;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

/**
 * Reports (/pages/schools/{id}/reports...) over HTTP as a browser sends it: the monthly service reports with their
 * charts, the incident and change lists with filters and their CSV and spreadsheet downloads, read with the API's
 * rules, and every other way in (another school, a teacher on the whole list, formula text in a cell) refused or
 * made harmless.
 */
@ServiceTest
class ReportsPageTest extends TwoSchools {

	private static final String REPORTS = "/pages/schools/riverside/reports";
	private static final String MONTH = YearMonth.now().toString();

	@Test
	void monthlyReports_forTheSchoolsMembers_withChartsAndTheirTables_refusedToAnotherSchool() throws Exception {
		new DemoIncidents(port).report("teacher", "Whiteboard pen missing " + UUID.randomUUID());
		WebappSession owner = WebappSession.logIn(port, "headteacher", "demo");
		assertThat(owner.page("/pages/reports").header("Location")).endsWith(REPORTS);
		String list = owner.page(REPORTS).text();
		assertThat(list).contains("Monthly service reports", "report-" + MONTH, "(so far)");

		String report = owner.page(REPORTS + "/" + MONTH).text();
		assertThat(report).contains("Incidents logged", "Incidents by month", "<svg", "role=\"img\"",
				"The chart's figures as a table").doesNotContain("<script");
		// The description a screen reader hears names each line's values.
		assertThat(report).containsPattern("<desc id=\"chart-incidents-desc\">Logged: [^<]*\\d");
		HttpResponse<byte[]> spreadsheet = owner.download(REPORTS + "/" + MONTH + "/spreadsheet");
		assertThat(spreadsheet.statusCode()).isEqualTo(200);
		try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(spreadsheet.body()))) {
			assertThat(book.getNumberOfSheets()).isPositive();
		}
		// A teacher reads the service reports, as through the API.
		WebappSession teacher = WebappSession.logIn(port, "teacher", "demo");
		assertThat(teacher.page(REPORTS + "/" + MONTH).status()).isEqualTo(200);
		// No report of a month to come, nor of a month that is not one.
		assertThat(owner.page(REPORTS + "/" + YearMonth.now().plusMonths(2)).status()).isEqualTo(404);
		assertThat(owner.page(REPORTS + "/2026-13").status()).isEqualTo(404);

		// Hillside's ICT owner and teacher: none of riverside's reports, lists or files.
		for (String who : List.of("hill-owner", "hill-teacher")) {
			WebappSession hillside = WebappSession.logIn(port, who, PASSWORD);
			for (String path : List.of(REPORTS, REPORTS + "/" + MONTH, REPORTS + "/incidents", REPORTS + "/changes")) {
				Api.Response refused = hillside.page(path);
				assertThat(refused.status()).as(who + " " + path).isEqualTo(403);
				assertThat(refused.text()).contains("not a member");
			}
			for (String path : List.of(REPORTS + "/" + MONTH + "/spreadsheet", REPORTS + "/incidents.csv",
					REPORTS + "/incidents.xlsx", REPORTS + "/changes.csv", REPORTS + "/changes.xlsx")) {
				HttpResponse<byte[]> refused = hillside.download(path);
				assertThat(refused.statusCode()).as(who + " " + path).isEqualTo(403);
				assertThat(new String(refused.body(), StandardCharsets.UTF_8)).doesNotContain("Whiteboard");
			}
		}
		// Not logged in: the login form, nothing else.
		Api.Response anonymous = WebappSession.anonymous(port).page(REPORTS + "/incidents");
		assertThat(anonymous.status()).isEqualTo(302);
		assertThat(anonymous.header("Location")).contains("/pages/login");
	}

	@Test
	void incidentList_filtersAndExports_formulaTextMadeHarmless_aTeacherGetsOnlyTheirOwn() throws Exception {
		DemoIncidents demo = new DemoIncidents(port);
		String formula = "=HYPERLINK(\"http://evil.example\",\"Click\") " + UUID.randomUUID();
		DemoIncidents.Reported teachers = demo.report("teacher", formula);
		DemoIncidents.Reported technicians = demo.report("technician", "+Scanner offline, again " + UUID.randomUUID());

		WebappSession owner = WebappSession.logIn(port, "headteacher", "demo");
		String page = owner.page(REPORTS + "/incidents?status=logged").text();
		assertThat(page).contains(teachers.reference(), technicians.reference(), "Rita Reed", "Sam Singh");
		assertThat(owner.page(REPORTS + "/incidents?status=closed").text()).doesNotContain(teachers.reference());
		assertThat(owner.page(REPORTS + "/incidents?from=2000-01-01&to=2000-12-31").text())
			.doesNotContain(teachers.reference());

		// CSV: every cell a spreadsheet would run as a formula starts with an apostrophe; quotes doubled.
		HttpResponse<byte[]> csv = owner.download(REPORTS + "/incidents.csv?status=logged");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
		assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
			.contains("incidents-riverside.csv"));
		String text = new String(csv.body(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFReference,Logged,Reported by,Kind,Service,Description");
		String line = line(text, teachers.reference());
		assertThat(line).contains(",Rita Reed,").contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\") ")
			.doesNotContain(",=");
		assertThat(line(text, technicians.reference())).contains(",\"'+Scanner offline, again ");

		// The spreadsheet: the same rows; text is text (never a formula), numbers and dates are typed.
		HttpResponse<byte[]> xlsx = owner.download(REPORTS + "/incidents.xlsx?status=logged");
		assertThat(xlsx.statusCode()).isEqualTo(200);
		try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Incidents of Riverside Primary School");
			assertThat(sheet.getRow(2).getCell(5).getStringCellValue()).isEqualTo("Description");
			Row row = row(sheet, teachers.reference()).orElseThrow();
			assertThat(row.getCell(5).getCellType()).isEqualTo(CellType.STRING);
			assertThat(row.getCell(5).getStringCellValue()).isEqualTo(formula);
			assertThat(row.getCell(1).getCellType()).as("logged, a date").isEqualTo(CellType.NUMERIC);
			assertThat(row.getCell(2).getStringCellValue()).isEqualTo("Rita Reed");
			assertThat(row(sheet, technicians.reference())).isPresent();
			for (Row r : sheet) {
				for (Cell c : r) {
					assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA);
				}
			}
		}

		// A filter that cannot be read is shown beside its field, lists nothing and downloads nothing.
		Api.Response bad = owner.page(REPORTS + "/incidents?from=yesterday&priority=9");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(HtmlUtils.htmlUnescape(bad.text())).contains("A date such as 2026-11-23, not 'yesterday'", "A FITS priority from 1",
				"id=\"from-error\"").doesNotContain(teachers.reference());
		assertThat(owner.download(REPORTS + "/incidents.csv?from=yesterday").statusCode()).isEqualTo(400);

		// A teacher sees the list as the API gives it to them: their own reports only, on the page and in each file.
		WebappSession teacher = WebappSession.logIn(port, "teacher", "demo");
		String own = teacher.page(REPORTS + "/incidents").text();
		assertThat(own).contains(teachers.reference(), "You see the incidents you reported")
			.doesNotContain(technicians.reference());
		String teacherCsv = new String(teacher.download(REPORTS + "/incidents.csv").body(), StandardCharsets.UTF_8);
		assertThat(teacherCsv).contains(teachers.reference()).doesNotContain(technicians.reference());
		try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(teacher.download(REPORTS + "/incidents.xlsx").body()))) {
			assertThat(row(book.getSheetAt(0), technicians.reference())).isEmpty();
			assertThat(row(book.getSheetAt(0), teachers.reference())).isPresent();
		}
	}

	@Test
	void changeList_staffCostsOnlyForTheIctOwner_inThePageAndBothFiles() throws Exception {
		Raised overtime = raise(as("technician", "demo"), "Overtime for the migration " + UUID.randomUUID(), 400, "staff");
		Raised printer = raise(as("technician", "demo"), "-New printer for room 4 " + UUID.randomUUID(), 120, "hardware");

		WebappSession owner = WebappSession.logIn(port, "headteacher", "demo");
		String ownersPage = owner.page(REPORTS + "/changes").text();
		assertThat(tableRow(ownersPage, overtime.reference())).contains("£400.00");
		assertThat(tableRow(ownersPage, printer.reference())).contains("£120.00");
		assertThat(owner.page(REPORTS + "/changes?category=hardware").text()).contains(printer.reference())
			.doesNotContain(overtime.reference());
		String ownersCsv = new String(owner.download(REPORTS + "/changes.csv").body(), StandardCharsets.UTF_8);
		assertThat(cells(line(ownersCsv, overtime.reference()))[6]).isEqualTo("400.00");
		assertThat(cells(line(ownersCsv, printer.reference()))[3]).startsWith("'-New printer for room 4");

		// A teacher reads the changes, as through the API, but not what staff cost.
		WebappSession teacher = WebappSession.logIn(port, "teacher", "demo");
		String page = teacher.page(REPORTS + "/changes").text();
		// Its own row: other tests on the shared service raise changes costing £400 that anyone may see.
		assertThat(tableRow(page, overtime.reference())).contains("staff cost (ICT owner only)").doesNotContain("£400.00");
		String[] teachersRow = cells(line(new String(teacher.download(REPORTS + "/changes.csv").body(),
				StandardCharsets.UTF_8), overtime.reference()));
		assertThat(teachersRow[6]).isEmpty();
		assertThat(teachersRow[7]).isEqualTo("Staff");
		assertThat(cells(line(new String(teacher.download(REPORTS + "/changes.csv").body(), StandardCharsets.UTF_8),
				printer.reference()))[6]).isEqualTo("120.00");
		try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(teacher.download(REPORTS + "/changes.xlsx").body()))) {
			Row row = row(book.getSheetAt(0), overtime.reference()).orElseThrow();
			assertThat(row.getCell(6)).as("no staff cost").isNull();
			assertThat(row(book.getSheetAt(0), printer.reference()).orElseThrow().getCell(6).getNumericCellValue())
				.isEqualTo(120.0);
		}
		Api.Response bad = owner.page(REPORTS + "/changes?status=done");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(HtmlUtils.htmlUnescape(bad.text())).contains("Choose one of the list, not 'done'");
	}

	/** The change list's row of one change, as the page renders it. */
	private static String tableRow(String html, String reference) {
		int start = html.indexOf("<tr id=\"change-" + reference + "\">");
		assertThat(start).as(reference + " in the change list").isNotNegative();
		return html.substring(start, html.indexOf("</tr>", start));
	}

	private static String line(String csv, String reference) {
		return Arrays.stream(csv.split("\r\n")).filter(l -> l.startsWith(reference + ",")).findFirst()
			.orElseThrow(() -> new AssertionError(reference + " not in\n" + csv));
	}

	/** The cells of a CSV line without quoted commas (the tests' own rows). */
	private static String[] cells(String line) {
		return line.split(",", -1);
	}

	private static Optional<Row> row(Sheet sheet, String reference) {
		for (Row row : sheet) {
			Cell first = row.getCell(0);
			if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(reference)) {
				return Optional.of(row);
			}
		}
		return Optional.empty();
	}
}

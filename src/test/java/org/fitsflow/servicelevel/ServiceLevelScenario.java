package org.fitsflow.servicelevel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fitsflow.school.Employment;
import org.fitsflow.school.FitsFunction;
import org.fitsflow.school.PersonDetails;
import org.fitsflow.school.SchoolDirectory;
import org.fitsflow.servicelevel.ServiceReport.FigureKey;
import org.fitsflow.spreadsheet.Workbooks;
import org.fitsflow.testsupport.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The service report of a known month, checked figure by figure against records made here (on H2 and PostgreSQL),
 * including a rejected change that is not counted and a reopened incident; the report and catalogue spreadsheets read
 * back with POI; a catalogue import with one bad row that changes nothing and names the row. Each run uses a school
 * of its own, so the demo school's records from other tests do not count.
 */
abstract class ServiceLevelScenario {

	private static final YearMonth JANUARY = YearMonth.of(2027, 1);
	private static final DataFormatter TEXT = new DataFormatter();

	@LocalServerPort
	int port;

	@Autowired
	SchoolDirectory directory;

	@Autowired
	ServiceReports reports;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ServiceCatalogue catalogue;

	private String school;
	private long printing;
	private long email;
	private String owner;

	@BeforeEach
	void aSchoolOfItsOwn() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		school = "report-" + suffix;
		directory.createSchool(school, "Report School " + suffix);
		owner = "owner-" + suffix;
		directory.addPerson(school, new PersonDetails(owner, "Olive Owner", owner + "@example.org", Employment.SCHOOL_STAFF,
				null, true, "a-long-password-" + suffix));
		directory.assign(school, owner, FitsFunction.ICT_OWNER);
		printing = catalogue.add(school, new ServiceDetails("Printing", null, "School day", "All staff", Importance.LOW,
				null, null, SupportedBy.PERSON, null, null, null)).getId();
		email = catalogue.add(school, new ServiceDetails("Email", null, "Always", "All staff", Importance.MEDIUM, null, null,
				SupportedBy.SERVICE_PROVIDER, null, "Northgate ICT Services", "desk@northgate.example.org")).getId();
	}

	@Test
	void januarysReport_countsEachFigureFromTheRecords_withEarlierMonthsBesideIt() throws Exception {
		recordsOfAKnownMonth();

		ServiceReport report = reports.report(school, JANUARY);

		assertThat(report.months()).extracting(YearMonth::toString)
			.containsExactly("2026-09", "2026-10", "2026-11", "2026-12", "2027-01");
		assertThat(values(report, FigureKey.INCIDENTS_LOGGED)).containsExactly(0, 0, 0, 2, 3);
		assertThat(values(report, FigureKey.PROBLEMS_LOGGED)).containsExactly(0, 0, 1, 0, 1);
		assertThat(values(report, FigureKey.INCIDENTS_RESOLVED)).containsExactly(0, 0, 0, 0, 3);
		// (4 h + 48 h + 480 h for the reopened one) / 3
		assertThat(report.figure(FigureKey.INCIDENT_RESOLUTION_HOURS).value()).isEqualTo(new BigDecimal("177.3"));
		assertThat(report.figure(FigureKey.INCIDENT_RESOLUTION_HOURS).values().get(3)).isNull();
		assertThat(values(report, FigureKey.PROBLEMS_RESOLVED)).containsExactly(0, 0, 0, 0, 1);
		assertThat(report.figure(FigureKey.PROBLEM_RESOLUTION_HOURS).value()).isEqualTo(new BigDecimal("240.0"));
		assertThat(values(report, FigureKey.INCIDENTS_OUTSTANDING)).containsExactly(0, 0, 0, 2, 2);
		assertThat(values(report, FigureKey.PROBLEMS_OUTSTANDING)).containsExactly(0, 0, 1, 1, 1);
		assertThat(values(report, FigureKey.INCIDENTS_REOPENED)).containsExactly(0, 0, 0, 0, 1);
		assertThat(values(report, FigureKey.NEW_INSTALLATIONS)).containsExactly(0, 0, 0, 1, 1);
		// the rejected request is not a change carried out
		assertThat(values(report, FigureKey.CHANGES_CARRIED_OUT)).containsExactly(0, 0, 0, 1, 2);
		assertThat(report.changesByOutcome()).containsExactly(Map.entry("successful", 1), Map.entry("unsuccessful", 1));
		assertThat(report.figure(FigureKey.DISK_USED_GB).value()).isEqualTo(new BigDecimal("412.5"));
		assertThat(report.figure(FigureKey.DISK_AVAILABLE_GB).value()).isEqualTo(new BigDecimal("587.5"));
		assertThat(report.figure(FigureKey.DISK_USED_GB).values().get(3)).isNull();

		assertThat(report.targetsByPriority()).containsExactly(
				new ServiceReport.TargetResults("Priority 1", 1, 0, 0, 0),
				new ServiceReport.TargetResults("Priority 2", 1, 0, 2, 0),
				new ServiceReport.TargetResults("Priority 3", 0, 1, 0, 1));
		assertThat(report.targetsByService()).containsExactly(
				new ServiceReport.TargetResults("Email", 0, 1, 1, 1),
				new ServiceReport.TargetResults("Printing", 2, 0, 1, 0));
		assertThat(report.feedback().asked()).isEqualTo(5);
		assertThat(report.feedback().answered()).isEqualTo(2);
		assertThat(report.feedback().ratings()).containsEntry("well", 1).containsEntry("poorly", 1)
			.containsEntry("very-well", 0);
		assertThat(report.feedback().toImprove()).containsExactly("Printing takes too long");
		assertThat(report.complete()).isFalse();

		// The same figures through the API, for the school's members only
		JsonNode api = Api.as(port, "admin").get("/api/schools/" + school + "/service-reports/2027-01").json();
		assertThat(api.path("figures").get(0).path("key").asText()).isEqualTo("incidents-logged");
		assertThat(api.path("figures").get(0).path("values").toString()).isEqualTo("[0,0,0,2,3]");
		assertThat(api.path("targetsByService").get(1).path("label").asText()).isEqualTo("Printing");
		Api.Response asOwner = api(owner, "a-long-password-" + school.substring(7))
			.get("/api/schools/" + school + "/service-reports/2027-01");
		assertThat(asOwner.status()).isEqualTo(200);
		assertThat(Api.as(port, "teacher").get("/api/schools/" + school + "/service-reports/2027-01").status())
			.as("a member of another school").isEqualTo(403);
		assertThat(Api.as(port, "admin").get("/api/schools/" + school + "/service-reports/January").status()).isEqualTo(400);

		// The spreadsheet in the FITS layout: a row per figure, a column per month, and the trend charts
		byte[] file = bytes("GET", "/api/schools/" + school + "/service-reports/2027-01/spreadsheet", null, null);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			XSSFSheet sheet = workbook.getSheet(ServiceReportSpreadsheet.REPORT_SHEET);
			Row header = sheet.getRow(ServiceReportSpreadsheet.HEADER_ROW);
			assertThat(TEXT.formatCellValue(header.getCell(1))).isEqualTo("Sep 2026");
			assertThat(TEXT.formatCellValue(header.getCell(5))).isEqualTo("Jan 2027");
			Row logged = sheet.getRow(ServiceReportSpreadsheet.HEADER_ROW + 1);
			assertThat(TEXT.formatCellValue(logged.getCell(0))).isEqualTo("Incidents logged");
			assertThat(logged.getCell(4).getNumericCellValue()).isEqualTo(2);
			assertThat(logged.getCell(5).getNumericCellValue()).isEqualTo(3);
			Row changes = sheet.getRow(ServiceReportSpreadsheet.HEADER_ROW + 1 + FigureKey.CHANGES_CARRIED_OUT.ordinal());
			assertThat(changes.getCell(5).getNumericCellValue()).isEqualTo(2);
			assertThat(sheet.getDrawingPatriarch().getCharts()).hasSize(4);
			assertThat(sheet.getDrawingPatriarch().getCharts().get(0).getTitleText().getString())
				.isEqualTo("Incidents and problems");
			Sheet targets = workbook.getSheet(ServiceReportSpreadsheet.TARGETS_SHEET);
			assertThat(TEXT.formatCellValue(targets.getRow(3).getCell(0))).isEqualTo("Priority 1");
			Sheet feedback = workbook.getSheet(ServiceReportSpreadsheet.FEEDBACK_SHEET);
			assertThat(feedback.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(2);
		}
	}

	@Test
	void catalogueExported_importedWithOneBadRow_changesNothingAndNamesTheRow_thenImportedWhenCorrected() throws Exception {
		byte[] exported = bytes("GET", "/api/schools/" + school + "/services/spreadsheet", null, null);
		byte[] withBadRow;
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
			Sheet sheet = workbook.getSheet(CatalogueSpreadsheet.SHEET);
			int first = CatalogueSpreadsheet.HEADER_ROW + 1;
			assertThat(TEXT.formatCellValue(sheet.getRow(first).getCell(0))).isEqualTo("Email");
			assertThat(TEXT.formatCellValue(sheet.getRow(first + 1).getCell(0))).isEqualTo("Printing");
			assertThat(TEXT.formatCellValue(sheet.getRow(first).getCell(7))).isEqualTo("Service provider");
			// Printing gets agreed times, and a new service comes in with a fix time nobody can read
			sheet.getRow(first + 1).createCell(5).setCellValue("1 hour");
			sheet.getRow(first + 1).createCell(6).setCellValue("4 hours");
			Row wifi = sheet.createRow(first + 2);
			wifi.createCell(0).setCellValue("Wi-Fi");
			wifi.createCell(4).setCellValue("High");
			wifi.createCell(5).setCellValue("30 minutes");
			wifi.createCell(6).setCellValue("soon");
			withBadRow = write(workbook);
		}
		String put = "/api/schools/" + school + "/services/spreadsheet";
		HttpResponse<String> refused = send("PUT", put, withBadRow, owner, "a-long-password-" + school.substring(7));
		assertThat(refused.statusCode()).isEqualTo(400);
		JsonNode problem = new com.fasterxml.jackson.databind.ObjectMapper().readTree(refused.body());
		assertThat(problem.path("rows")).hasSize(1);
		assertThat(problem.path("rows").get(0).path("row").asInt()).as("as the spreadsheet numbers it")
			.isEqualTo(CatalogueSpreadsheet.HEADER_ROW + 4);
		assertThat(problem.path("rows").get(0).path("service").asText()).isEqualTo("Wi-Fi");
		assertThat(problem.path("rows").get(0).path("problems").get(0).asText()).contains("fixTime", "'soon'");
		assertThat(problem.path("detail").asText()).contains("Nothing was changed", "row 7 (Wi-Fi)");
		assertThat(catalogue.services(school)).extracting(CatalogueService::getName).containsExactly("Email", "Printing");
		assertThat(catalogue.service(school, printing).getFixTime()).isNull();
		assertThat(Api.as(port, "admin").get("/api/schools/" + school + "/catalogue-versions").json()).isEmpty();
		assertThat(send("PUT", put, withBadRow, "teacher", "demo").statusCode()).as("another school's user").isEqualTo(403);

		byte[] corrected;
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(withBadRow))) {
			Sheet sheet = workbook.getSheet(CatalogueSpreadsheet.SHEET);
			sheet.getRow(CatalogueSpreadsheet.HEADER_ROW + 3).getCell(6).setCellValue("2 hours");
			// Email is left out of the new catalogue: it is retired, not deleted
			sheet.removeRow(sheet.getRow(CatalogueSpreadsheet.HEADER_ROW + 1));
			corrected = write(workbook);
		}
		HttpResponse<String> imported = send("PUT", put, corrected, owner, "a-long-password-" + school.substring(7));
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
		assertThat(catalogue.services(school)).extracting(CatalogueService::getName).containsExactly("Printing", "Wi-Fi");
		assertThat(catalogue.service(school, printing).getFixTime()).isEqualTo(java.time.Duration.ofHours(4));
		assertThat(catalogue.service(school, email).isRetired()).isTrue();
		JsonNode versions = Api.as(port, "admin").get("/api/schools/" + school + "/catalogue-versions").json();
		assertThat(versions).hasSize(1);
		assertThat(versions.get(0).path("version").asInt()).isEqualTo(1);
		assertThat(versions.get(0).path("source").asText()).isEqualTo("IMPORT");
		assertThat(versions.get(0).path("agreedBy").asText()).isEqualTo(owner);

		byte[] versionOne = bytes("GET", "/api/schools/" + school + "/catalogue-versions/1/spreadsheet", null, null);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(versionOne))) {
			Sheet sheet = workbook.getSheet(CatalogueSpreadsheet.SHEET);
			assertThat(TEXT.formatCellValue(sheet.getRow(1).getCell(0))).startsWith("Version 1, agreed on");
			Row wifi = sheet.getRow(CatalogueSpreadsheet.HEADER_ROW + 2);
			assertThat(TEXT.formatCellValue(wifi.getCell(0))).isEqualTo("Wi-Fi");
			assertThat(TEXT.formatCellValue(wifi.getCell(5))).isEqualTo("30 minutes");
			assertThat(TEXT.formatCellValue(wifi.getCell(6))).isEqualTo("2 hours");
		}
	}

	/** January 2027 of a school, with enough before it for the earlier months. */
	private void recordsOfAKnownMonth() {
		// A fault: logged, responded and restored in time, resolved in 4 hours.
		incident(1, "fault", "2027-01-05T09:00:00Z", "2027-01-05T13:00:00Z", null, 2, printing, "2027-01-05T11:00:00Z",
				true, "2027-01-05T17:00:00Z", true);
		// A request: both targets missed, resolved after 48 hours.
		incident(2, "request", "2027-01-10T09:00:00Z", "2027-01-12T09:00:00Z", null, 3, email, "2027-01-10T13:00:00Z",
				false, "2027-01-11T09:00:00Z", false);
		// Logged in December, resolved, reopened in January and resolved again: it counts as resolved in January (after
		// 480 hours) and as reopened; its response target fell in December.
		incident(3, "fault", "2026-12-20T10:00:00Z", "2027-01-09T10:00:00Z", "2027-01-08T10:00:00Z", 2, email,
				"2026-12-20T11:00:00Z", true, "2027-01-08T14:00:00Z", true);
		// Logged late in January, still open at its end; its fix target is in February.
		incident(4, "fault", "2027-01-25T09:00:00Z", null, null, 1, printing, "2027-01-25T09:30:00Z", true,
				"2027-02-01T09:00:00Z", null);
		// A new requirement fulfilled in January: not an incident of the figures (what it installs is counted below).
		incident(5, "new-requirement", "2027-01-03T09:00:00Z", "2027-01-20T09:00:00Z", null, 4, null, null, null, null, null);
		// Logged in December, resolved in February: outstanding at the end of December and of January.
		incident(6, "fault", "2026-12-28T09:00:00Z", "2027-02-02T09:00:00Z", null, 3, null, null, null, null, null);
		// Logged in February: not in January's report at all.
		incident(7, "fault", "2027-02-03T09:00:00Z", null, null, 3, printing, "2027-02-03T10:00:00Z", false, null, null);

		problem(1, "2027-01-06T09:00:00Z", "2027-01-16T09:00:00Z");
		problem(2, "2026-11-10T09:00:00Z", null);

		change(1, "CLOSED", "successful", "2027-01-15T16:00:00Z", "2027-01-16T09:00:00Z");
		change(2, "REJECTED_TO_PROCEED", null, null, "2027-01-12T10:00:00Z");
		change(3, "CLOSED", "unsuccessful", "2027-01-20T16:00:00Z", "2027-01-21T09:00:00Z");
		change(4, "CLOSED", "successful", "2026-12-10T16:00:00Z", "2026-12-11T09:00:00Z");

		// New installations: what changes installed, as the configuration register recorded it (not an item recorded
		// by hand).
		item("SW-1", "RFC-2027-4", "2026-12-11T09:00:00Z");
		item("PC-1", "RFC-2027-1", "2027-01-16T09:00:00Z");
		item("PRN-1", null, "2027-01-17T09:00:00Z");

		// The February meeting's review reported on January: maintenance's disk space and two of five ICT users' answers.
		jdbc.update("insert into service_review (school_id, reference, meeting_on, report_month, status, started_at,"
				+ " feedback_asked, disk_used_gb, disk_available_gb) values (?, 'SR-2027-02-04', ?, '2027-01', 'PREPARING', ?,"
				+ " 5, 412.5, 587.5)", school, java.sql.Date.valueOf("2027-02-04"), at("2027-01-28T00:00:00Z"));
		Long review = jdbc.queryForObject("select id from service_review where school_id = ?", Long.class, school);
		jdbc.update("insert into service_feedback (school_id, service_review_id, user_id, rating, given_at)"
				+ " values (?, ?, 'teacher', 'well', ?)", school, review, at("2027-01-29T10:00:00Z"));
		jdbc.update("insert into service_feedback (school_id, service_review_id, user_id, rating, to_improve, given_at)"
				+ " values (?, ?, 'assistant', 'poorly', 'Printing takes too long', ?)", school, review,
				at("2027-01-29T11:00:00Z"));
	}

	private void incident(int n, String category, String logged, String resolved, String reopened, Integer priority,
			Long service, String responseTarget, Boolean responseMet, String fixTarget, Boolean fixMet) {
		jdbc.update("insert into incident (school_id, reference, reported_by, logged_by, service_id, description, category,"
				+ " impact, urgency, priority, response_target, response_target_met, fix_target, fix_target_met, status,"
				+ " logged_at, resolved_at, reopened_at, fix_paused_seconds) values (?, ?, 'teacher', 'administrator', ?, ?,"
				+ " ?, 'one-user', 'work-impaired', ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
				school, "INC-2027-" + n, service, "Incident " + n, category, priority, at(responseTarget), responseMet,
				at(fixTarget), fixMet, resolved == null ? "IN_PROGRESS" : "RESOLVED", at(logged), at(resolved), at(reopened));
	}

	private void item(String reference, String installedBy, String recorded) {
		jdbc.update("insert into configuration_item (school_id, asset_reference, name, item_type, installed_by_change,"
				+ " recorded_at) values (?, ?, ?, 'HARDWARE', ?, ?)", school, reference, "Item " + reference, installedBy,
				at(recorded));
	}

	private void problem(int n, String raised, String closed) {
		jdbc.update("insert into problem (school_id, reference, description, source, raised_at, status, closed_at)"
				+ " values (?, ?, ?, 'SECOND_LEVEL_SUPPORT', ?, ?, ?)", school, "PRB-2027-" + n, "Problem " + n, at(raised),
				closed == null ? "OPEN" : "CLOSED", at(closed));
	}

	private void change(int n, String status, String outcome, String outcomeRecorded, String closed) {
		jdbc.update("insert into request_for_change (school_id, reference, status, created_at, originator_user_id,"
				+ " originator_name, outcome, outcome_recorded_at, closed_at) values (?, ?, ?, ?, 'technician', 'Sam Singh',"
				+ " ?, ?, ?)", school, "RFC-2027-" + n, status, at("2026-12-01T09:00:00Z"), outcome, at(outcomeRecorded),
				at(closed));
	}

	/** As Hibernate stores an Instant in these columns: the moment in the JVM's zone. */
	private static Timestamp at(String instant) {
		return instant == null ? null : Timestamp.from(Instant.parse(instant));
	}

	private static List<Integer> values(ServiceReport report, FigureKey key) {
		return report.figure(key).values().stream().map(Number::intValue).toList();
	}

	private Api api(String user, String password) {
		return Api.as(port, user, password);
	}

	private byte[] bytes(String method, String path, byte[] body, String contentType) throws Exception {
		HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request(method, path, body, "admin",
				"test-admin-password"), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue(Workbooks.XLSX);
		return response.body();
	}

	private HttpResponse<String> send(String method, String path, byte[] body, String user, String password)
			throws Exception {
		return HttpClient.newHttpClient().send(request(method, path, body, user, password),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest request(String method, String path, byte[] body, String user, String password) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
		if (body != null) {
			request.header("Content-Type", Workbooks.XLSX);
		}
		return request.build();
	}

	private static byte[] write(XSSFWorkbook workbook) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		return out.toByteArray();
	}
}

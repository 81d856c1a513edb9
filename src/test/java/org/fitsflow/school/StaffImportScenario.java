package org.fitsflow.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fitsflow.mail.MailDispatcher;
import org.fitsflow.spreadsheet.Workbooks;
import org.fitsflow.testsupport.Api;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Staff imported from a management information system's export, through the API, on H2 and PostgreSQL: a CSV and an
 * .xlsx list add everyone with the first password and tell the ICT owner which functions are still unheld; a list
 * with bad rows adds nobody and names each bad row with its reasons. People added are made to leave after each test
 * (the service context is shared), which is the leaving call tested too.
 */
abstract class StaffImportScenario {

	static final String IMPORT = "/api/schools/riverside/people/import";
	static final String FIRST_PASSWORD = "a-first-password-for-staff";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MailDispatcher dispatcher;

	private final String run = UUID.randomUUID().toString().substring(0, 6);
	private final List<String> added = new ArrayList<>();

	@AfterEach
	void leave() {
		for (String userId : added) {
			Api.Response left = Api.as(port, "headteacher").delete("/api/schools/riverside/people/" + userId);
			assertThat(left.status()).as(left.toString()).isEqualTo(204);
		}
		while (dispatcher.sendDue() > 0) {
			// next batch
		}
	}

	@Test
	void aCsvFromTheSchoolsSystem_addsEveryone_andNamesTheUnheldFunctions() {
		String csv = "\uFEFFForename,Surname,Email Address,Job Title,Payroll number\r\n"
				+ "Hannah,Green," + email("h.green") + ",Deputy Headteacher,1001\r\n"
				+ "\"Kim\",\"Lowe, Jr\"," + email("k.lowe") + ",Class teacher,1002\r\n"
				+ ",,,,\r\n"
				+ "Olly,Park," + email("o.park") + ",school administrator,1003\r\n";
		long before = people();
		Api.Response imported = Api.as(port, "headteacher").postForm(IMPORT, Map.of("firstPassword", FIRST_PASSWORD),
				Map.of("file", Map.entry("staff.csv", csv.getBytes(StandardCharsets.UTF_8))));
		assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
		imported.json().path("people").forEach(p -> added.add(p.path("userId").asText()));
		assertThat(added).containsExactly("h.green" + run, "k.lowe" + run, "o.park" + run);
		assertThat(people()).isEqualTo(before + 3);

		JsonNode green = imported.json().path("people").get(0);
		assertThat(green.path("name").asText()).isEqualTo("Hannah Green");
		assertThat(green.path("leadershipTeam").asBoolean()).as("a deputy head is on the leadership team").isTrue();
		assertThat(green.path("functions")).extracting(JsonNode::asText).containsExactly("ict-users");
		assertThat(imported.json().path("people").get(1).path("name").asText()).isEqualTo("Kim Lowe, Jr");
		assertThat(imported.json().path("people").get(1).path("leadershipTeam").asBoolean()).isFalse();
		// Riverside's functions are all held, so nothing is left to give.
		assertThat(imported.json().path("unheldFunctions")).isEmpty();

		// Each logs in with the first password and is a member of the school, no more.
		Api kim = Api.as(port, "k.lowe" + run, FIRST_PASSWORD);
		assertThat(kim.get("/api/schools/riverside/people").status()).isEqualTo(200);
		assertThat(kim.get("/api/schools/riverside").status()).isEqualTo(200);
	}

	@Test
	void anXlsxList_withUserNamesAndAProvider_addsEveryone() {
		byte[] xlsx = workbook(new String[] { "Name", "E-mail", "Role", "User name", "Provider" },
				new String[] { "Ravi Shah", email("r.shah"), "ICT technician", "rshah" + run, null },
				new String[] { "Pat Cole", email("pat.cole"), "Service provider", "pcole" + run, "Northgate ICT Services" });
		Api.Response imported = Api.as(port, "admin").postForm(IMPORT, Map.of("firstPassword", FIRST_PASSWORD),
				Map.of("file", Map.entry("staff.xlsx", xlsx)));
		assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
		imported.json().path("people").forEach(p -> added.add(p.path("userId").asText()));
		assertThat(added).containsExactly("rshah" + run, "pcole" + run);
		JsonNode pat = imported.json().path("people").get(1);
		assertThat(pat.path("employment").asText()).isEqualTo("SERVICE_PROVIDER");
		assertThat(pat.path("providerName").asText()).isEqualTo("Northgate ICT Services");
		assertThat(pat.path("functions")).as("a provider's technician is no ICT user").isEmpty();
		assertThat(Api.as(port, "rshah" + run, FIRST_PASSWORD).get("/api/schools/riverside").status()).isEqualTo(200);
	}

	@Test
	void aListWithBadRows_addsNobody_andNamesEachRowWithItsReasons() {
		String csv = "Name;E-mail;Role;Provider\n"
				+ "Good Person;" + email("good") + ";Teacher;\n"                    // row 2: fine on its own
				+ ";" + email("noname") + ";Teacher;\n"                             // row 3: no name
				+ "Bad Mail;not-an-address;Teacher;\n"                               // row 4: bad e-mail
				+ "Twice Listed;" + email("good").toUpperCase() + ";Teacher;\n"      // row 5: same e-mail as row 2
				+ "Rita Again;teacher@riverside.example.org;Teacher;\n"              // row 6: e-mail of a person of the school
				+ "Wizard;" + email("wiz") + ";Wizard;\n"                            // row 7: unknown role
				+ "No Company;" + email("nocompany") + ";Contractor;\n"              // row 8: provider without company
				+ "Sam Again;technician@elsewhere.example;Teacher;\n";               // row 9: user name already a login
		long before = people();
		Api.Response refused = Api.as(port, "headteacher").postForm(IMPORT, Map.of("firstPassword", FIRST_PASSWORD),
				Map.of("file", Map.entry("staff.csv", csv.getBytes(StandardCharsets.UTF_8))));
		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(people()).as("nobody added, not even row 2").isEqualTo(before);
		assertThat(logins("good" + run)).isZero();

		JsonNode rows = refused.json().path("rows");
		assertThat(rows.findValuesAsText("row")).containsExactly("3", "4", "5", "6", "7", "8", "9");
		assertThat(rows.get(0).path("problems").get(0).asText()).startsWith("name:");
		assertThat(rows.get(1).path("problems").get(0).asText()).startsWith("email:");
		assertThat(rows.get(2).path("problems").get(0).asText()).isEqualTo("email: " + email("good").toUpperCase()
				+ " is on row 2 too.");
		assertThat(rows.get(3).path("problems").toString()).contains("email: teacher@riverside.example.org is already teacher's");
		assertThat(rows.get(4).path("problems").get(0).asText()).startsWith("role: 'Wizard' is not a role");
		assertThat(rows.get(5).path("problems").get(0).asText()).startsWith("providerName: say which service provider");
		assertThat(rows.get(6).path("problems").get(0).asText()).startsWith("userId: technician is already a person");
		assertThat(refused.json().path("fields")).extracting(JsonNode::asText)
			.contains("rows[3].name: must not be blank.", "rows[5].email: " + email("good").toUpperCase() + " is on row 2 too.");
		assertThat(refused.json().path("detail").asText()).startsWith("The staff list was not imported: nobody was added. 7 rows");
	}

	@Test
	void aListWithoutItsColumns_orWithoutAFirstPassword_isRefusedWhole() {
		Api owner = Api.as(port, "headteacher");
		Api.Response noRole = owner.postForm(IMPORT, Map.of("firstPassword", FIRST_PASSWORD),
				Map.of("file", Map.entry("staff.csv", ("Name,Email\nKim Lowe," + email("k") + "\n").getBytes(StandardCharsets.UTF_8))));
		assertThat(noRole.status()).isEqualTo(400);
		assertThat(noRole.json().path("fields").get(0).asText()).startsWith("file: the list has no Role column");
		Api.Response noPassword = owner.postForm(IMPORT, Map.of(),
				Map.of("file", Map.entry("staff.csv", ("Name,Email,Role\nKim Lowe," + email("k") + ",Teacher\n").getBytes(StandardCharsets.UTF_8))));
		assertThat(noPassword.status()).isEqualTo(400);
		assertThat(noPassword.json().path("fields").get(0).asText()).startsWith("firstPassword:");
		Api.Response notAList = owner.postForm(IMPORT, Map.of("firstPassword", FIRST_PASSWORD),
				Map.of("file", Map.entry("staff.xlsx", new byte[] { 'P', 'K', 3, 4, 1, 2 })));
		assertThat(notAList.status()).isEqualTo(400);
		assertThat(logins("k" + run)).isZero();
	}

	private String email(String local) {
		return local + run + "@school.example";
	}

	private long people() {
		return jdbc.queryForObject("select count(*) from person where school_id = 'riverside'", Long.class);
	}

	private long logins(String userId) {
		return jdbc.queryForObject("select count(*) from act_id_user where id_ = ?", Long.class, userId);
	}

	private static byte[] workbook(String[]... rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Staff");
			for (int i = 0; i < rows.length; i++) {
				Row row = sheet.createRow(i);
				for (int c = 0; c < rows[i].length; c++) {
					Workbooks.text(row, c, rows[i][c], null);
				}
			}
			return Workbooks.bytes(workbook);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

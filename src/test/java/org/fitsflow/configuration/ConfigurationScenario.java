package org.fitsflow.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.fitsflow.system.process.ProcessVariables.with;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.fitsflow.change.ChangeOutcome;
import org.fitsflow.change.Decision;
import org.fitsflow.change.RaisedAs;
import org.fitsflow.change.RequestForChangeProcess;
import org.fitsflow.change.UsersAgreement;
import org.fitsflow.mail.MailDispatcher;
import org.fitsflow.spreadsheet.Workbooks;
import org.fitsflow.system.process.ProcessVariables;
import org.fitsflow.testsupport.Jobs;
import org.fitsflow.testsupport.Api;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The configuration register through its API, on H2 and PostgreSQL: maintenance records items with their services
 * and dependencies, a wrong item is refused naming its field, the spreadsheet goes out and comes back, an import with
 * bad rows changes nothing and names each row, a baseline is compared with today's register, and the network topology
 * diagram is attached. Asset references are made unique per run (the service context is shared).
 */
abstract class ConfigurationScenario {

	private static final DataFormatter TEXT = new DataFormatter();
	static final String ITEMS = "/api/schools/riverside/configuration-items";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ManagementService management;

	@Autowired
	MailDispatcher dispatcher;

	@Autowired
	org.camunda.bpm.engine.RuntimeService runtime;

	@Autowired
	org.camunda.bpm.engine.HistoryService history;

	private final String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

	@Test
	void maintenanceRecordsItems_membersReadThem_othersCannotChangeThem() {
		Api technician = Api.as(port, "technician");
		Api.Response server = technician.post(ITEMS, item("SRV-" + run, "Curriculum server", "HARDWARE",
				"services", List.of("Network and internet access"), "warrantyEnd", "2028-08-31", "purchaseDate",
				"2025-09-01", "supplier", "Northgate ICT Services", "location", "Server room"));
		assertThat(server.status()).as(server.toString()).isEqualTo(201);
		Api.Response office = technician.post(ITEMS, item("LIC-" + run, "Office licence", "SOFTWARE_LICENCE",
				"licenceCount", 30, "licenceExpiry", "2027-03-31", "dependsOn", List.of("srv-" + run.toLowerCase())));
		assertThat(office.status()).as(office.toString()).isEqualTo(201);
		assertThat(office.json().path("dependsOn").get(0).asText()).isEqualTo("SRV-" + run);

		JsonNode listed = Api.as(port, "teacher").get(ITEMS).json();
		assertThat(listed.findValuesAsText("assetReference")).contains("SRV-" + run, "LIC-" + run);
		JsonNode read = Api.as(port, "teacher").get(ITEMS + "/" + server.json().path("id").asLong()).json();
		assertThat(read.path("services").get(0).asText()).isEqualTo("Network and internet access");
		assertThat(read.path("warrantyEnd").asText()).isEqualTo("2028-08-31");

		assertThat(Api.as(port, "teacher").post(ITEMS, item("X-" + run, "Not mine to add", "HARDWARE")).status())
			.isEqualTo(403);
		assertThat(Api.as(port, "headteacher").delete(ITEMS + "/" + server.json().path("id").asLong()).status())
			.isEqualTo(403);
		assertThat(Api.anonymous(port).get(ITEMS).status()).isEqualTo(401);

		// The server cannot go while the licence depends on it; once the licence has gone, it can.
		Api.Response refused = technician.delete(ITEMS + "/" + server.json().path("id").asLong());
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().path("detail").asText()).startsWith("dependsOn: LIC-" + run);
		assertThat(technician.delete(ITEMS + "/" + office.json().path("id").asLong()).status()).isEqualTo(200);
		Api.Response removed = technician.delete(ITEMS + "/" + server.json().path("id").asLong());
		assertThat(removed.json().path("removedOn").isNull()).isFalse();
		assertThat(Api.as(port, "teacher").get(ITEMS).json().findValuesAsText("assetReference"))
			.doesNotContain("SRV-" + run, "LIC-" + run);
	}

	@Test
	void aWrongItemIsRefusedNamingEachField_andNothingIsRecorded() {
		long before = count();
		Api technician = Api.as(port, "technician");
		Api.Response refused = technician.post(ITEMS, item("PRN-" + run, "Office printer", "HARDWARE", "services",
				List.of("Teleportation"), "dependsOn", List.of("NOWHERE-" + run), "licenceCount", 3,
				"purchaseDate", "2026-01-10", "warrantyEnd", "2025-01-10"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().path("fields")).extracting(JsonNode::asText)
			.containsExactlyInAnyOrder("services", "dependsOn", "licenceCount", "warrantyEnd");
		assertThat(refused.json().path("detail").asText()).contains("services: 'Teleportation' is not in the service catalogue.");
		Api.Response noName = technician.post(ITEMS, item("PRN-" + run, null, null));
		assertThat(noName.json().path("fields")).extracting(JsonNode::asText).containsExactlyInAnyOrder("name", "type");
		assertThat(count()).isEqualTo(before);

		assertThat(technician.post(ITEMS, item("PRN-" + run, "Office printer", "HARDWARE")).status()).isEqualTo(201);
		Api.Response twice = technician.post(ITEMS, item("prn-" + run.toLowerCase(), "Another printer", "HARDWARE"));
		assertThat(twice.status()).isEqualTo(400);
		assertThat(twice.json().path("detail").asText()).startsWith("assetReference: 'prn-");
		assertThat(count()).isEqualTo(before + 1);
	}

	@Test
	void theSpreadsheetGoesOutAndComesBack_aBadImportChangesNothingAndNamesEachRow() throws IOException {
		Api technician = Api.as(port, "technician");
		assertThat(technician.post(ITEMS, item("SW-" + run, "Switch, hall", "NETWORK", "location", "Hall")).status())
			.isEqualTo(201);
		byte[] exported = technician.download(ITEMS + "/spreadsheet");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
			Sheet sheet = workbook.getSheet(ConfigurationSpreadsheet.SHEET);
			assertThat(TEXT.formatCellValue(sheet.getRow(ConfigurationSpreadsheet.HEADER_ROW).getCell(0)))
				.isEqualTo("Asset reference");
			// Change the switch, add two items (one depending on the other), then spoil two other rows.
			Row hall = find(sheet, "SW-" + run);
			hall.getCell(3).setCellValue("Hall cupboard");
			int last = sheet.getLastRowNum();
			Row ap = sheet.createRow(last + 1);
			set(ap, "AP-" + run, "Wireless access point", "Network", "Library", "Network and internet access",
					"SW-" + run);
			Row lic = sheet.createRow(last + 2);
			set(lic, "MIS-" + run, "School information system", "Software licence", null, null, null);
			lic.createCell(9).setCellValue(1);
			lic.createCell(10).setCellValue("2027-07-31");
			byte[] good = write(workbook);

			Row bad1 = sheet.createRow(last + 3);
			set(bad1, "BAD1-" + run, "A projector", "Projector", null, "Teleportation", null);
			Row bad2 = sheet.createRow(last + 4);
			set(bad2, "BAD2-" + run, null, "Hardware", null, null, "GONE-" + run);
			bad2.createCell(7).setCellValue("last Tuesday");
			byte[] bad = write(workbook);

			long before = count();
			Api.Response refused = technician.putFile(ITEMS + "/spreadsheet", bad, Workbooks.XLSX);
			assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
			JsonNode rows = refused.json().path("rows");
			assertThat(rows).hasSize(2);
			assertThat(rows.get(0).path("row").asInt()).isEqualTo(last + 4);
			assertThat(rows.get(0).path("problems").toString()).contains("type: 'Projector'", "services: 'Teleportation'");
			assertThat(rows.get(1).path("row").asInt()).isEqualTo(last + 5);
			assertThat(rows.get(1).path("problems").toString()).contains("purchaseDate:", "name:", "dependsOn: 'GONE-");
			assertThat(count()).isEqualTo(before);
			assertThat(location("SW-" + run)).isEqualTo("Hall");

			Api.Response imported = technician.putFile(ITEMS + "/spreadsheet", good, Workbooks.XLSX);
			assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
			assertThat(count()).isEqualTo(before + 2);
			assertThat(location("SW-" + run)).isEqualTo("Hall cupboard");
			JsonNode ap2 = byReference("AP-" + run);
			assertThat(ap2.path("dependsOn").get(0).asText()).isEqualTo("SW-" + run);
			assertThat(ap2.path("services").get(0).asText()).isEqualTo("Network and internet access");
			assertThat(byReference("MIS-" + run).path("licenceExpiry").asText()).isEqualTo("2027-07-31");
		}
		assertThat(Api.as(port, "teacher").putFile(ITEMS + "/spreadsheet", exported, Workbooks.XLSX).status())
			.isEqualTo(403);
	}

	@Test
	void aBaselineIsComparedWithTodaysRegister() {
		Api technician = Api.as(port, "technician");
		long kept = technician.post(ITEMS, item("KEEP-" + run, "Kept laptop", "HARDWARE")).json().path("id").asLong();
		long gone = technician.post(ITEMS, item("GONE-" + run, "Old laptop", "HARDWARE")).json().path("id").asLong();
		Api.Response baseline = technician.post(ITEMS + "/baselines", Map.of("description", "Start of term " + run));
		assertThat(baseline.status()).as(baseline.toString()).isEqualTo(201);
		long baselineId = baseline.json().path("id").asLong();

		assertThat(technician.put(ITEMS + "/" + kept, item("KEEP-" + run, "Kept laptop", "HARDWARE", "location",
				"Year 6")).status()).isEqualTo(200);
		assertThat(technician.delete(ITEMS + "/" + gone).status()).isEqualTo(200);
		assertThat(technician.post(ITEMS, item("NEW-" + run, "New laptop", "HARDWARE")).status()).isEqualTo(201);

		JsonNode comparison = Api.as(port, "teacher").get(ITEMS + "/baselines/" + baselineId + "/comparison").json();
		assertThat(comparison.path("added").toString()).contains("NEW-" + run).doesNotContain("KEEP-" + run);
		assertThat(comparison.path("removed").toString()).contains("GONE-" + run);
		JsonNode changed = null;
		for (JsonNode c : comparison.path("changed")) {
			if (c.path("assetReference").asText().equals("KEEP-" + run)) {
				changed = c;
			}
		}
		assertThat(changed).as("KEEP-" + run + " changed").isNotNull();
		assertThat(changed.path("fields")).extracting(JsonNode::asText).containsExactly("location");
		assertThat(Api.as(port, "teacher").get(ITEMS + "/baselines").json().findValuesAsText("description"))
			.contains("Start of term " + run);
		assertThat(Api.as(port, "teacher").post(ITEMS + "/baselines", Map.of()).status()).isEqualTo(403);
	}

	@Test
	void theNetworkTopologyIsAttached_andTheLatestIsShown() {
		Api technician = Api.as(port, "technician");
		byte[] diagram = ("%PDF-1.4 network " + run).getBytes();
		Api.Response kept = technician.putFile(ITEMS + "/network-topology?name=network.pdf", diagram, "application/pdf");
		assertThat(kept.status()).as(kept.toString()).isEqualTo(200);
		assertThat(Api.as(port, "teacher").download(ITEMS + "/network-topology")).isEqualTo(diagram);
		assertThat(technician.putFile(ITEMS + "/network-topology?name=network.pdf", new byte[0], "application/pdf")
			.status()).isEqualTo(400);
		assertThat(Api.as(port, "teacher").putFile(ITEMS + "/network-topology?name=x.pdf", diagram, "application/pdf")
			.status()).isEqualTo(403);
	}

	@Test
	void aChangeNamesItemsFromTheRegister_anUnknownOneIsRefused_andWhenMadeItUpdatesThemAndRecordsWhatItInstalled() {
		Api technician = Api.as(port, "technician");
		assertThat(technician.post(ITEMS, item("HALL-PROJ-" + run, "Hall projector", "HARDWARE")).status()).isEqualTo(201);
		Api.Response started = technician.post("/engine-rest/process-definition/key/" + RequestForChangeProcess.KEY
				+ "/start", Map.of());
		String instance = started.json().path("id").asText();
		String reference = started.json().path("businessKey").asText();
		ProcessVariables step1 = with(RequestForChangeProcess.UNIQUE_IDENTIFIERS, "HALL-PROJ-" + run)
			.and(RequestForChangeProcess.ITEM_NAMES, "Hall projector")
			.and(RequestForChangeProcess.BRIEF_DESCRIPTION, "Replace the hall projector " + run)
			.and(RequestForChangeProcess.REASON, "The lamp is failing")
			.and(RequestForChangeProcess.RAISED_AS, RaisedAs.SECOND_LEVEL_SUPPORT);

		// An item the register does not have: refused naming the field, step 1 not recorded, the task still open.
		step1.put(RequestForChangeProcess.REGISTER_ITEMS.name(), "[\"HALL-PROJ-" + run + "\", \"NOT-THERE-" + run + "\"]");
		Api.Response refused = complete(technician, task(instance, RequestForChangeProcess.TASK_COMPLETE_STEP_1), step1);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.text()).contains("registerItems: 'NOT-THERE-" + run + "' is not in the school's configuration register");
		assertThat(jdbc.queryForObject("select step1_submitted_at from request_for_change where reference = ?"
				+ " and school_id = 'riverside'", java.sql.Timestamp.class, reference)).isNull();
		assertThat(jdbc.queryForObject("select count(*) from request_for_change_item i join request_for_change r on"
				+ " r.id = i.request_for_change_id where r.reference = ? and r.school_id = 'riverside'", Long.class,
				reference)).isZero();

		step1.put(RequestForChangeProcess.REGISTER_ITEMS.name(), "[\"hall-proj-" + run.toLowerCase() + "\"]");
		assertThat(complete(technician, task(instance, RequestForChangeProcess.TASK_COMPLETE_STEP_1), step1).status())
			.isEqualTo(204);
		Api owner = Api.as(port, "headteacher");
		assertThat(complete(owner, task(instance, RequestForChangeProcess.TASK_APPROVE_PROCEEDING),
				with(RequestForChangeProcess.APPROVAL, Decision.APPROVE)).status()).isEqualTo(204);
		Instant changeAt = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
		assertThat(complete(technician, task(instance, RequestForChangeProcess.TASK_COMPLETE_STEP_2),
				with(RequestForChangeProcess.FULL_DETAILS, "Swap the projector")
					.and(RequestForChangeProcess.IMPACT_ON_SERVICES, "No projector in the hall for an hour")
					.and(RequestForChangeProcess.IMPACT_OF_FAILURE, "No projector in the hall")
					.and(RequestForChangeProcess.FALLBACK_PLAN, "Put the old one back")
					.and(RequestForChangeProcess.CHANGE_DATE_TIME, changeAt.toString())
					.and(RequestForChangeProcess.IMPLEMENTER, "technician")).status()).isEqualTo(204);
		Jobs.executeAll(management);
		assertThat(complete(owner, task(instance, RequestForChangeProcess.TASK_DISCUSS_WITH_USERS),
				with(RequestForChangeProcess.USERS_AGREE, UsersAgreement.AGREED)
					.and(RequestForChangeProcess.USERS_FEEDBACK, "No objections")).status()).isEqualTo(204);
		assertThat(complete(owner, task(instance, RequestForChangeProcess.TASK_APPROVE_IMPLEMENTATION),
				with(RequestForChangeProcess.APPROVAL, Decision.APPROVE)).status()).isEqualTo(204);
		ClockUtil.setCurrentTime(Date.from(changeAt.plusSeconds(1)));
		Jobs.executeAll(management);
		assertThat(complete(technician, task(instance, RequestForChangeProcess.TASK_RECORD_OUTCOME),
				with(RequestForChangeProcess.OUTCOME, ChangeOutcome.SUCCESSFUL)
					.and(RequestForChangeProcess.OUTCOME_NOTES, "New projector in, and a wireless presenter")).status())
			.isEqualTo(204);

		// The new items: a wrong one refuses the whole update; then the projector and the presenter are recorded.
		String update = task(instance, RequestForChangeProcess.TASK_UPDATE_CONFIGURATION_RECORDS);
		ProcessVariables records = with(RequestForChangeProcess.CONFIGURATION_NOTES, "Projector replaced");
		records.put(RequestForChangeProcess.NEW_ITEMS.name(), "[{\"assetReference\": \"HALL-PROJ-" + run
				+ "\", \"name\": \"Twice\", \"type\": \"HARDWARE\"}]");
		Api.Response twice = complete(technician, update, records);
		assertThat(twice.status()).isEqualTo(400);
		assertThat(twice.text()).contains("newItems: item 1: assetReference: 'HALL-PROJ-" + run + "' is already in the register");
		records.put(RequestForChangeProcess.NEW_ITEMS.name(), "[{\"assetReference\": \"HALL-PRES-" + run
				+ "\", \"name\": \"Wireless presenter\", \"type\": \"HARDWARE\", \"location\": \"Hall\"}]");
		assertThat(complete(technician, update, records).status()).isEqualTo(204);

		JsonNode projector = byReference("HALL-PROJ-" + run);
		assertThat(projector.path("lastChange").asText()).isEqualTo(reference);
		assertThat(projector.path("installedByChange").isNull()).isTrue();
		JsonNode presenter = byReference("HALL-PRES-" + run);
		assertThat(presenter.path("installedByChange").asText()).isEqualTo(reference);
		assertThat(presenter.path("location").asText()).isEqualTo("Hall");
	}

	@Test
	void aWarrantyEndingIsRemindedOnce_toTheIctOwnerAndMaintenance_andAChangedDateReplacesTheReminder() throws Exception {
		Api technician = Api.as(port, "technician");
		java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
		String ends = today.plusDays(90).toString();
		Api.Response added = technician.post(ITEMS, item("UPS-" + run, "Server room UPS", "HARDWARE", "warrantyEnd", ends));
		long id = added.json().path("id").asLong();
		assertThat(reminders(id)).containsExactly("riverside/" + id + "/warranty/" + ends);

		// Saved again with the same date: still the one reminder. A new date replaces it.
		assertThat(technician.put(ITEMS + "/" + id, item("UPS-" + run, "Server room UPS", "HARDWARE", "warrantyEnd", ends,
				"location", "Server room")).status()).isEqualTo(200);
		assertThat(reminders(id)).containsExactly("riverside/" + id + "/warranty/" + ends);
		String later = today.plusDays(100).toString();
		assertThat(technician.put(ITEMS + "/" + id, item("UPS-" + run, "Server room UPS", "HARDWARE", "warrantyEnd",
				later)).status()).isEqualTo(200);
		assertThat(reminders(id)).containsExactly("riverside/" + id + "/warranty/" + later);

		// Due sixty days before (the default notice), at the start of the school's day; then the ICT owner and
		// maintenance are told, once. (Only this reminder's jobs are run: the demo school's reviews keep their dates.)
		String waiting = runtime.createProcessInstanceQuery().processInstanceBusinessKey("riverside/" + id + "/warranty/"
				+ later).singleResult().getId();
		assertThat(management.createJobQuery().processInstanceId(waiting).singleResult().getDuedate()).isEqualTo(
				Date.from(java.time.LocalDate.parse(later).minusDays(60).atStartOfDay(java.time.ZoneId.of("Europe/London"))
					.toInstant()));
		for (var job = management.createJobQuery().processInstanceId(waiting).singleResult(); job != null;
				job = management.createJobQuery().processInstanceId(waiting).singleResult()) {
			management.executeJob(job.getId());
		}
		while (dispatcher.sendDue() > 0) {
			// every batch
		}
		// One e-mail to both: GreenMail keeps a copy per recipient, each with the whole address list.
		int copies = 0;
		java.util.Set<String> told = new java.util.TreeSet<>();
		for (jakarta.mail.internet.MimeMessage m : org.fitsflow.testsupport.TestMail.server().getReceivedMessages()) {
			if (m.getSubject().contains("UPS-" + run)) {
				copies++;
				for (jakarta.mail.Address to : m.getAllRecipients()) {
					told.add(to.toString());
				}
			}
		}
		assertThat(told).containsExactly("headteacher@riverside.example.org", "technician@riverside.example.org");
		assertThat(copies).isEqualTo(2);
		assertThat(reminders(id)).isEmpty();
		assertThat(technician.put(ITEMS + "/" + id, item("UPS-" + run, "Server room UPS", "HARDWARE", "warrantyEnd",
				later, "location", "Hall")).status()).isEqualTo(200);
		assertThat(reminders(id)).isEmpty();
		assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(ExpiryReminderProcess.KEY)
			.processInstanceBusinessKey("riverside/" + id + "/warranty/" + later).count()).isEqualTo(1);
	}

	/** The business keys of the item's waiting reminders. */
	private List<String> reminders(long id) {
		return runtime.createProcessInstanceQuery().processDefinitionKey(ExpiryReminderProcess.KEY)
			.processInstanceBusinessKeyLike("riverside/" + id + "/%").list().stream()
			.map(org.camunda.bpm.engine.runtime.ProcessInstance::getBusinessKey).toList();
	}

	private Api.Response complete(Api who, String taskId, Map<String, Object> variables) {
		assertThat(taskId).as("open task").isNotNull();
		return who.post("/engine-rest/task/" + taskId + "/complete", Api.variables(variables));
	}

	private String task(String instance, String key) {
		for (JsonNode task : Api.as(port, "admin").get("/engine-rest/task?processInstanceId=" + instance).json()) {
			if (task.path("taskDefinitionKey").asText().equals(key)) {
				return task.path("id").asText();
			}
		}
		return null;
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
		while (dispatcher.sendDue() > 0) {
			// every batch: other tests read the outbox
		}
	}

	static Map<String, Object> item(String reference, String name, String type, Object... more) {
		Map<String, Object> item = new HashMap<>();
		item.put("assetReference", reference);
		item.put("name", name);
		item.put("type", type);
		for (int i = 0; i + 1 < more.length; i += 2) {
			item.put((String) more[i], more[i + 1]);
		}
		return item;
	}

	private long count() {
		return jdbc.queryForObject("select count(*) from configuration_item where school_id = 'riverside'", Long.class);
	}

	private JsonNode byReference(String reference) {
		for (JsonNode item : Api.as(port, "teacher").get(ITEMS).json()) {
			if (item.path("assetReference").asText().equals(reference)) {
				return item;
			}
		}
		throw new AssertionError("no item " + reference);
	}

	private String location(String reference) {
		return byReference(reference).path("location").asText();
	}

	private static Row find(Sheet sheet, String reference) {
		for (Row row : sheet) {
			if (reference.equals(TEXT.formatCellValue(row.getCell(0)))) {
				return row;
			}
		}
		throw new AssertionError("no row " + reference);
	}

	private static void set(Row row, String... cells) {
		for (int i = 0; i < cells.length; i++) {
			if (cells[i] != null) {
				row.createCell(i).setCellValue(cells[i]);
			}
		}
	}

	private static byte[] write(XSSFWorkbook workbook) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		return out.toByteArray();
	}
}

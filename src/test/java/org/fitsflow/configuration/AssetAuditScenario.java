package org.fitsflow.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.fitsflow.change.RequestForChangeProcess;
import org.fitsflow.mail.MailDispatcher;
import org.fitsflow.school.Employment;
import org.fitsflow.school.FitsFunction;
import org.fitsflow.school.PersonDetails;
import org.fitsflow.school.ReviewSchedules;
import org.fitsflow.school.SchoolDirectory;
import org.fitsflow.servicelevel.Importance;
import org.fitsflow.servicelevel.ServiceCatalogue;
import org.fitsflow.servicelevel.ServiceDetails;
import org.fitsflow.servicelevel.SupportedBy;
import org.fitsflow.testsupport.Api;
import org.fitsflow.testsupport.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A school's yearly asset audit through the running service, as its function holders do it in Tasklist (its REST
 * API): the schedule started by the ICT owner (a second start refused), the timer run by moving the engine's clock,
 * maintenance checking the register and recording discrepancies (wrong ones refused naming each, nothing changed),
 * each corrected in the register or raised as a real request for change, the audit kept with its baseline and read
 * through the API, the ICT owner told. Each test makes a school of its own, on H2 and on PostgreSQL.
 */
abstract class AssetAuditScenario {

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	@LocalServerPort
	int port;

	@Autowired
	SchoolDirectory directory;

	@Autowired
	ReviewSchedules schedules;

	@Autowired
	ConfigurationRegister register;

	@Autowired
	ServiceCatalogue catalogue;

	@Autowired
	ManagementService management;

	@Autowired
	RuntimeService runtime;

	@Autowired
	MailDispatcher mailDispatcher;

	private String school;
	private String suffix;
	private final Set<String> mailBefore = new HashSet<>();

	@BeforeEach
	void aSchoolWithItsTeamAndRegister() throws Exception {
		suffix = UUID.randomUUID().toString().substring(0, 6);
		school = "audit-" + suffix;
		directory.createSchool(school, "Audit School " + suffix);
		person("owner", true, FitsFunction.ICT_OWNER);
		person("tech", false, FitsFunction.MAINTENANCE, FitsFunction.SECOND_LEVEL_SUPPORT);
		person("teach", false);
		catalogue.add(school, new ServiceDetails("Printing", "Printers", "School day", "All staff", Importance.LOW, null,
				null, SupportedBy.PERSON, null, null, null));
		register.add(school, item("PC-01", "Office PC", ItemType.HARDWARE, "Office", null));
		register.add(school, item("PC-02", "Library PC", ItemType.HARDWARE, "Library", null));
		register.add(school, item("SW-01", "Office suite", ItemType.SOFTWARE_LICENCE, null, 30));
		for (MimeMessage m : TestMail.server().getReceivedMessages()) {
			mailBefore.add(m.getMessageID());
		}
	}

	@AfterEach
	void stopTheSchoolsWork() {
		ClockUtil.reset();
		for (var s : schedules.schedules(school)) {
			schedules.stop(school, s.getReviewKey(), "test over");
		}
		runtime.createProcessInstanceQuery().tenantIdIn(school).list()
			.forEach(p -> runtime.deleteProcessInstance(p.getId(), "test over"));
		while (mailDispatcher.sendDue() > 0) {
			// next batch
		}
	}

	@Test
	void yearlyAudit_discrepanciesCorrectedInTheRegisterOrRaisedAsChanges_keptWithItsBaseline_ictOwnerTold()
			throws Exception {
		LocalDate due = LocalDate.now(LONDON).plusDays(40);
		Api owner = as("owner");
		String schedulesPath = "/api/schools/" + school + "/review-schedules";
		assertThat(owner.post(schedulesPath, Map.of("reviewKey", AssetAuditProcess.KEY, "nextDue", due.toString()))
			.status()).isEqualTo(201);
		assertThat(owner.post(schedulesPath, Map.of("reviewKey", AssetAuditProcess.KEY, "nextDue", due.toString()))
			.status()).isEqualTo(409);
		runJobs();
		assertThat(audits()).isEmpty();
		moveTo(due.minusDays(28).atStartOfDay(LONDON).toInstant().plusSeconds(60));
		runJobs();
		runJobs();
		List<ProcessInstance> started = audits();
		assertThat(started).hasSize(1);
		String reference = "AA-" + due;
		assertThat(started.get(0).getBusinessKey()).isEqualTo(reference);
		String audit = started.get(0).getId();

		// Maintenance records what it found; wrong entries are refused, each named, and nothing changes.
		Api tech = as("tech");
		String check = task(tech, audit, AssetAuditProcess.TASK_CHECK_REGISTER);
		Api.Response refused = tech.post("/engine-rest/task/" + check + "/complete", Map.of("variables", Map.of(
				"registerChecked", value(true), "discrepancies", json(List.of(
						entry("differs", "PC-01", "field", "location", "found", "Office", "resolution", "correct"),
						entry("missing", "NOPE-9", "resolution", "correct"),
						entry("unrecorded", "PC-02", "found", "Another PC", "type", "HARDWARE", "resolution", "correct"),
						entry("differs", "SW-01", "field", "licenceCount", "found", "lots", "resolution", "change"))))));
		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.json().path("message").asText()).contains(
				"discrepancies 1 (PC-01): found: 'Office' is what the register records",
				"discrepancies 2 (NOPE-9): assetReference: 'NOPE-9' is not an item of the school's register",
				"discrepancies 3 (PC-02): assetReference: 'PC-02' is already in the register",
				"discrepancies 4 (SW-01): found: a licence count is a whole number");
		Api.Response unticked = tech.post("/engine-rest/task/" + check + "/complete", Map.of("variables",
				Map.of("discrepancies", json(List.of()))));
		assertThat(unticked.status()).isEqualTo(400);
		assertThat(unticked.json().path("message").asText()).contains("registerChecked");
		assertThat(register.items(school)).extracting(RegisteredItem::assetReference)
			.containsExactly("PC-01", "PC-02", "SW-01");

		complete(tech, check, Map.of("registerChecked", value(true), "discrepancies", json(List.of(
				entry("differs", "pc-01", "field", "location", "found", "Room 12", "resolution", "correct"),
				entry("missing", "PC-02", "description", "Not in the library or the store", "resolution", "correct"),
				entry("unrecorded", "PRJ-09", "found", "Hall projector", "type", "HARDWARE", "location", "Hall",
						"resolution", "correct"),
				entry("differs", "SW-01", "field", "licenceCount", "found", "35", "description",
						"Five more installed than licensed", "resolution", "change")))));

		// The register is corrected through the register itself.
		Map<String, RegisteredItem> items = new LinkedHashMap<>();
		register.items(school).forEach(i -> items.put(i.assetReference(), i));
		assertThat(items.keySet()).containsExactly("PC-01", "PRJ-09", "SW-01");
		assertThat(items.get("PC-01").location()).isEqualTo("Room 12");
		assertThat(items.get("PRJ-09").name()).isEqualTo("Hall projector");
		assertThat(items.get("PRJ-09").location()).isEqualTo("Hall");
		assertThat(items.get("SW-01").licenceCount()).isEqualTo(30);

		// The licence discrepancy is a real request for change, raised by maintenance in the auditor's name.
		Api.Response read = as("teach").get("/api/schools/" + school + "/asset-audits/" + reference);
		assertThat(read.status()).as(read.toString()).isEqualTo(200);
		JsonNode kept = read.json();
		assertThat(kept.path("auditedBy").asText()).isEqualTo(user("tech"));
		assertThat(kept.path("status").asText()).isEqualTo("RECORDED");
		JsonNode found = kept.path("discrepancies");
		assertThat(found).hasSize(4);
		assertThat(found.get(0).path("recorded").asText()).isEqualTo("Office");
		assertThat(found.get(0).path("correction").asText()).isEqualTo("location changed from 'Office' to 'Room 12'");
		assertThat(found.get(1).path("correction").asText()).startsWith("taken out of service on ");
		assertThat(found.get(2).path("correction").asText()).isEqualTo("recorded in the register");
		String change = found.get(3).path("changeReference").asText();
		assertThat(change).isNotBlank();
		assertThat(found.get(3).path("correction").isNull()).isTrue();
		ProcessInstance rfc = runtime.createProcessInstanceQuery().tenantIdIn(school)
			.processDefinitionKey(RequestForChangeProcess.KEY).processInstanceBusinessKey(change).singleResult();
		assertThat(rfc).isNotNull();
		Map<String, Object> rfcVariables = runtime.getVariables(rfc.getId());
		assertThat(RequestForChangeProcess.RAISED_FROM.get(rfcVariables)).isEqualTo(reference);
		assertThat(RequestForChangeProcess.ORIGINATOR.get(rfcVariables)).isEqualTo(user("tech"));
		assertThat(RequestForChangeProcess.UNIQUE_IDENTIFIERS.get(rfcVariables)).isEqualTo("SW-01");
		assertThat(RequestForChangeProcess.REGISTER_ITEMS.get(rfcVariables).toString()).contains("SW-01");
		assertThat(task(tech, rfc.getId(), RequestForChangeProcess.TASK_COMPLETE_STEP_1)).isNotBlank();

		// Kept with its date and a baseline of the register as corrected; listed for the school's members.
		JsonNode list = as("teach").get("/api/schools/" + school + "/asset-audits").json();
		assertThat(list).hasSize(1);
		assertThat(list.get(0).path("dueOn").asText()).isEqualTo(due.toString());
		assertThat(list.get(0).path("discrepancies").asInt()).isEqualTo(4);
		long baseline = kept.path("baselineId").asLong();
		JsonNode comparison = owner.get("/api/schools/" + school + "/configuration-items/baselines/" + baseline
				+ "/comparison").json();
		assertThat(comparison.path("added")).isEmpty();
		assertThat(comparison.path("removed")).isEmpty();
		assertThat(comparison.path("changed")).isEmpty();

		// The ICT owner receives the outcome; the schedule waits for next year's date.
		runJobs();
		mailDispatcher.sendDue();
		List<MimeMessage> outcome = newMail().stream().filter(m -> subject(m).equals("Asset audit " + reference
				+ " recorded")).toList();
		assertThat(outcome).hasSize(1);
		assertThat(outcome.get(0).getAllRecipients()[0].toString()).isEqualTo(user("owner") + "@example.org");
		assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(outcome.get(0)))
			.contains("PRJ-09", "Request for change " + change);
		assertThat(runtime.createProcessInstanceQuery().processInstanceId(audit).count()).isZero();
		assertThat(schedules.schedule(school, AssetAuditProcess.KEY).getNextDue()).isEqualTo(due.plusYears(1));
	}

	private static ItemDetails item(String reference, String name, ItemType type, String location, Integer licences) {
		return new ItemDetails(reference, name, type, location, List.of(), List.of(), null, null, null, licences, null);
	}

	private static Map<String, Object> entry(String kind, String assetReference, Object... more) {
		Map<String, Object> entry = new LinkedHashMap<>(Map.of("kind", kind, "assetReference", assetReference));
		for (int i = 0; i + 1 < more.length; i += 2) {
			entry.put((String) more[i], more[i + 1]);
		}
		return entry;
	}

	private void person(String role, boolean leadership, FitsFunction... functions) {
		String userId = user(role);
		directory.addPerson(school, new PersonDetails(userId, role + " " + suffix, userId + "@example.org",
				Employment.SCHOOL_STAFF, null, leadership, "password-" + userId));
		for (FitsFunction function : functions) {
			directory.assign(school, userId, function);
		}
	}

	private String user(String role) {
		return role + "-" + suffix;
	}

	private Api as(String role) {
		return Api.as(port, user(role), "password-" + user(role));
	}

	private List<ProcessInstance> audits() {
		return runtime.createProcessInstanceQuery().tenantIdIn(school).processDefinitionKey(AssetAuditProcess.KEY).list();
	}

	private static void moveTo(Instant when) {
		ClockUtil.setCurrentTime(Date.from(when));
	}

	/** Runs this school's due jobs (timers, save points), as the job executor would. */
	private void runJobs() {
		for (int round = 0; round < 200; round++) {
			Job due = management.createJobQuery().tenantIdIn(school).executable().list().stream().findFirst().orElse(null);
			if (due == null) {
				return;
			}
			management.executeJob(due.getId());
		}
		throw new IllegalStateException("Jobs keep coming");
	}

	private static String task(Api user, String instance, String element) {
		JsonNode tasks = user.get("/engine-rest/task?taskDefinitionKey=" + element + "&processInstanceId=" + instance)
			.json();
		assertThat(tasks).as(element).hasSize(1);
		return tasks.get(0).path("id").asText();
	}

	private static void complete(Api user, String task, Map<String, Object> variables) {
		Api.Response done = user.post("/engine-rest/task/" + task + "/complete", Map.of("variables", variables));
		assertThat(done.status()).as(done.toString()).isEqualTo(204);
	}

	private static Map<String, Object> value(Object value) {
		return Map.of("value", value);
	}

	/** A list as Tasklist submits a dynamic list: a Json variable. */
	private static Map<String, Object> json(Object list) throws Exception {
		return Map.of("value", JSON.writeValueAsString(list), "type", "Json");
	}

	private List<MimeMessage> newMail() {
		return Arrays.stream(TestMail.server().getReceivedMessages()).filter(m -> !mailBefore.contains(id(m))).toList();
	}

	private static String id(MimeMessage m) {
		try {
			return m.getMessageID();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static String subject(MimeMessage m) {
		try {
			return m.getSubject();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}

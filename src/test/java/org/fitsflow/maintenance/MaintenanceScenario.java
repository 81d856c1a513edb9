package org.fitsflow.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.fitsflow.change.RaisedAs;
import org.fitsflow.change.RequestForChangeProcess;
import org.fitsflow.mail.MailDispatcher;
import org.fitsflow.problem.ProblemManagementProcess;
import org.fitsflow.testsupport.Api;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The maintenance function's regular work through its API, on H2 and PostgreSQL: the preventative maintenance schedule
 * (a wrong activity refused naming each field; each activity's occurrence waiting on its own timer, replaced when the
 * activity changes, ended when it is retired; carried out and recorded once, the next one scheduled; one that takes a
 * service down really raising a request for change), and monitoring (disk space per server shown in the monthly
 * service report and its spreadsheet; a potential problem really raised as a problem for maintenance).
 */
abstract class MaintenanceScenario {

	static final String SCHEDULE = "/api/schools/riverside/maintenance-schedule";
	static final String NOTES = "/api/schools/riverside/monitoring-notes";
	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RuntimeService runtime;

	@Autowired
	HistoryService history;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	MailDispatcher dispatcher;

	private final String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
	private final LocalDate today = LocalDate.now(LONDON);
	private Set<String> runningBefore = Set.of();

	@BeforeEach
	void noteWhatRuns() {
		runningBefore = running();
	}

	@AfterEach
	void endWhatWeStarted() {
		ClockUtil.reset();
		List<String> started = running().stream().filter(id -> !runningBefore.contains(id)).toList();
		runtime.deleteProcessInstancesIfExists(started, "test over", true, true, false);
		while (dispatcher.sendDue() > 0) {
			// every batch: other tests read the outbox
		}
	}

	@Test
	void aWrongActivityIsRefusedNamingEachField_andNothingIsScheduled() {
		long before = count("maintenance_activity");
		Api technician = Api.as(port, "technician");
		Api.Response refused = technician.post(SCHEDULE, activity("Clean the fans " + run, "P0D", today,
				"takesServiceDown", true, "services", List.of("Teleportation"), "items", List.of("NOWHERE-" + run),
				"agreedOn", today.plusDays(3).toString()));
		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.json().path("fields")).extracting(JsonNode::asText)
			.containsExactlyInAnyOrder("recurrence", "agreedOn", "services", "items", "downtimeFrom");
		Api.Response empty = technician.post(SCHEDULE, Map.of());
		assertThat(empty.json().path("fields")).extracting(JsonNode::asText).containsExactlyInAnyOrder("what",
				"recurrence", "firstDue", "agreedWith", "agreedOn", "takesServiceDown");
		assertThat(count("maintenance_activity")).isEqualTo(before);
		assertThat(Api.as(port, "teacher").post(SCHEDULE, activity("Mine " + run, "P1M", today)).status())
			.isEqualTo(403);
		assertThat(Api.anonymous(port).get(SCHEDULE).status()).isEqualTo(401);
	}

	@Test
	void anActivityWaitsOnItsOwnTimer_aChangeReplacesIt_andRetiringEndsIt() {
		Api technician = Api.as(port, "technician");
		LocalDate first = today.plusDays(10);
		Api.Response added = technician.post(SCHEDULE, activity("Check the UPS batteries " + run, "P1M", first,
				"services", List.of("Network and internet access")));
		assertThat(added.status()).as(added.toString()).isEqualTo(201);
		String reference = added.json().path("reference").asText();
		assertThat(added.json().path("nextDue").asText()).isEqualTo(first.toString());
		assertThat(added.json().path("recordedBy").asText()).isEqualTo("technician");
		assertThat(waiting(reference)).containsExactly("riverside/" + reference + "/" + first);
		ProcessInstance occurrence = runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey("riverside/" + reference + "/" + first).singleResult();
		assertThat(occurrence.getTenantId()).isEqualTo("riverside");
		assertThat(management.createJobQuery().processInstanceId(occurrence.getId()).singleResult().getDuedate())
			.isEqualTo(java.util.Date.from(first.atStartOfDay(LONDON).toInstant()));
		// Members read the schedule agreed with them.
		assertThat(Api.as(port, "teacher").get(SCHEDULE + "/" + reference).json().path("what").asText())
			.isEqualTo("Check the UPS batteries " + run);

		LocalDate moved = today.plusDays(12);
		Api.Response changed = technician.put(SCHEDULE + "/" + reference, activity("Check the UPS batteries " + run,
				"P1M", moved));
		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
		assertThat(waiting(reference)).containsExactly("riverside/" + reference + "/" + moved);

		assertThat(technician.delete(SCHEDULE + "/" + reference).json().path("retiredOn").asText())
			.isEqualTo(today.toString());
		assertThat(waiting(reference)).isEmpty();
		assertThat(technician.put(SCHEDULE + "/" + reference, activity("Again " + run, "P1M", moved)).status())
			.isEqualTo(400);
		assertThat(waiting(reference)).isEmpty();
	}

	@Test
	void anOccurrenceFiresOnItsDay_maintenanceRecordsIt_andTheNextIsScheduled_neverTheSameDateTwice() {
		Api technician = Api.as(port, "technician");
		String reference = technician.post(SCHEDULE, activity("Clean the projector filters " + run, "P1W", today))
			.json().path("reference").asText();
		String key = "riverside/" + reference + "/" + today;
		fire(key);
		Task carryOut = tasks.createTaskQuery().processInstanceBusinessKey(key).singleResult();
		assertThat(carryOut.getTaskDefinitionKey()).isEqualTo(PreventativeMaintenanceProcess.TASK_CARRY_OUT_ACTIVITY);
		assertThat(tasks.getIdentityLinksForTask(carryOut.getId())).extracting(l -> l.getGroupId())
			.contains("riverside.maintenance");
		// Saving the activity again while the occurrence is in hand schedules nothing beside it.
		assertThat(technician.put(SCHEDULE + "/" + reference, activity("Clean the projector filters " + run, "P1W",
				today)).status()).isEqualTo(200);
		assertThat(waiting(reference)).containsExactly(key);

		Api.Response refused = technician.post("/engine-rest/task/" + carryOut.getId() + "/complete",
				Api.variables(Map.of(PreventativeMaintenanceProcess.ACTIVITY_NOTES.name(), "")));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(technician.post("/engine-rest/task/" + carryOut.getId() + "/complete", Api.variables(Map.of(
				PreventativeMaintenanceProcess.ACTIVITY_NOTES.name(), "Filters cleaned in rooms 3 to 7"))).status())
			.isEqualTo(204);
		runJobs(runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).singleResult().getId());

		JsonNode scheduled = Api.as(port, "teacher").get(SCHEDULE + "/" + reference).json();
		assertThat(scheduled.path("nextDue").asText()).isEqualTo(today.plusWeeks(1).toString());
		JsonNode done = null;
		for (JsonNode o : scheduled.path("occurrences")) {
			if (o.path("dueOn").asText().equals(today.toString())) {
				done = o;
			}
		}
		assertThat(done).as(scheduled.toString()).isNotNull();
		assertThat(done.path("dueOn").asText()).isEqualTo(today.toString());
		assertThat(done.path("status").asText()).isEqualTo("DONE");
		assertThat(done.path("notes").asText()).isEqualTo("Filters cleaned in rooms 3 to 7");
		assertThat(done.path("doneBy").asText()).isEqualTo("technician");
		assertThat(waiting(reference)).containsExactly("riverside/" + reference + "/" + today.plusWeeks(1));
		// Changed back to the same first date: today's occurrence was done, so the next stays next week.
		technician.put(SCHEDULE + "/" + reference, activity("Clean the projector filters " + run, "P1W", today));
		assertThat(waiting(reference)).containsExactly("riverside/" + reference + "/" + today.plusWeeks(1));
		assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key).count()).isEqualTo(1);
	}

	@Test
	void anActivityThatTakesAServiceDown_reallyRaisesARequestForChangeAsMaintenance_aheadOfTheDowntime() {
		Api technician = Api.as(port, "technician");
		LocalDate due = today.plusDays(7);
		Api.Response added = technician.post(SCHEDULE, activity("Replace the core switch firmware " + run, "P3M", due,
				"takesServiceDown", true, "services", List.of("Network and internet access"), "downtimeFrom", "16:00",
				"downtimeTo", "18:00"));
		assertThat(added.status()).as(added.toString()).isEqualTo(201);
		String reference = added.json().path("reference").asText();
		String key = "riverside/" + reference + "/" + due;
		// Three weeks' notice before a date a week away: the change is raised at once.
		fire(key);
		ProcessInstance occurrence = runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).singleResult();
		ProcessInstance change = runtime.createProcessInstanceQuery().processDefinitionKey(RequestForChangeProcess.KEY)
			.superProcessInstanceId(occurrence.getId()).singleResult();
		assertThat(change).isNotNull();
		assertThat(change.getTenantId()).isEqualTo("riverside");
		assertThat(RequestForChangeProcess.RAISED_AS.get(runtime.getVariables(change.getId())))
			.isEqualTo(RaisedAs.MAINTENANCE);
		Map<String, Object> recorded = jdbc.queryForMap("select raised_from, brief_description, reason from"
				+ " request_for_change where reference = ? and school_id = 'riverside'", change.getBusinessKey());
		assertThat(recorded.get("raised_from")).isEqualTo(reference);
		assertThat((String) recorded.get("brief_description")).startsWith("Preventative maintenance " + reference);
		assertThat((String) recorded.get("reason")).contains("16:00 to 18:00", "Staff meeting " + run);
		Task step1 = tasks.createTaskQuery().processInstanceId(change.getId()).singleResult();
		assertThat(step1.getTaskDefinitionKey()).isEqualTo(RequestForChangeProcess.TASK_COMPLETE_STEP_1);
	}

	@Test
	void monitoringRecordsDiskSpacePerServer_theReportShowsIt_andAPotentialProblemIsRaisedForMaintenance() throws Exception {
		Api technician = Api.as(port, "technician");
		String server = "SRV-" + run;
		assertThat(technician.post("/api/schools/riverside/configuration-items", Map.of("assetReference", server,
				"name", "Curriculum server " + run, "type", "HARDWARE")).status()).isEqualTo(201);
		long notesBefore = count("monitoring_note");
		Api.Response wrong = technician.post(NOTES, Map.of("note", "Weekly check", "diskSpace", List.of(
				Map.of("assetReference", server, "capacityGb", 500, "freeGb", 600),
				Map.of("assetReference", "NOWHERE-" + run, "capacityGb", 100, "freeGb", 10)),
				"potentialProblem", "Disk filling"));
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.json().path("fields")).extracting(JsonNode::asText)
			.containsExactlyInAnyOrder("diskSpace[0].freeGb", "diskSpace[1].assetReference");
		assertThat(count("monitoring_note")).isEqualTo(notesBefore);
		long problems = count("problem");

		Api.Response noted = technician.post(NOTES, Map.of("note", "Weekly check " + run, "assetReference", server,
				"diskSpace", List.of(Map.of("assetReference", server.toLowerCase(), "capacityGb", 500, "freeGb", 42.5)),
				"potentialProblem", "Disk on " + server + " fills by 2 GB a week: full in five weeks"));
		assertThat(noted.status()).as(noted.toString()).isEqualTo(201);
		assertThat(noted.json().path("recordedBy").asText()).isEqualTo("technician");
		assertThat(noted.json().path("diskSpace").get(0).path("assetReference").asText()).isEqualTo(server);
		String problem = noted.json().path("problemReference").asText();
		assertThat(problem).startsWith("PRB-");
		assertThat(count("problem")).isEqualTo(problems + 1);
		assertThat(jdbc.queryForObject("select source from problem where reference = ? and school_id = 'riverside'",
				String.class, problem)).isEqualTo("MONITORING");
		Task investigate = tasks.createTaskQuery().processInstanceBusinessKey(problem).singleResult();
		assertThat(investigate.getTaskDefinitionKey()).isEqualTo(ProblemManagementProcess.TASK_INVESTIGATE);
		assertThat(investigate.getTenantId()).isEqualTo("riverside");
		assertThat(tasks.getIdentityLinksForTask(investigate.getId())).extracting(l -> l.getGroupId())
			.contains("riverside.maintenance");
		assertThat(Api.as(port, "teacher").get(NOTES).json().findValuesAsText("problemReference")).contains(problem);

		String month = YearMonth.now(LONDON).toString();
		JsonNode report = Api.as(port, "headteacher").get("/api/schools/riverside/service-reports/" + month).json();
		JsonNode ours = null;
		for (JsonNode s : report.path("servers")) {
			if (s.path("assetReference").asText().equals(server)) {
				ours = s;
			}
		}
		assertThat(ours).as("our server in " + report.path("servers")).isNotNull();
		assertThat(ours.path("name").asText()).isEqualTo("Curriculum server " + run);
		assertThat(ours.path("capacityGb").decimalValue()).isEqualByComparingTo("500");
		assertThat(ours.path("freeGb").decimalValue()).isEqualByComparingTo("42.5");
		assertThat(ours.path("usedGb").decimalValue()).isEqualByComparingTo("457.5");
		assertThat(ours.path("measuredOn").asText()).isEqualTo(LocalDate.now(LONDON).toString());

		byte[] spreadsheet = Api.as(port, "headteacher").download("/api/schools/riverside/service-reports/" + month
				+ "/spreadsheet");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(spreadsheet))) {
			Sheet sheet = workbook.getSheet("Server disk space");
			DataFormatter text = new DataFormatter();
			Map<String, List<String>> rows = new HashMap<>();
			for (Row row : sheet) {
				List<String> cells = new java.util.ArrayList<>();
				row.forEach(c -> cells.add(text.formatCellValue(c)));
				if (!cells.isEmpty()) {
					rows.put(cells.get(0), cells);
				}
			}
			assertThat(rows.get(server)).as(rows.keySet().toString()).isNotNull();
			assertThat(rows.get(server).get(2)).isEqualTo("500.0");
			assertThat(rows.get(server).get(4)).isEqualTo("42.5");
		}
	}

	/** Runs the occurrence's timer now, as the job executor would on the day. */
	private void fire(String businessKey) {
		String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).singleResult()
			.getId();
		Job timer = management.createJobQuery().processInstanceId(instance).timers().singleResult();
		ClockUtil.setCurrentTime(timer.getDuedate().after(new java.util.Date()) ? timer.getDuedate() : new java.util.Date());
		management.executeJob(timer.getId());
	}

	private void runJobs(String instance) {
		for (Job job = management.createJobQuery().processInstanceId(instance).executable().singleResult(); job != null;
				job = management.createJobQuery().processInstanceId(instance).executable().singleResult()) {
			management.executeJob(job.getId());
		}
	}

	/** The business keys of the activity's occurrences still waiting or in hand. */
	private List<String> waiting(String reference) {
		return runtime.createProcessInstanceQuery().processDefinitionKey(PreventativeMaintenanceProcess.KEY)
			.processInstanceBusinessKeyLike("riverside/" + reference + "/%").list().stream()
			.map(ProcessInstance::getBusinessKey).sorted().toList();
	}

	private Set<String> running() {
		// Root instances only: ending one ends what it called (a request for change).
		return runtime.createProcessInstanceQuery().rootProcessInstances().list().stream().map(ProcessInstance::getId)
			.collect(Collectors.toSet());
	}

	private long count(String table) {
		return jdbc.queryForObject("select count(*) from " + table + " where school_id = 'riverside'", Long.class);
	}

	private Map<String, Object> activity(String what, String recurrence, LocalDate firstDue, Object... more) {
		Map<String, Object> activity = new HashMap<>();
		activity.put("what", what);
		activity.put("recurrence", recurrence);
		activity.put("firstDue", firstDue.toString());
		activity.put("takesServiceDown", false);
		activity.put("agreedWith", "Staff meeting " + run);
		activity.put("agreedOn", today.toString());
		for (int i = 0; i + 1 < more.length; i += 2) {
			activity.put((String) more[i], more[i + 1]);
		}
		return activity;
	}
}

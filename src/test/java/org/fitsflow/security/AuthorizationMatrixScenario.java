package org.fitsflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.fitsflow.testsupport.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The authorization matrix of docs/administrator.md ("Who may do what"), read from the guide and tried: for every
 * function of each school (riverside, hillside) and every kind of record and task, whoever holds only that function
 * may do exactly what the table says in their school, and nothing in the other school. A row's holders are school
 * staff (and so also ICT users) where FITS requires it, service providers otherwise, so that each row shows the
 * function itself. The guide and the behaviour cannot drift apart: change one and this test asks for the other.
 */
abstract class AuthorizationMatrixScenario extends TwoSchools {

	static final Path GUIDE = Path.of("docs", "administrator.md");
	static final String TABLE_HEADING = "### Who may do what";
	static final String PROBE_PROCESS = "matrix-probe";
	static final String ADMINISTRATOR = "Administrator";

	/** The functions of the table's rows, by the name the table gives them. */
	static final Map<String, String> ROWS = new LinkedHashMap<>();
	static {
		ROWS.put("ICT user", "ict-users");
		ROWS.put("Single point of contact", "single-point-of-contact");
		ROWS.put("First-level support", "first-level-support");
		ROWS.put("Second-level support", "second-level-support");
		ROWS.put("Design", "design");
		ROWS.put("Provision", "provision");
		ROWS.put("Implementation", "implementation");
		ROWS.put("Maintenance", "maintenance");
		ROWS.put("ICT owner", "ict-owner");
		ROWS.put(ADMINISTRATOR, null);
	}

	/** Functions FITS requires school staff for; the others' holders here are service providers. */
	static final Set<String> STAFF = Set.of("ict-users", "single-point-of-contact", "first-level-support", "ict-owner");

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	RuntimeService runtime;

	/** What each school has for the probes to find. */
	record Setup(Map<String, String> holders, String reporter, String othersIncident, String staffCostChange,
			String approvalTask, String probeInstance) {
	}

	private final Map<String, Setup> schools = new HashMap<>();

	@Test
	void authorizationMatrix_asTheAdministratorsGuideSays() throws Exception {
		Map<String, Map<String, Set<String>>> table = readTable();
		assertThat(table.keySet()).containsExactlyElementsOf(ROWS.keySet());
		Map<String, Map<String, Function<Probe, Boolean>>> abilities = abilities();
		for (Map<String, Set<String>> row : table.values()) {
			assertThat(row.keySet()).as("columns of the table").containsExactlyInAnyOrderElementsOf(
					concat(abilities.keySet(), TASKS));
			row.forEach((column, cell) -> {
				if (column.equals(TASKS)) {
					assertThat(cell).as(TASKS).hasSize(1).isSubsetOf(THEIR_FUNCTIONS, ALL_TASKS);
				}
				else {
					assertThat(abilities.get(column).keySet()).as(column).containsAll(cell);
				}
			});
		}
		deployProbeModel();
		for (String school : List.of(RIVERSIDE, HILLSIDE)) {
			schools.put(school, setUp(school));
		}

		List<String> wrong = new ArrayList<>();
		for (String school : List.of(RIVERSIDE, HILLSIDE)) {
			String other = school.equals(RIVERSIDE) ? HILLSIDE : RIVERSIDE;
			for (Map.Entry<String, Map<String, Set<String>>> row : table.entrySet()) {
				String userId = schools.get(school).holders().get(row.getKey());
				Api caller = row.getKey().equals(ADMINISTRATOR) ? admin() : as(userId, passwordOf(userId));
				for (Map.Entry<String, Map<String, Function<Probe, Boolean>>> column : abilities.entrySet()) {
					Set<String> allowed = row.getValue().getOrDefault(column.getKey(), Set.of());
					for (Map.Entry<String, Function<Probe, Boolean>> ability : column.getValue().entrySet()) {
						boolean expected = allowed.contains(ability.getKey())
								|| (ability.getKey().equals("read own") && allowed.contains("read all"));
						boolean actual = ability.getValue().apply(new Probe(caller, userId, school));
						if (actual != expected) {
							wrong.add(row.getKey() + " of " + school + ", " + column.getKey() + ": " + ability.getKey()
									+ (expected ? " refused" : " allowed"));
						}
						if (!SCHOOLLESS.contains(column.getKey()) && !row.getKey().equals(ADMINISTRATOR)
								&& ability.getValue().apply(new Probe(caller, userId, other))) {
							wrong.add(row.getKey() + " of " + school + ", in " + other + ": " + column.getKey() + ": "
									+ ability.getKey() + " allowed");
						}
					}
				}
				// Tasks: the tasks of the functions the caller holds in the school (or all), none of the other school's.
				Set<String> expectedTasks = row.getValue().get(TASKS).contains(ALL_TASKS) ? allProbeTasks()
						: probeTasksOf(userId, school);
				Set<String> seen = visibleProbeTasks(caller, school);
				if (!seen.equals(expectedTasks)) {
					wrong.add(row.getKey() + " of " + school + ", tasks: sees " + seen + ", should see " + expectedTasks);
				}
				if (!row.getKey().equals(ADMINISTRATOR) && !visibleProbeTasks(caller, other).isEmpty()) {
					wrong.add(row.getKey() + " of " + school + " sees tasks of " + other);
				}
			}
		}
		assertThat(wrong).as("where behaviour and the table in " + GUIDE + " differ").isEmpty();
	}

	// --- the table ----------------------------------------------------------------------------------------------

	/** Row name to column to the abilities in that cell ("—" for none). */
	static Map<String, Map<String, Set<String>>> readTable() throws IOException {
		List<String> lines = Files.readAllLines(GUIDE);
		int at = lines.indexOf(TABLE_HEADING);
		assertThat(at).as(TABLE_HEADING + " in " + GUIDE).isNotNegative();
		while (!lines.get(at).startsWith("|")) {
			at++;
		}
		List<String> header = cells(lines.get(at));
		Map<String, Map<String, Set<String>>> table = new LinkedHashMap<>();
		for (int i = at + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
			List<String> cells = cells(lines.get(i));
			Map<String, Set<String>> row = new LinkedHashMap<>();
			for (int c = 1; c < header.size(); c++) {
				Set<String> abilities = new LinkedHashSet<>();
				for (String ability : cells.get(c).split(";")) {
					String a = ability.trim();
					if (!a.isEmpty() && !a.equals("—")) {
						abilities.add(a);
					}
				}
				row.put(header.get(c), abilities);
			}
			table.put(cells.get(0), row);
		}
		return table;
	}

	private static List<String> cells(String line) {
		String inner = line.trim().substring(1, line.trim().length() - 1);
		return Arrays.stream(inner.split("\\|")).map(String::trim).map(s -> s.replace("*", "")).toList();
	}

	// --- the probes ---------------------------------------------------------------------------------------------

	record Probe(Api caller, String userId, String school) {
	}

	/** Columns that are not about one school's records. */
	static final Set<String> SCHOOLLESS = Set.of("mail outbox", "engine administration");
	static final String TASKS = "tasks";
	static final String THEIR_FUNCTIONS = "their function's";
	static final String ALL_TASKS = "all";

	private static List<String> concat(Set<String> columns, String more) {
		List<String> all = new ArrayList<>(columns);
		all.add(more);
		return all;
	}

	Map<String, Map<String, Function<Probe, Boolean>>> abilities() {
		Map<String, Map<String, Function<Probe, Boolean>>> columns = new LinkedHashMap<>();
		Map<String, Function<Probe, Boolean>> incidents = new LinkedHashMap<>();
		incidents.put("report", p -> ok(p.caller().post(START_INCIDENT, Map.of("variables", report("schoolId", p.school())))));
		incidents.put("report for others", p -> ok(p.caller().post(START_INCIDENT, Map.of("variables",
				report("schoolId", p.school(), "reportedFor", schools.get(p.school()).reporter())))));
		incidents.put("read own", p -> ok(p.caller().get("/api/schools/" + p.school() + "/incidents")));
		incidents.put("read all", p -> {
			Api.Response list = p.caller().get("/api/schools/" + p.school() + "/incidents");
			return ok(list) && list.json().findValuesAsText("reference").contains(schools.get(p.school()).othersIncident());
		});
		incidents.put("change priority", p -> {
			int status = p.caller().put("/api/schools/" + p.school() + "/incidents/" + schools.get(p.school()).othersIncident()
					+ "/priority", Map.of("impact", "one-user", "urgency", "work-impaired")).status();
			return status != 401 && status != 403; // 400 here: not while it waits to be categorised
		});
		columns.put("incidents", incidents);

		Map<String, Function<Probe, Boolean>> problems = new LinkedHashMap<>();
		problems.put("raise", p -> ok(p.caller().post("/engine-rest/process-definition/key/problem-management/submit-form",
				Map.of("variables", variables("schoolId", p.school(), "description", "Slow logins " + UUID.randomUUID(),
						"source", "second-level-support")))));
		problems.put("read", p -> ok(p.caller().get("/api/schools/" + p.school() + "/problems")));
		columns.put("problems", problems);

		Map<String, Function<Probe, Boolean>> changes = new LinkedHashMap<>();
		changes.put("raise", p -> ok(p.caller().post("/engine-rest/process-definition/key/request-for-change/start",
				Map.of("variables", variables("schoolId", p.school())))));
		changes.put("read", p -> ok(p.caller().get("/api/schools/" + p.school() + "/changes")));
		changes.put("approve", p -> ok(p.caller().get("/engine-rest/task/" + schools.get(p.school()).approvalTask())));
		changes.put("see staff costs", p -> {
			Api.Response change = p.caller().get("/api/schools/" + p.school() + "/changes/"
					+ schools.get(p.school()).staffCostChange());
			return ok(change) && !change.json().path("cost").isNull();
		});
		columns.put("requests for change", changes);

		Map<String, Function<Probe, Boolean>> expenditure = new LinkedHashMap<>();
		expenditure.put("read", p -> ok(p.caller().get("/api/schools/" + p.school() + "/expenditure")));
		expenditure.put("see staff costs", p -> {
			Api.Response record = p.caller().get("/api/schools/" + p.school() + "/expenditure");
			return ok(record) && record.json().path("staffCostsShown").asBoolean();
		});
		expenditure.put("keep", p -> ok(p.caller().put("/api/schools/" + p.school() + "/expenditure/2031-32/budget",
				Map.of("amount", 1000))));
		columns.put("expenditure record", expenditure);

		Map<String, Function<Probe, Boolean>> people = new LinkedHashMap<>();
		people.put("read", p -> ok(p.caller().get("/api/schools/" + p.school() + "/people")));
		people.put("change", p -> {
			String reporter = schools.get(p.school()).reporter();
			return ok(p.caller().put("/api/schools/" + p.school() + "/people/" + reporter, personBody(reporter,
					"Rae Porter", reporter + "@" + p.school() + ".example.org", null)));
		});
		columns.put("people and functions", people);

		Map<String, Function<Probe, Boolean>> mail = new LinkedHashMap<>();
		mail.put("read", p -> ok(p.caller().get("/api/mail/outbox")));
		mail.put("send", p -> ok(p.caller().post("/api/mail/outbox/send", null)));
		columns.put("mail outbox", mail);

		Map<String, Function<Probe, Boolean>> engine = new LinkedHashMap<>();
		engine.put("all", p -> ok(p.caller().get("/engine-rest/job")) && ok(p.caller().get("/engine-rest/deployment"))
				&& ok(p.caller().get("/engine-rest/incident")) && ok(p.caller().get("/api/models")));
		columns.put("engine administration", engine);
		return columns;
	}

	private static boolean ok(Api.Response response) {
		return response.status() >= 200 && response.status() < 300;
	}

	// --- each school's people and records ---------------------------------------------------------------------

	private Setup setUp(String school) {
		Map<String, String> holders = new LinkedHashMap<>();
		for (Map.Entry<String, String> row : ROWS.entrySet()) {
			String function = row.getValue();
			if (function == null) {
				holders.put(row.getKey(), null);
			}
			else if (function.equals("ict-owner")) {
				holders.put(row.getKey(), school.equals(RIVERSIDE) ? "headteacher" : "hill-owner");
			}
			else {
				String userId = "m-" + function + "-" + UUID.randomUUID().toString().substring(0, 6);
				boolean staff = STAFF.contains(function);
				Map<String, Object> body = new HashMap<>(Map.of("userId", userId, "name", "Holder of " + function, "email",
						userId + "@" + school + ".example.org", "employment", staff ? "SCHOOL_STAFF" : "SERVICE_PROVIDER",
						"leadershipTeam", false, "password", PASSWORD));
				if (!staff) {
					body.put("providerName", "Matrix Services");
				}
				assertThat(admin().post("/api/schools/" + school + "/people", body).status()).isEqualTo(201);
				if (!function.equals("ict-users")) {
					assign(school, function, userId);
				}
				holders.put(row.getKey(), userId);
			}
		}
		String reporter = newPerson(school, "reporter");
		String description = "Reported by someone else " + UUID.randomUUID();
		assertThat(as(reporter).post(START_INCIDENT, Map.of("variables", report("description", description))).status())
			.isEqualTo(200);
		String incident = incident(admin(), school, description).path("reference").asText();
		Raised change = raise(as(holders.get("Second-level support")), "Staff cost probe " + UUID.randomUUID(), 120,
				"staff");
		String approval = taskId(admin(), change.processInstanceId(), "Task_ApproveProceeding");
		String owner = holders.get("ICT owner");
		assertThat(as(owner, passwordOf(owner)).put("/api/schools/" + school + "/expenditure/2031-32/budget",
				Map.of("amount", 1000)).status()).isEqualTo(200);
		String probe = runtime.startProcessInstanceByKey(PROBE_PROCESS, Map.of("schoolId", school)).getId();
		return new Setup(holders, reporter, incident, change.reference(), approval, probe);
	}

	private String passwordOf(String userId) {
		return userId != null && Set.of("headteacher", "administrator", "assistant", "technician", "provider", "teacher")
			.contains(userId) ? "demo" : PASSWORD;
	}

	// --- the probe model: one task for each function ------------------------------------------------------------

	private void deployProbeModel() {
		if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROBE_PROCESS).count() > 0) {
			return;
		}
		StringBuilder tasks = new StringBuilder();
		StringBuilder flows = new StringBuilder();
		for (String function : functions()) {
			String id = taskOf(function);
			tasks.append("<bpmn:userTask id=\"").append(id).append("\" name=\"").append(function)
				.append("\" camunda:candidateGroups=\"").append(function).append("\"/>");
			flows.append("<bpmn:sequenceFlow id=\"Flow_To").append(id).append("\" sourceRef=\"Gateway_Split\" targetRef=\"")
				.append(id).append("\"/>");
		}
		String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
				+ "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
				+ " xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" targetNamespace=\"http://fitsflow.org/test\">"
				+ "<bpmn:process id=\"" + PROBE_PROCESS + "\" isExecutable=\"true\" camunda:historyTimeToLive=\"P1D\">"
				+ "<bpmn:startEvent id=\"StartEvent_Probe\"/>"
				+ "<bpmn:sequenceFlow id=\"Flow_ToSplit\" sourceRef=\"StartEvent_Probe\" targetRef=\"Gateway_Split\"/>"
				+ "<bpmn:parallelGateway id=\"Gateway_Split\"/>" + tasks + flows
				+ "</bpmn:process></bpmn:definitions>";
		repositoryService.createDeployment().name(PROBE_PROCESS).addString(PROBE_PROCESS + ".bpmn", xml).deploy();
	}

	private static List<String> functions() {
		return ROWS.values().stream().filter(f -> f != null).toList();
	}

	private static String taskOf(String function) {
		return "Task_" + function.replace("-", "_");
	}

	private Set<String> allProbeTasks() {
		Set<String> all = new TreeSet<>();
		functions().forEach(f -> all.add(taskOf(f)));
		return all;
	}

	/** The probe tasks of the functions the person holds in the school, as the school's records say. */
	private Set<String> probeTasksOf(String userId, String school) {
		Set<String> tasks = new TreeSet<>();
		for (JsonNode person : admin().get("/api/schools/" + school + "/people").json()) {
			if (person.path("userId").asText().equals(userId)) {
				person.path("functions").forEach(f -> tasks.add(taskOf(f.asText())));
			}
		}
		return tasks;
	}

	private Set<String> visibleProbeTasks(Api caller, String school) {
		Set<String> seen = new TreeSet<>();
		String instance = schools.get(school).probeInstance();
		caller.get("/engine-rest/task?processInstanceId=" + instance).json()
			.forEach(t -> seen.add(t.path("taskDefinitionKey").asText()));
		return seen;
	}

}

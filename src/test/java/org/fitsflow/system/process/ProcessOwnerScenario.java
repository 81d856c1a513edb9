package org.fitsflow.system.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fitsflow.system.process.ProcessVariables.with;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.fitsflow.change.Decision;
import org.fitsflow.change.RaisedAs;
import org.fitsflow.change.RequestForChangeProcess;
import org.fitsflow.change.UsersAgreement;
import org.fitsflow.incident.Impact;
import org.fitsflow.incident.IncidentCategory;
import org.fitsflow.incident.IncidentManagementProcess;
import org.fitsflow.incident.ReportKind;
import org.fitsflow.incident.Urgency;
import org.fitsflow.mail.MailDispatcher;
import org.fitsflow.problem.Problem;
import org.fitsflow.problem.ProblemManagementProcess;
import org.fitsflow.startup.ImplementationPlanProcess;
import org.fitsflow.system.AsSystem;
import org.fitsflow.testsupport.Api;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A process owner changes the models from Camunda Modeler: each deployment goes through
 * {@code /engine-rest/deployment/create} as Modeler sends it, as the administrator. A change that works goes live for
 * the next report while running instances stay on their version (and move when the administrator asks); a change
 * that would break the school is refused with what is missing named, and nothing changes. Run on H2 and PostgreSQL.
 * Every test puts the repository's versions back afterwards, for the other tests sharing the service.
 */
abstract class ProcessOwnerScenario {

	static final String INCIDENT = "bpmn/incident-management.bpmn";
	static final String CHANGE = "bpmn/request-for-change.bpmn";

	@LocalServerPort
	int port;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	AsSystem asSystem;

	/** Repository files this test deployed changed versions of: put back afterwards. */
	private final Set<String> changed = new LinkedHashSet<>();

	/** Processes this test started: ended afterwards, so that their timers fire in no other test. */
	private final List<String> startedHere = new ArrayList<>();

	@Autowired
	MailDispatcher mailDispatcher;

	@AfterEach
	void putTheRepositoryVersionsBack() {
		for (String id : startedHere) {
			asSystem.run(() -> {
				if (runtimeService.createProcessInstanceQuery().processInstanceId(id).count() > 0) {
					runtimeService.deleteProcessInstance(id, "test over", true);
				}
			});
		}
		// Leave no mail waiting: other tests of the shared service read the outbox one batch at a time.
		while (mailDispatcher.sendDue() > 0) {
			// next batch
		}
		if (changed.isEmpty()) {
			return;
		}
		DeploymentBuilder deployment = repositoryService.createDeployment().name("test-restore");
		changed.forEach(name -> deployment.addInputStream(name, new ByteArrayInputStream(ModelEdits.repositoryFile(name))));
		asSystem.run(deployment::deploy);
	}

	// --- changes that work ---

	@Test
	void renamedStep_deployedAlone_nextReportRunsOnIt_runningReportsKeepTheirVersion_andMoveWhenAsked() {
		String before = startIncident("Projector in room 4 flickers");
		Api spoc = Api.as(port, "administrator");
		assertThat(taskOf(before).getName()).isEqualTo("Check and categorise the incident");

		Api.Response deployed = deploy("incident-management", Map.of("incident-management.bpmn", ModelEdits.replace(INCIDENT,
				"name=\"Check and categorise the incident\"", "name=\"Check, categorise and route the incident\"")));
		assertThat(deployed.status()).as(deployed.toString()).isEqualTo(200);
		assertThat(deployed.json().path("deployedProcessDefinitions").toString()).contains("incident-management");
		changed.add(INCIDENT);

		// The next report runs on the new version, with the forms and tables already deployed.
		assertThat(Api.as(port, "teacher")
			.get("/engine-rest/process-definition/key/" + IncidentManagementProcess.KEY + "/deployed-start-form")
			.json().path("id").asText()).isEqualTo(IncidentManagementProcess.FORM_REPORT);
		String after = startIncident("Interactive whiteboard pen lost");
		assertThat(taskOf(after).getName()).isEqualTo("Check, categorise and route the incident");
		assertThat(spoc.get("/engine-rest/task/" + taskOf(after).getId() + "/deployed-form").json().path("id").asText())
			.isEqualTo(IncidentManagementProcess.FORM_CATEGORISE);

		// The report that was running stays on its version, and still works.
		assertThat(taskOf(before).getName()).isEqualTo("Check and categorise the incident");
		assertThat(models().get(INCIDENT).path("state").asText()).isEqualTo("process-owner-change");

		// The administrator moves it to the new version: it keeps its place, and its task takes the new name.
		Api.Response migrated = Api.as(port, "admin").post("/api/models/incident-management/migrations",
				Map.of("processInstanceIds", List.of(before)));
		assertThat(migrated.status()).as(migrated.toString()).isEqualTo(200);
		assertThat(migrated.json().path("moved").findValuesAsText("processInstanceId")).containsExactly(before);
		assertThat(migrated.json().path("notMoved")).isEmpty();
		assertThat(taskOf(before).getName()).isEqualTo("Check, categorise and route the incident");
		assertThat(processDefinitionOf(before)).isEqualTo(processDefinitionOf(after));
		categorise(before);
		categorise(after);
		assertThat(taskOf(before).getTaskDefinitionKey()).isEqualTo(IncidentManagementProcess.TASK_RESPOND);
	}

	@Test
	void stepsTakenOut_instancesWaitingElsewhereMove_oneWaitingAtARemovedStepCannot_andSaysWhy() {
		String atStep1 = startChange("New laptop trolley");
		String atReminder = startChange("Upgrade the ICT suite");
		throughToTheReminder(atReminder);

		// The process owner drops the implementer's reminder (its timer and its e-mail).
		byte[] simpler = ModelEdits.withoutElements(CHANGE, Set.of(RequestForChangeProcess.TIMER_REMINDER_DUE,
				RequestForChangeProcess.TASK_REMIND_IMPLEMENTER), "SequenceFlow_ToReminderDue",
				RequestForChangeProcess.TIMER_CHANGE_DATE_REACHED);
		Api.Response deployed = deploy("request-for-change", Map.of("request-for-change.bpmn", simpler));
		assertThat(deployed.status()).as(deployed.toString()).isEqualTo(200);
		changed.add(CHANGE);

		Api.Response migrated = Api.as(port, "admin").post("/api/models/request-for-change/migrations",
				Map.of("processInstanceIds", List.of(atStep1, atReminder)));
		assertThat(migrated.status()).as(migrated.toString()).isEqualTo(200);
		assertThat(migrated.json().path("moved").findValuesAsText("processInstanceId")).containsExactly(atStep1);
		JsonNode notMoved = migrated.json().path("notMoved");
		assertThat(notMoved).hasSize(1);
		assertThat(notMoved.get(0).path("processInstanceId").asText()).isEqualTo(atReminder);
		assertThat(notMoved.get(0).path("businessKey").asText()).startsWith("RFC-");
		assertThat(notMoved.get(0).path("reasons").toString()).contains(RequestForChangeProcess.TIMER_REMINDER_DUE);
		// It waits where it was, on its own version; the other carries on, on the new one.
		assertThat(asSystem.call(() -> runtimeService.getActiveActivityIds(atReminder))).containsExactly(RequestForChangeProcess.TIMER_REMINDER_DUE);
		assertThat(processDefinitionOf(atReminder)).isNotEqualTo(processDefinitionOf(atStep1));
		assertThat(taskOf(atStep1).getTaskDefinitionKey()).isEqualTo(RequestForChangeProcess.TASK_COMPLETE_STEP_1);
	}

	@Test
	void everyModelTableAndForm_deployedAloneAsModelerDoes_isAccepted_andTheNextInstancesRunOnThem() throws IOException {
		for (String name : repositoryModelFiles()) {
			String file = Path.of(name).getFileName().toString();
			Api.Response deployed = deploy(file.substring(0, file.lastIndexOf('.')) + "-" + UUID.randomUUID(),
					Map.of(file, ModelEdits.repositoryFile(name)));
			assertThat(deployed.status()).as(name + ": " + deployed).isEqualTo(200);
		}
		// A report is logged, categorised by the tables and given its targets; a change, a problem and the plan start.
		String incident = startIncident("Staff room printer offline");
		categorise(incident);
		JsonNode record = Api.as(port, "administrator").get("/api/schools/riverside/incidents/"
				+ businessKey(incident)).json();
		assertThat(record.path("priority").asInt()).isBetween(1, 4);
		assertThat(record.path("fixTime").asText()).startsWith("PT");
		assertThat(taskOf(startChange("Replace the hall projector")).getTaskDefinitionKey()).isEqualTo(RequestForChangeProcess.TASK_COMPLETE_STEP_1);
		Api.Response problem = Api.as(port, "technician").post(
				"/engine-rest/process-definition/key/" + ProblemManagementProcess.KEY + "/submit-form", Api.variables(
						with(ProblemManagementProcess.DESCRIPTION, "Printers keep jamming")
							.and(ProblemManagementProcess.SERVICE, "Printing")
							.and(ProblemManagementProcess.SOURCE, Problem.Source.SECOND_LEVEL_SUPPORT)));
		assertThat(problem.status()).as(problem.toString()).isEqualTo(200);
		assertThat(taskOf(started(problem.json().path("id").asText())).getTaskDefinitionKey())
			.isEqualTo(ProblemManagementProcess.TASK_INVESTIGATE);
		Api.Response plan = Api.as(port, "headteacher").post(
				"/engine-rest/process-definition/key/" + ImplementationPlanProcess.KEY + "/start", Map.of());
		assertThat(plan.status()).as(plan.toString()).isEqualTo(200);
		assertThat(taskOf(started(plan.json().path("id").asText())).getTaskDefinitionKey()).isEqualTo(ImplementationPlanProcess.TASK_PLAN_AND_PREPARE);
	}

	@Test
	void targetChangedInTheTable_deployedAlone_nextIncidentGetsIt() {
		Api.Response deployed = deploy("incident-targets", Map.of("incident-targets.dmn", ModelEdits.replace(
				"dmn/incident-targets.dmn", "<outputEntry id=\"Output_FixTime_3\"><text>duration(\"PT16H\")</text>",
				"<outputEntry id=\"Output_FixTime_3\"><text>duration(\"PT12H\")</text>")));
		assertThat(deployed.status()).as(deployed.toString()).isEqualTo(200);
		changed.add("dmn/incident-targets.dmn");

		// several people, work impaired, a low-importance service: priority 3
		String incident = startIncident("Library printer jams");
		categorise(incident);
		JsonNode record = Api.as(port, "administrator").get("/api/schools/riverside/incidents/" + businessKey(incident)).json();
		assertThat(record.path("priority").asInt()).isEqualTo(3);
		assertThat(record.path("fixTime").asText()).isEqualTo("PT12H");
	}

	@Test
	void formChangedAlone_runningTasksShowIt_andItsNewRequiredFieldIsCheckedOnTheServer() {
		String incident = startIncident("Hall speakers crackle");
		String task = taskOf(incident).getId();
		Api.Response deployed = deploy("incident-categorise", Map.of("incident-categorise.form", ModelEdits.replace(
				"forms/incident-categorise.form", "\"components\": [", "\"components\": [\n    { \"type\": \"textfield\", "
						+ "\"key\": \"room\", \"label\": \"Room\", \"validate\": { \"required\": true } },")));
		assertThat(deployed.status()).as(deployed.toString()).isEqualTo(200);
		changed.add("forms/incident-categorise.form");

		Api spoc = Api.as(port, "administrator");
		assertThat(spoc.get("/engine-rest/task/" + task + "/deployed-form").text()).contains("\"key\": \"room\"");
		ProcessVariables categorised = with(IncidentManagementProcess.SERVICE_ID, serviceId("Printing"))
			.and(IncidentManagementProcess.CATEGORY, IncidentCategory.FAULT)
			.and(IncidentManagementProcess.IMPACT, Impact.ONE_USER)
			.and(IncidentManagementProcess.URGENCY, Urgency.WORK_CONTINUES);
		Api.Response refused = spoc.post("/engine-rest/task/" + task + "/complete", Api.variables(categorised));
		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.text()).contains("(room) is required");
		// The process owner's new field: not in the contract (the Java code does not read it), but required by the form.
		ProcessVariable<String> room = ProcessVariable.stringVariable("room");
		assertThat(spoc.post("/engine-rest/task/" + task + "/complete", Api.variables(categorised.and(room, "Hall")))
			.status()).isEqualTo(204);
	}

	// --- changes that would break the school: refused, with what is missing named ---

	@Test
	void breakingChanges_areRefusedWithWhatIsMissing_andNothingChanges() {
		String running = startIncident("Office PC will not start");
		long deployments = asSystem.call(() -> repositoryService.createDeploymentQuery().count());

		refused(deploy("incident-management", Map.of("incident-management.bpmn", ModelEdits.replaceAll(INCIDENT,
				"camunda:formRefBinding=\"latest\"", "camunda:formRefBinding=\"deployment\""))),
				"incident-management.bpmn", "StartEvent_IncidentReported", "forms/incident-report.form",
				"forms/incident-categorise.form", "Include additional files");
		refused(deploy("incident-management", Map.of("incident-management.bpmn", ModelEdits.replace(INCIDENT,
				"camunda:formRef=\"incident-restore\"", "camunda:formRef=\"incident-restore-v2\""))),
				"Task_RestoreService", "forms/incident-restore-v2.form");
		refused(deploy("incident-management", Map.of("incident-management.bpmn", ModelEdits.replaceAll(INCIDENT,
				"Task_CategoriseIncident", "Task_Categorise"))), "Task_CategoriseIncident", "Keep their ids");
		refused(deploy("incident-management", Map.of("incident-management.bpmn", ModelEdits.replace(INCIDENT,
				"name=\"IncidentReopened\"", "name=\"IncidentOpenedAgain\""))), "IncidentReopened");
		refused(deploy("incident-categorise", Map.of("incident-categorise.form", ModelEdits.replace(
				"forms/incident-categorise.form", "\"key\": \"category\"", "\"key\": \"incidentCategory\""))),
				"incident-categorise.form", "[category]", "incident-management");
		refused(deploy("incident-targets", Map.of("incident-targets.dmn", ModelEdits.replace("dmn/incident-targets.dmn",
				"name=\"fixTime\"", "name=\"fix\""))), "incident-targets.dmn", "[fixTime]");
		refused(deploy("incident-priority", Map.of("incident-priority.dmn", ModelEdits.replace("dmn/incident-priority.dmn",
				"<decision id=\"incident-priority\"", "<decision id=\"incident-priorities\""))),
				"no longer defines the decision 'incident-priority'", "Task_DeterminePriority");
		refused(deploy("incident-priority", Map.of("incident-priority.dmn", ModelEdits.replace("dmn/incident-priority.dmn",
				"hitPolicy=\"UNIQUE\"", "hitPolicy=\"COLLECT\""))), "singleEntry", "UNIQUE");
		refused(deployForTenant("incident-management", "riverside", Map.of("incident-management.bpmn",
				ModelEdits.repositoryFile(INCIDENT))), "Leave the tenant empty");
		refused(deploy("fits-flow", Map.of("incident-management.bpmn", ModelEdits.repositoryFile(INCIDENT))),
				"kept for the models FITS Flow deploys");

		assertThat(asSystem.call(() -> repositoryService.createDeploymentQuery().count())).isEqualTo(deployments);
		categorise(running);
		assertThat(taskOf(running).getTaskDefinitionKey()).isEqualTo(IncidentManagementProcess.TASK_RESPOND);
	}

	// --- the live models, for the administrator ---

	@Test
	void liveModels_areDownloadable_laidOutLikeTheRepository_byTheAdministratorOnly() throws IOException {
		byte[] renamed = ModelEdits.replace(INCIDENT, "name=\"Restore service\" camunda:candidateGroups",
				"name=\"Get the user working again\" camunda:candidateGroups");
		assertThat(deploy("incident-management", Map.of("incident-management.bpmn", renamed)).status()).isEqualTo(200);
		changed.add(INCIDENT);

		Map<String, byte[]> zip = unzip(Api.as(port, "admin").download("/api/models/live"));
		assertThat(zip.keySet()).containsAll(repositoryModelFiles());
		assertThat(zip.get(INCIDENT)).isEqualTo(renamed);
		assertThat(zip.get("bpmn/problem-management.bpmn")).isEqualTo(ModelEdits.repositoryFile("bpmn/problem-management.bpmn"));
		JsonNode models = Api.as(port, "admin").get("/api/models").json();
		JsonNode incident = StreamSupport.stream(models.spliterator(), false)
			.filter(m -> m.path("file").asText().equals(INCIDENT)).findFirst().orElseThrow();
		assertThat(incident.path("state").asText()).isEqualTo("process-owner-change");
		assertThat(incident.path("live").get(0).path("source").asText()).isEqualTo("Camunda Modeler");
		assertThat(incident.path("defines").path("process").toString()).contains("incident-management");

		for (String user : List.of("headteacher", "technician")) {
			assertThat(Api.as(port, user).get("/api/models").status()).as(user).isEqualTo(403);
			assertThat(Api.as(port, user).get("/api/models/live").status()).as(user).isEqualTo(403);
			assertThat(Api.as(port, user).post("/api/models/incident-management/migrations", Map.of()).status())
				.as(user).isEqualTo(403);
		}
		assertThat(Api.anonymous(port).get("/api/models").status()).isEqualTo(401);
	}

	// --- the steps, as the demo school's people take them ---

	private Api.Response deploy(String deploymentName, Map<String, byte[]> files) {
		return deployForTenant(deploymentName, null, files);
	}

	private Api.Response deployForTenant(String deploymentName, String tenantId, Map<String, byte[]> files) {
		return Api.as(port, "admin").deployAsModeler(deploymentName, tenantId, files);
	}

	private static void refused(Api.Response response, String... named) {
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		JsonNode answer = response.json();
		assertThat(answer.path("type").asText()).isEqualTo("ParseException");
		assertThat(answer.path("message").asText()).startsWith("FITS Flow refused this deployment").contains(named);
		assertThat(answer.path("details").size()).isPositive();
	}

	private Map<String, JsonNode> models() {
		Map<String, JsonNode> byFile = new LinkedHashMap<>();
		Api.as(port, "admin").get("/api/models").json().forEach(m -> byFile.put(m.path("file").asText(), m));
		return byFile;
	}

	private String startIncident(String description) {
		Api.Response started = Api.as(port, "teacher").post(
				"/engine-rest/process-definition/key/" + IncidentManagementProcess.KEY + "/submit-form", Api.variables(
						with(IncidentManagementProcess.DESCRIPTION, description + " " + UUID.randomUUID())
							.and(IncidentManagementProcess.SERVICE, "printing")
							.and(IncidentManagementProcess.IMPACT, Impact.SEVERAL_USERS)
							.and(IncidentManagementProcess.URGENCY, Urgency.WORK_IMPAIRED)
							.and(IncidentManagementProcess.KIND, ReportKind.FAULT)));
		assertThat(started.status()).as(started.toString()).isEqualTo(200);
		return started(started.json().path("id").asText());
	}

	private String started(String processInstanceId) {
		startedHere.add(processInstanceId);
		return processInstanceId;
	}

	private void categorise(String incident) {
		Task task = taskOf(incident);
		assertThat(task.getTaskDefinitionKey()).isEqualTo(IncidentManagementProcess.TASK_CATEGORISE);
		complete("administrator", task.getId(), with(IncidentManagementProcess.SERVICE_ID, serviceId("Printing"))
			.and(IncidentManagementProcess.CATEGORY, IncidentCategory.FAULT));
	}

	private String startChange(String description) {
		Api technician = Api.as(port, "technician");
		Api.Response started = technician.post("/engine-rest/process-definition/key/" + RequestForChangeProcess.KEY + "/start", Map.of());
		assertThat(started.status()).as(started.toString()).isEqualTo(200);
		return started(started.json().path("id").asText());
	}

	/** Step 1, both approvals and step 2: the request then waits for its reminder, a day before the change. */
	private void throughToTheReminder(String change) {
		complete("technician", taskOf(change).getId(), with(RequestForChangeProcess.UNIQUE_IDENTIFIERS,
				"LAB-PC-01 to LAB-PC-30").and(RequestForChangeProcess.ITEM_NAMES, "ICT suite PCs")
			.and(RequestForChangeProcess.BRIEF_DESCRIPTION, "Upgrade the ICT suite")
			.and(RequestForChangeProcess.REASON, "Support ends")
			.and(RequestForChangeProcess.RAISED_AS, RaisedAs.SECOND_LEVEL_SUPPORT));
		complete("headteacher", taskOf(change).getId(), with(RequestForChangeProcess.APPROVAL, Decision.APPROVE)
			.and(RequestForChangeProcess.APPROVAL_COMMENT, "Yes"));
		Instant changeAt = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
		complete("technician", taskOf(change).getId(), with(RequestForChangeProcess.FULL_DETAILS,
				"Image each PC overnight").and(RequestForChangeProcess.IMPACT_ON_SERVICES, "ICT suite closed after school")
			.and(RequestForChangeProcess.IMPACT_OF_FAILURE, "Suite unusable next morning")
			.and(RequestForChangeProcess.FALLBACK_PLAN, "Restore the old image")
			.and(RequestForChangeProcess.CHANGE_DATE_TIME, changeAt.toString())
			.and(RequestForChangeProcess.IMPLEMENTER, "technician"));
		runDueJobs(change);
		complete("headteacher", taskOf(change).getId(), with(RequestForChangeProcess.USERS_AGREE, UsersAgreement.AGREED)
			.and(RequestForChangeProcess.USERS_FEEDBACK, "No objections"));
		complete("headteacher", taskOf(change).getId(), with(RequestForChangeProcess.APPROVAL, Decision.APPROVE)
			.and(RequestForChangeProcess.APPROVAL_COMMENT, "Go ahead"));
		assertThat(asSystem.call(() -> runtimeService.getActiveActivityIds(change))).containsExactly(RequestForChangeProcess.TIMER_REMINDER_DUE);
	}

	private void runDueJobs(String processInstanceId) {
		for (Job job : asSystem.call(() -> managementService.createJobQuery().processInstanceId(processInstanceId)
			.executable().list())) {
			asSystem.run(() -> managementService.executeJob(job.getId()));
		}
	}

	private void complete(String userId, String taskId, ProcessVariables variables) {
		Api.Response response = Api.as(port, userId).post("/engine-rest/task/" + taskId + "/complete",
				Api.variables(variables));
		assertThat(response.status()).as(userId + " completes: " + response).isEqualTo(204);
	}

	private Task taskOf(String processInstanceId) {
		List<Task> tasks = asSystem.call(() -> taskService.createTaskQuery().processInstanceId(processInstanceId).list());
		assertThat(tasks).as("open tasks of " + processInstanceId).hasSize(1);
		return tasks.get(0);
	}

	private String processDefinitionOf(String processInstanceId) {
		return asSystem.call(() -> runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId)
			.singleResult().getProcessDefinitionId());
	}

	private String businessKey(String processInstanceId) {
		return asSystem.call(() -> runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId)
			.singleResult().getBusinessKey());
	}

	private String serviceId(String name) {
		JsonNode services = Api.as(port, "teacher").get("/api/schools/riverside/services").json();
		return StreamSupport.stream(services.spliterator(), false).filter(s -> s.path("name").asText().equals(name))
			.findFirst().orElseThrow().path("id").asText();
	}

	static List<String> repositoryModelFiles() throws IOException {
		try (Stream<Path> files = Stream.of("bpmn", "dmn", "forms").flatMap(ProcessOwnerScenario::list)) {
			return files.map(p -> p.toString().replace('\\', '/')).sorted().toList();
		}
	}

	private static Stream<Path> list(String folder) {
		try {
			return Files.list(Path.of(folder)).filter(p -> p.toString().matches(".*\\.(bpmn|dmn|form)$"));
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		return entries;
	}
}

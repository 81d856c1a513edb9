package org.fitsflow.continuity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fitsflow.system.process.ProcessVariables.with;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.fitsflow.incident.Impact;
import org.fitsflow.incident.IncidentCategory;
import org.fitsflow.incident.IncidentManagementProcess;
import org.fitsflow.incident.ReportKind;
import org.fitsflow.incident.RestoreOutcome;
import org.fitsflow.incident.Urgency;
import org.fitsflow.mail.MailDispatcher;
import org.fitsflow.school.FitsFunction;
import org.fitsflow.system.AsSystem;
import org.fitsflow.testsupport.Api;
import org.fitsflow.testsupport.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Service continuity through the running service, as the demo school's people would use it over REST: the plan reviewed and issued as a printable PDF, an invocation while the mail server is
 * down, an incident left unrestored asking the ICT owner once, and the yearly risk assessment. The same scenario runs
 * on H2 and on PostgreSQL.
 */
abstract class ContinuityScenario {

	static final String SCHOOL = "riverside";
	static final String BASE = "/api/schools/" + SCHOOL;

	static final String CONTACTS = "[{\"kind\":\"key-staff\",\"name\":\"Helen Hart\",\"role\":\"Headteacher\","
			+ "\"telephone\":\"0161 496 0001\",\"email\":\"headteacher@riverside.example.org\",\"recoveryTeam\":true,"
			+ "\"userId\":\"headteacher\"},{\"kind\":\"key-staff\",\"name\":\"Sam Singh\",\"role\":\"Technician\","
			+ "\"telephone\":\"07700 900123\",\"email\":\"technician@riverside.example.org\",\"recoveryTeam\":true,"
			+ "\"userId\":\"technician\"},{\"kind\":\"supplier\",\"name\":\"Service desk\",\"role\":\"Service provider\","
			+ "\"organisation\":\"Northgate ICT Services\",\"telephone\":\"0800 496 0999\",\"recoveryTeam\":false}]";
	static final String MANUAL_SYSTEMS = "[{\"service\":\"Management information system\",\"steps\":\"Paper registers "
			+ "from the office; attendance telephoned to the office by 9:30\",\"startedByUser\":\"administrator\"},"
			+ "{\"service\":\"Network and internet access\",\"steps\":\"Offline lesson plans from the shared drive copy\","
			+ "\"startedByFunction\":\"first-level-support\"}]";
	static final String COMMUNICATIONS = "[{\"audience\":\"Parents\",\"message\":\"School open, ICT down, no online "
			+ "homework\",\"channel\":\"Text message\",\"timing\":\"Within an hour of invocation\"}]";

	@LocalServerPort
	int port;
	@Autowired
	ManagementService management;
	@Autowired
	RuntimeService runtime;
	@Autowired
	TaskService tasks;
	@Autowired
	AsSystem asSystem;
	@Autowired
	MailDispatcher dispatcher;
	@Autowired
	ContingencyPlans plans;

	/** GreenMail is shared by every test context of the run: look only at what arrived during this test. */
	private final Set<String> mailBefore = new HashSet<>();

	@BeforeEach
	void markMail() throws Exception {
		dispatcher.retryAllNow();
		for (MimeMessage m : TestMail.server().getReceivedMessages()) {
			mailBefore.add(m.getMessageID());
		}
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void planReviewed_issuedToTheRecoveryTeamAsAPrintablePlan_offsiteCopyConfirmed_originalFiled() throws Exception {
		int version = reviewPlan();

		MimeMessage issued = mailTo("technician@riverside.example.org", "Contingency plan issued: version " + version);
		String text = pdfText(attachment(issued, "contingency-plan-v" + version + ".pdf"));
		assertThat(text).contains("Contingency plan: Riverside Primary School", "Recovery team", "Helen Hart",
				"0161 496 0001", "07700 900123", "Northgate ICT Services", "0800 496 0999",
				"Paper registers from the office", "Amy Adams", "First-level support", "Parents", "Text message",
				"DRP-2026-01", "Server room binder", "every hour", "School office, 0161 496 0000");
		assertThat(mailTo("administrator@riverside.example.org", "Contingency plan issued: version " + version)).isNotNull();

		// The same plan over the API, for those who use it; not for a teacher (another school: ContinuityAttackScenario).
		Api.Response pdf = Api.as(port, "headteacher").get(BASE + "/contingency-plan/" + version + "/printable");
		assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
		assertThat(Api.as(port, "teacher").get(BASE + "/contingency-plan/" + version + "/printable").status()).isEqualTo(403);
		JsonNode plan = Api.as(port, "teacher").get(BASE + "/contingency-plan").json().get(0);
		assertThat(plan.path("version").asInt()).isEqualTo(version);
		assertThat(plan.path("status").asText()).isEqualTo("issued");
		assertThat(plan.path("recoveryTeam").asInt()).isEqualTo(2);
		assertThat(plan.path("offsiteCopyWhere").asText()).isEqualTo("Chair of governors' safe");
		assertThat(plan.path("filedWhere").asText()).isEqualTo("ICT file, office");
	}

	@Test
	void invokedWhileMailIsDown_everyMessageIsDeliveredOnceTheServerIsBack_stepsRecordedWithTheirRealTimes()
			throws Exception {
		ensurePlanInForce();
		Instant lossBegan = Instant.now().minus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.SECONDS);
		String instance;
		String reference;
		TestMail.down();
		try {
			Api owner = Api.as(port, "headteacher");
			Api.Response started = owner.post("/engine-rest/process-definition/key/" + ContingencyInvocationProcess.KEY
					+ "/submit-form", Api.variables(with(ContingencyInvocationProcess.AFFECTED_SERVICES,
							"Management information system, Network and internet access")
						.and(ContingencyInvocationProcess.WHAT_HAPPENED, "Server room flooded overnight")
						.and(ContingencyInvocationProcess.LOSS_STARTED_AT, lossBegan.toString())));
			assertThat(started.status()).as(started.toString()).isEqualTo(200);
			instance = started.json().path("id").asText();
			reference = started.json().path("businessKey").asText();
			assertThat(reference).matches("CON-\\d{4}-\\d{4}");
			runJobs(instance);
			assertThat(dispatcher.sendDue()).as("nothing goes while the mail server is down").isZero();

			// The manual systems the plan names: the office's person for the MIS, first-level support for the network.
			complete("administrator", task(instance, ContingencyInvocationProcess.TASK_START_MANUAL_SYSTEM),
					with(ContingencyInvocationProcess.HAPPENED_AT, lossBegan.plus(Duration.ofMinutes(10)).toString()));
			complete("assistant", task(instance, ContingencyInvocationProcess.TASK_START_MANUAL_SYSTEM), Map.of());

			// An hour on (the plan's interval), staff get a progress update.
			ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofMinutes(61))));
			runJobs(instance);

			for (int service = 0; service < 2; service++) {
				complete("technician", task(instance, ContingencyInvocationProcess.TASK_CARRY_OUT_RECOVERY_PLAN),
						with(ContingencyInvocationProcess.STEP_NOTES, "Restored from the off-site backup"));
				complete("headteacher", task(instance, ContingencyInvocationProcess.TASK_CONFIRM_SERVICE_RESTORED),
						with(ContingencyInvocationProcess.RESTORATION, Restoration.RESTORED));
			}
			runJobs(instance);
			assertThat(dispatcher.sendDue()).isZero();

			// Steps recorded afterwards: their real times, never in the future or before the loss began.
			String steps = BASE + "/invocations/" + reference + "/steps";
			Api.Response step = owner.post(steps, Map.of("what", "Rang the insurer",
					"happenedAt", lossBegan.plus(Duration.ofMinutes(20)).toString()));
			assertThat(step.status()).as(step.toString()).isEqualTo(201);
			Api.Response future = owner.post(steps, Map.of("what", "Later", "happenedAt",
					Instant.now().plus(Duration.ofDays(3)).toString()));
			assertThat(future.status()).isEqualTo(400);
			assertThat(future.json().path("detail").asText()).contains("happenedAt", "in the future");
			Api.Response before = owner.post(steps, Map.of("what", "Earlier", "happenedAt",
					lossBegan.minus(Duration.ofHours(2)).toString()));
			assertThat(before.status()).isEqualTo(400);
			assertThat(before.json().path("detail").asText()).contains("before the invocation began");
			assertThat(Api.as(port, "teacher").post(steps, Map.of("what", "I helped")).status()).isEqualTo(403);

			complete("headteacher", task(instance, ContingencyInvocationProcess.TASK_REVIEW_INVOCATION),
					with(ContingencyInvocationProcess.REVIEW_NOTES, "Flood through the roof; restored by lunchtime")
						.and(ContingencyInvocationProcess.LESSONS, "[{\"lesson\":\"The server room floods\","
								+ "\"recommendation\":\"Move the server upstairs\"}]"));
		}
		finally {
			TestMail.up();
		}
		dispatcher.retryAllNow();

		MimeMessage invoked = mailTo("technician@riverside.example.org", "Contingency plan invoked: " + reference);
		assertThat(pdfText(attachment(invoked, ".pdf"))).contains("0161 496 0001");
		assertThat(mailTo("teacher@riverside.example.org", "Progress update: " + reference)).isNotNull();
		assertThat(mailTo("teacher@riverside.example.org", "ICT services restored: " + reference)).isNotNull();
		for (String subject : List.of("Contingency plan invoked: " + reference, "Progress update: " + reference,
				"ICT services restored: " + reference)) {
			// GreenMail keeps a copy per recipient: count the messages sent, by their id.
			assertThat(received().stream().filter(m -> subject(m).startsWith(subject) && to(m, "technician@"))
				.map(ContinuityScenario::id).distinct().count()).as(subject + ", to the technician").isOne();
		}

		JsonNode record = Api.as(port, "teacher").get(BASE + "/invocations/" + reference).json();
		assertThat(record.path("status").asText()).isEqualTo("reviewed");
		assertThat(record.path("invokedBy").asText()).isEqualTo("headteacher");
		assertThat(record.path("services")).extracting(s -> s.path("state").asText()).containsOnly("restored");
		List<String> what = new ArrayList<>();
		record.path("steps").forEach(s -> what.add(s.path("what").asText()));
		assertThat(what).anyMatch(w -> w.startsWith("Contingency plan invoked by Helen Hart"))
			.anyMatch(w -> w.startsWith("Manual system for Management information system in use"))
			.contains("Rang the insurer", "Progress update sent to staff");
		JsonNode manual = StreamSupport.stream(record.path("steps").spliterator(), false)
			.filter(s -> s.path("what").asText().startsWith("Manual system for Management")).findFirst().orElseThrow();
		assertThat(Instant.parse(manual.path("happenedAt").asText())).isEqualTo(lossBegan.plus(Duration.ofMinutes(10)));
		assertThat(manual.path("recordedBy").asText()).isEqualTo("administrator");
		assertThat(record.path("lessons")).extracting(JsonNode::asText).containsExactly("The server room floods");

		// The lesson is in the next risk assessment, with the improvement it suggested.
		String assessment = startRiskAssessment(LocalDate.now().plusDays(28));
		JsonNode next = Api.as(port, "technician").get(BASE + "/risk-assessments/" + assessment).json();
		assertThat(next.path("lessons")).extracting(JsonNode::asText).contains("The server room floods");
		assertThat(next.path("recommendations")).anyMatch(r -> r.path("source").asText().equals("lesson")
				&& r.path("description").asText().equals("Move the server upstairs"));
	}

	@Test
	void anInvocationNamingAServiceNotInTheCatalogue_isRefusedNamingIt() {
		// Our own ICT owner names a service not in the catalogue: refused, naming it.
		Api.Response unknown = Api.as(port, "headteacher").post("/engine-rest/process-definition/key/"
				+ ContingencyInvocationProcess.KEY + "/submit-form", Api.variables(with(
						ContingencyInvocationProcess.AFFECTED_SERVICES, "Teleporter")
					.and(ContingencyInvocationProcess.WHAT_HAPPENED, "Gone")));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.text()).contains("'Teleporter' is not in the service catalogue");
	}

	@Test
	void incidentOnAServiceOfHighImportanceLeftUnrestored_asksTheIctOwnerOnce() {
		Api teacher = Api.as(port, "teacher");
		Api.Response reported = teacher.post("/engine-rest/process-definition/key/" + IncidentManagementProcess.KEY
				+ "/submit-form", Api.variables(with(IncidentManagementProcess.DESCRIPTION, "No network anywhere")
					.and(IncidentManagementProcess.SERVICE, "Network and internet access")
					.and(IncidentManagementProcess.IMPACT, Impact.WHOLE_SCHOOL)
					.and(IncidentManagementProcess.URGENCY, Urgency.WORK_STOPPED)
					.and(IncidentManagementProcess.KIND, ReportKind.FAULT)));
		assertThat(reported.status()).as(reported.toString()).isEqualTo(200);
		String incident = reported.json().path("id").asText();
		String reference = asSystem.call(() -> runtime.createProcessInstanceQuery().processInstanceId(incident)
			.singleResult().getBusinessKey());
		String serviceId = StreamSupport.stream(teacher.get(BASE + "/services").json().spliterator(), false)
			.filter(s -> s.path("name").asText().equals("Network and internet access")).findFirst().orElseThrow()
			.path("id").asText();
		complete("administrator", task(incident, IncidentManagementProcess.TASK_CATEGORISE),
				with(IncidentManagementProcess.SERVICE_ID, serviceId)
					.and(IncidentManagementProcess.CATEGORY, IncidentCategory.FAULT));
		complete("assistant", task(incident, IncidentManagementProcess.TASK_RESPOND),
				with(IncidentManagementProcess.TAKEN_ON, true));

		// A week on it is still not restored: long past the fix target, in any school week.
		ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(7))));
		runJobs(incident);
		// The priority changes meanwhile: the restore sub-process starts again, and so does its timer.
		asSystem.run(() -> runtime.createMessageCorrelation(IncidentManagementProcess.PRIORITY_CHANGED)
			.processInstanceId(incident).setVariables(with(IncidentManagementProcess.IMPACT, Impact.WHOLE_SCHOOL)
				.and(IncidentManagementProcess.URGENCY, Urgency.WORK_IMPAIRED)).correlate());
		runJobs(incident);

		List<JsonNode> asked = new ArrayList<>();
		Api.as(port, "headteacher").get(BASE + "/invocations").json().forEach(i -> {
			if (reference.equals(i.path("incidentReference").asText())) {
				asked.add(i);
			}
		});
		assertThat(asked).as("asked once about " + reference).hasSize(1);
		assertThat(asked.get(0).path("status").asText()).isEqualTo("asked");
		String question = asSystem.call(() -> runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(asked.get(0).path("reference").asText()).singleResult().getId());
		String decide = task(question, ContingencyInvocationProcess.TASK_DECIDE_WHETHER_TO_INVOKE);
		assertThat(Api.as(port, "teacher").post("/engine-rest/task/" + decide + "/complete",
				Api.variables(with(ContingencyInvocationProcess.DECISION, InvocationDecision.INVOKE))).status())
			.isEqualTo(403);
		complete("headteacher", decide, with(ContingencyInvocationProcess.DECISION, InvocationDecision.NOT_NOW)
			.and(ContingencyInvocationProcess.DECISION_REASON, "The switch arrives this afternoon"));
		JsonNode declined = Api.as(port, "headteacher").get(BASE + "/invocations/" + asked.get(0).path("reference")
			.asText()).json();
		assertThat(declined.path("status").asText()).isEqualTo("declined");
		assertThat(declined.path("declinedBy").asText()).isEqualTo("headteacher");

		// Restored at last: the incident carries on as it was.
		complete("assistant", task(incident, IncidentManagementProcess.TASK_RESTORE_SERVICE),
				with(IncidentManagementProcess.RESTORE_OUTCOME, RestoreOutcome.RESTORED));
	}

	@Test
	void riskAssessment_decisionsActedOn_deferredRecommendationComesBackNextYear_spreadsheetReadBack() throws Exception {
		LocalDate due = LocalDate.now().plusDays(28);
		String reference = startRiskAssessment(due);
		String instance = instanceOf(reference);
		String assess = task(instance, RiskAssessmentProcess.TASK_ASSESS_RISKS);

		// A risk on a service the catalogue does not have: refused, naming the row, and nothing recorded.
		Api.Response refused = Api.as(port, "technician").post("/engine-rest/task/" + assess + "/complete",
				Api.variables(with(RiskAssessmentProcess.RISKS, "[{\"service\":\"Teleporter\",\"threat\":\"Breaks\","
						+ "\"likelihood\":\"likely\",\"harm\":\"minor\"}]")));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.text()).contains("risks 1: 'Teleporter' is not in the service catalogue");

		complete("technician", assess, with(RiskAssessmentProcess.RISKS, "[{\"service\":\"Network and internet access\","
				+ "\"threat\":\"The core switch fails\",\"likelihood\":\"possible\",\"harm\":\"severe\"},"
				+ "{\"service\":\"Management information system\",\"threat\":\"The server room floods\","
				+ "\"likelihood\":\"unlikely\",\"harm\":\"severe\",\"existingMeasures\":\"Nightly backup\"}]")
			.and(RiskAssessmentProcess.RECOMMENDATIONS, "[{\"forService\":\"Network and internet access\","
					+ "\"description\":\"Keep a spare switch\",\"estimatedCost\":450,\"providerCharge\":80},"
					+ "{\"description\":\"Write the alarm codes in the plan\"},"
					+ "{\"description\":\"Put the server on a raised floor\",\"estimatedCost\":2000}]"));
		JsonNode assessed = Api.as(port, "headteacher").get(BASE + "/risk-assessments/" + reference).json();
		assertThat(assessed.path("status").asText()).isEqualTo("deciding");
		assertThat(assessed.path("assessedBy").asText()).isEqualTo("technician");
		assertThat(assessed.path("risks")).extracting(r -> r.path("threat").asText() + "=" + r.path("rating").asText())
			.containsExactly("The core switch fails=high", "The server room floods=medium");

		StringBuilder decisions = new StringBuilder("[");
		for (JsonNode r : assessed.path("recommendations")) {
			String description = r.path("description").asText();
			String decision = switch (description) {
				case "Keep a spare switch" -> "\"decision\":\"act-by-change\",\"reason\":\"Cheap for the risk\"";
				case "Write the alarm codes in the plan" -> "\"decision\":\"act-by-task\",\"reason\":\"Quick win\","
						+ "\"actionFunction\":\"single-point-of-contact\",\"actionDue\":\"" + due.plusDays(14) + "\"";
				case "Put the server on a raised floor" -> "\"decision\":\"defer\",\"reason\":\"Next year's budget\"";
				default -> "\"decision\":\"reject\",\"reason\":\"Not for this year\"";
			};
			decisions.append(decisions.length() > 1 ? "," : "").append("{\"id\":\"").append(r.path("id").asText())
				.append("\",").append(decision).append("}");
		}
		String decide = task(instance, RiskAssessmentProcess.TASK_DECIDE_RECOMMENDATIONS);
		Api.Response noReason = Api.as(port, "headteacher").post("/engine-rest/task/" + decide + "/complete",
				Api.variables(with(RiskAssessmentProcess.DECISIONS, "[]")));
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.text()).contains("decisions 1", "the reason");
		complete("headteacher", decide, with(RiskAssessmentProcess.DECISIONS, decisions.append("]").toString()));
		runJobs(instance);

		JsonNode decided = Api.as(port, "headteacher").get(BASE + "/risk-assessments/" + reference).json();
		JsonNode spare = find(decided.path("recommendations"), "Keep a spare switch");
		String change = spare.path("changeReference").asText();
		assertThat(change).matches("RFC-\\d{4}-\\d{4}");
		JsonNode rfc = Api.as(port, "headteacher").get(BASE + "/changes/" + change).json();
		assertThat(rfc.path("raisedFrom").asText()).isEqualTo(reference);
		assertThat(rfc.path("originator").asText()).isEqualTo("technician");
		String step1 = asSystem.call(() -> tasks.createTaskQuery().processInstanceBusinessKey(change).singleResult().getId());
		assertThat(Api.as(port, "technician").get("/engine-rest/task/" + step1 + "/form-variables").json()
			.path("cost").path("value").asDouble()).as("the estimated cost and the provider's charge").isEqualTo(530.0);
		JsonNode codes = find(decided.path("recommendations"), "Write the alarm codes in the plan");
		Task action = asSystem.call(() -> tasks.createTaskQuery().taskId(codes.path("actionReference").asText())
			.taskCandidateGroup(FitsFunction.SINGLE_POINT_OF_CONTACT.groupIn(SCHOOL)).singleResult());
		assertThat(action).as("a Tasklist task for the single point of contact").isNotNull();
		assertThat(action.getTenantId()).isEqualTo(SCHOOL);
		assertThat(action.getDueDate()).isNotNull();

		complete("administrator", task(instance, RiskAssessmentProcess.TASK_FILE_ORIGINAL),
				with(RiskAssessmentProcess.FILED_WHERE, "ICT file, office"));
		MimeMessage forFiling = mailTo("administrator@riverside.example.org", "Risk assessment " + reference + " to file");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(attachment(forFiling, ".xlsx")))) {
			assertThat(workbook.getSheet(RiskAssessmentSpreadsheet.RISKS).getRow(4).getCell(1).getStringCellValue())
				.isEqualTo("The core switch fails");
			assertThat(workbook.getSheet(RiskAssessmentSpreadsheet.RISKS).getRow(4).getCell(4).getStringCellValue())
				.isEqualTo("high");
			var sheet = workbook.getSheet(RiskAssessmentSpreadsheet.RECOMMENDATIONS);
			List<String> rows = new ArrayList<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				rows.add(sheet.getRow(r).getCell(1).getStringCellValue() + " | " + sheet.getRow(r).getCell(5)
					.getStringCellValue() + " | " + sheet.getRow(r).getCell(7).getStringCellValue());
			}
			assertThat(rows).contains("Keep a spare switch | act-by-change | " + change)
				.anyMatch(row -> row.startsWith("Put the server on a raised floor | defer"));
		}
		Api.Response exported = Api.as(port, "teacher").get(BASE + "/risk-assessments/" + reference + "/spreadsheet");
		assertThat(exported.status()).isEqualTo(200);
		assertThat(Api.as(port, "headteacher").get(BASE + "/risk-assessments/" + reference).json().path("filedWhere")
			.asText()).isEqualTo("ICT file, office");

		// Next year: the deferred recommendation is back (and the task not yet done); the change under way is not.
		String nextYear = startRiskAssessment(due.plusYears(1));
		JsonNode next = Api.as(port, "technician").get(BASE + "/risk-assessments/" + nextYear).json();
		JsonNode raised = find(next.path("recommendations"), "Put the server on a raised floor");
		assertThat(raised.path("source").asText()).isEqualTo("carried-forward");
		assertThat(raised.path("firstRaisedIn").asText()).isEqualTo(reference);
		assertThat(raised.path("estimatedCost").decimalValue()).isEqualByComparingTo("2000");
		assertThat(next.path("recommendations")).noneMatch(r -> r.path("description").asText().equals("Keep a spare switch"));
		assertThat(next.path("recommendations"))
			.anyMatch(r -> r.path("description").asText().equals("Write the alarm codes in the plan"));
		assertThat(asSystem.call(() -> runtime.getVariable(instanceOf(nextYear), RiskAssessmentProcess.BASELINE_NOTE.name()))
			.toString()).contains("Baseline: " + reference, "carried forward from " + reference);

		// End what this test left waiting, so that no later test of the shared service finds it in a task list.
		asSystem.run(() -> {
			runtime.createProcessInstanceQuery().processInstanceBusinessKey(change).list()
				.forEach(p -> runtime.deleteProcessInstance(p.getId(), "test finished"));
			runtime.deleteProcessInstance(instanceOf(nextYear), "test finished");
		});
	}

	// --- the steps, as the people take them ---

	/** Makes sure a plan is in force, reviewing one if not. */
	private void ensurePlanInForce() throws Exception {
		if (plans.inForce(SCHOOL).isEmpty()) {
			reviewPlan();
		}
	}

	@Test
	void yearlyReviews_runOnTheSchoolsReviewSchedule_theRiskAssessmentStartsItsLeadTimeBeforeTheSchoolsDate() {
		Api owner = Api.as(port, "headteacher");
		String schedules = "/api/schools/" + SCHOOL + "/review-schedules";
		LocalDate due = LocalDate.now().plusDays(60);
		Api.Response started = owner.post(schedules, Map.of("reviewKey", RiskAssessmentProcess.KEY,
				"nextDue", due.toString()));
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		try {
			assertThat(owner.get(schedules).json()).anyMatch(s -> s.path("reviewKey").asText()
				.equals(RiskAssessmentProcess.KEY) && s.path("review").asText().equals("yearly risk assessment"));
			String schedule = asSystem.call(() -> runtime.createProcessInstanceQuery().tenantIdIn(SCHOOL)
				.processInstanceBusinessKey(RiskAssessmentProcess.KEY).singleResult().getId());
			// Nothing starts until four weeks (the lead time) before the school's date.
			Job timer = management.createJobQuery().processInstanceId(schedule).timers().singleResult();
			assertThat(timer.getDuedate().toInstant())
				.isEqualTo(due.minusDays(28).atStartOfDay(ZoneId.of("Europe/London")).toInstant());
			assertThat(asSystem.call(() -> runtime.createProcessInstanceQuery().superProcessInstanceId(schedule).count()))
				.isZero();

			ClockUtil.setCurrentTime(timer.getDuedate());
			management.executeJob(timer.getId());
			String assessment = asSystem.call(() -> runtime.createProcessInstanceQuery().superProcessInstanceId(schedule)
				.singleResult().getBusinessKey());
			JsonNode record = owner.get(BASE + "/risk-assessments/" + assessment).json();
			assertThat(record.path("dueOn").asText()).isEqualTo(due.toString());
			assertThat(task(instanceOf(assessment), RiskAssessmentProcess.TASK_ASSESS_RISKS)).isNotNull();
		}
		finally {
			// Stopping the schedule ends the assessment under way: nothing of it fires in a later test.
			assertThat(owner.delete(schedules + "/" + RiskAssessmentProcess.KEY).status()).isIn(200, 204);
		}
	}

	/** A yearly plan review from start to end, as the schedule would start it; returns the version issued. */
	private int reviewPlan() throws Exception {
		String instance = asSystem.call(() -> runtime.startProcessInstanceByKey(ContingencyPlanReviewProcess.KEY,
				with(ContingencyPlanReviewProcess.SCHOOL_ID, SCHOOL)
					.and(ContingencyPlanReviewProcess.REVIEW_DUE, LocalDate.now().plusDays(28).toString())).getId());
		int version = (Integer) asSystem.call(() -> runtime.getVariable(instance,
				ContingencyPlanReviewProcess.PLAN_VERSION.name()));
		String update = task(instance, ContingencyPlanReviewProcess.TASK_UPDATE_PLAN);
		Api.Response noTelephone = Api.as(port, "headteacher").post("/engine-rest/task/" + update + "/complete",
				Api.variables(with(ContingencyPlanReviewProcess.PROGRESS_CONTACT, "The office")
					.and(ContingencyPlanReviewProcess.UPDATE_INTERVAL, "PT1H")
					.and(ContingencyPlanReviewProcess.CONTACTS, "[{\"name\":\"Helen Hart\",\"role\":\"Head\","
							+ "\"recoveryTeam\":true}]")));
		assertThat(noTelephone.status()).isEqualTo(400);
		assertThat(noTelephone.text()).contains("contacts 1 (Helen Hart): a telephone number is required");
		complete("headteacher", update, with(ContingencyPlanReviewProcess.PROGRESS_CONTACT, "School office, 0161 496 0000")
			.and(ContingencyPlanReviewProcess.UPDATE_INTERVAL, "PT1H")
			.and(ContingencyPlanReviewProcess.CONTACTS, CONTACTS)
			.and(ContingencyPlanReviewProcess.MANUAL_SYSTEMS, MANUAL_SYSTEMS)
			.and(ContingencyPlanReviewProcess.COMMUNICATIONS, COMMUNICATIONS));
		complete("technician", task(instance, ContingencyPlanReviewProcess.TASK_REVIEW_RECOVERY_PLAN),
				with(ContingencyPlanReviewProcess.RECOVERY_PLAN_REFERENCE, "DRP-2026-01")
					.and(ContingencyPlanReviewProcess.RECOVERY_PLAN_LOCATION, "Server room binder"));
		runJobs(instance);
		complete("headteacher", task(instance, ContingencyPlanReviewProcess.TASK_CONFIRM_OFFSITE_COPY),
				with(ContingencyPlanReviewProcess.OFFSITE_COPY_WHERE, "Chair of governors' safe"));
		complete("administrator", task(instance, ContingencyPlanReviewProcess.TASK_FILE_ORIGINAL),
				with(ContingencyPlanReviewProcess.FILED_WHERE, "ICT file, office"));
		assertThat(asSystem.call(() -> runtime.createProcessInstanceQuery().processInstanceId(instance).count())).isZero();
		return version;
	}

	private String startRiskAssessment(LocalDate due) {
		String instance = asSystem.call(() -> runtime.startProcessInstanceByKey(RiskAssessmentProcess.KEY,
				with(RiskAssessmentProcess.SCHOOL_ID, SCHOOL).and(RiskAssessmentProcess.REVIEW_DUE, due.toString())).getId());
		return asSystem.call(() -> runtime.getVariable(instance, RiskAssessmentProcess.ASSESSMENT_REFERENCE.name()))
			.toString();
	}

	private String instanceOf(String businessKey) {
		return asSystem.call(() -> runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
			.singleResult().getId());
	}

	private static JsonNode find(JsonNode recommendations, String description) {
		return StreamSupport.stream(recommendations.spliterator(), false)
			.filter(r -> r.path("description").asText().equals(description)).findFirst()
			.orElseThrow(() -> new AssertionError("no recommendation '" + description + "' in " + recommendations));
	}

	/** The first open task of that kind in the instance (the engine decides which of several). */
	private String task(String instance, String key) {
		List<Task> open = asSystem.call(() -> tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key)
			.list());
		assertThat(open).as("open " + key + " in " + instance).isNotEmpty();
		return open.get(0).getId();
	}

	private void complete(String userId, String taskId, Map<String, Object> variables) {
		Api.Response response = Api.as(port, userId).post("/engine-rest/task/" + taskId + "/complete",
				Api.variables(variables));
		assertThat(response.status()).as(userId + " completes: " + response).isEqualTo(204);
	}

	/** Runs the due jobs of one instance and of the instances it started: the context is shared with other tests. */
	private void runJobs(String instance) {
		for (int round = 0; round < 20; round++) {
			List<Job> due = management.createJobQuery().processInstanceId(instance).executable().list();
			if (due.isEmpty()) {
				return;
			}
			due.forEach(job -> management.executeJob(job.getId()));
		}
	}

	private MimeMessage mailTo(String address, String subjectStarts) throws Exception {
		dispatcher.sendDue();
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage m : received()) {
			if (Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(address))
					&& subject(m).startsWith(subjectStarts)) {
				found.add(m);
			}
		}
		assertThat(found).as("e-mail to " + address + ": " + subjectStarts).isNotEmpty();
		return found.get(found.size() - 1);
	}

	private List<MimeMessage> received() {
		List<MimeMessage> fresh = new ArrayList<>();
		for (MimeMessage m : TestMail.server().getReceivedMessages()) {
			try {
				if (!mailBefore.contains(m.getMessageID())) {
					fresh.add(m);
				}
			}
			catch (jakarta.mail.MessagingException e) {
				throw new IllegalStateException(e);
			}
		}
		return fresh;
	}

	private static String id(MimeMessage m) {
		try {
			return m.getMessageID();
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static boolean to(MimeMessage m, String address) {
		try {
			return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(address));
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static byte[] attachment(MimeMessage message, String nameEnds) throws Exception {
		Multipart parts = (Multipart) message.getContent();
		for (int i = 0; i < parts.getCount(); i++) {
			Part part = parts.getBodyPart(i);
			if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) && part.getFileName().endsWith(nameEnds)) {
				try (InputStream in = part.getInputStream()) {
					return in.readAllBytes();
				}
			}
		}
		throw new AssertionError("no attachment ending " + nameEnds + " in '" + subject(message) + "'");
	}

	private static String pdfText(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	private static String subject(MimeMessage m) {
		try {
			return m.getSubject();
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}
}

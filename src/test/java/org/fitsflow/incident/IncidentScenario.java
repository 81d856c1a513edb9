package org.fitsflow.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fitsflow.incident.IncidentManagementProcess.*;
import static org.fitsflow.system.process.ProcessVariables.with;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.fitsflow.mail.MailDispatcher;
import org.fitsflow.school.FitsFunction;
import org.fitsflow.problem.Problem;
import org.fitsflow.problem.ProblemManagementProcess;
import org.fitsflow.problem.Verification;
import org.fitsflow.testsupport.Api;
import org.fitsflow.testsupport.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An ICT fault from Tasklist's start form to closure through the REST API, as the demo users who hold each function;
 * the same scenario runs on H2 and on PostgreSQL.
 */
abstract class IncidentScenario {

	static final String SCHOOL = "riverside";

	@LocalServerPort
	int port;

	@Autowired
	ManagementService management;

	@Autowired
	MailDispatcher mailDispatcher;

	/** GreenMail is shared by every test context of the run: look only at what arrived during this test. */
	private final Set<String> mailBefore = new HashSet<>();

	@org.junit.jupiter.api.BeforeEach
	void markMail() throws Exception {
		for (MimeMessage m : TestMail.server().getReceivedMessages()) {
			mailBefore.add(m.getMessageID());
		}
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void faultReportedByATeacher_restoredFixedPermanentlyAndClosed_byTheFunctionsInTurn() throws Exception {
		String description = "Printer in the staff room jams " + UUID.randomUUID();
		Api teacher = Api.as(port, "teacher");
		assertThat(teacher.get("/engine-rest/process-definition/key/" + KEY + "/deployed-start-form").json()
			.path("id").asText()).isEqualTo(FORM_REPORT);
		Api.Response started = teacher.post("/engine-rest/process-definition/key/" + KEY + "/submit-form",
				Api.variables(with(DESCRIPTION, description).and(SERVICE, "printing")
					.and(LOCATION, "Staff room").and(IMPACT, Impact.SEVERAL_USERS)
					.and(URGENCY, Urgency.WORK_IMPAIRED).and(KIND, ReportKind.FAULT)));
		assertThat(started.status()).as(started.toString()).isEqualTo(200);
		String instanceId = started.json().path("id").asText();
		JsonNode logged = incidentDescribed(description);
		String reference = logged.path("reference").asText();
		assertThat(reference).matches("INC-\\d{4}-\\d{4}");
		assertThat(logged.path("reportedBy").asText()).isEqualTo("teacher");
		assertThat(logged.path("loggedAt").isNull()).isFalse();

		// The single point of contact checks and categorises; nobody else may.
		Api spoc = Api.as(port, "administrator");
		String categorise = onlyTask(spoc, instanceId, TASK_CATEGORISE);
		// What Tasklist shows: the deployed form, with the catalogue's services as the select's options.
		assertThat(spoc.get("/engine-rest/task/" + categorise + "/deployed-form").json().path("id").asText())
			.isEqualTo(FORM_CATEGORISE);
		JsonNode formVariables = spoc.get("/engine-rest/task/" + categorise + "/form-variables?deserializeValues=false").json();
		assertThat(formVariables.path(CATALOGUE_SERVICES).path("type").asText()).isEqualTo("Json");
		assertThat(formVariables.path(CATALOGUE_SERVICES).path("value").asText()).contains("\"label\":\"Printing\"");
		assertThat(formVariables.path(REPORTER_NAME.name()).path("value").asText()).isEqualTo("Rita Reed");
		assertThat(Api.as(port, "assistant").post("/engine-rest/task/" + categorise + "/complete",
				Api.variables(with(CATEGORY, IncidentCategory.FAULT))).status()).isEqualTo(403);
		assertThat(teacher.get("/engine-rest/task?processInstanceId=" + instanceId).json()).isEmpty();
		complete(spoc, categorise, with(SERVICE_ID, serviceId("Printing")).and(CATEGORY, IncidentCategory.FAULT));

		Api assistant = Api.as(port, "assistant");
		complete(assistant, onlyTask(assistant, instanceId, TASK_RESPOND), with(TAKEN_ON, true));
		complete(assistant, onlyTask(assistant, instanceId, TASK_RESTORE_SERVICE), with(RESTORE_OUTCOME, RestoreOutcome.RESTORED).and(WORKAROUND, "Use the office printer").and(PERMANENT_FIX_NEEDED, true));
		complete(spoc, onlyTask(spoc, instanceId, TASK_PASS_TO_SECOND_LEVEL), with(PASSED_ON, true));
		Api technician = Api.as(port, "technician");
		complete(technician, onlyTask(technician, instanceId, TASK_FIX_PERMANENTLY), with(RESOLUTION, "Rollers replaced").and(SECOND_LEVEL_OUTCOME, SecondLevelOutcome.FIXED));

		JsonNode resolved = incident(spoc, reference);
		assertThat(resolved.path("status").asText()).isEqualTo("RESOLVED");
		// several people, work impaired, a service of low importance; Printing has no agreed times: the table's
		assertThat(resolved.path("priority").asInt()).isEqualTo(3);
		assertThat(resolved.path("responseTime").asText()).isEqualTo("PT2H");
		assertThat(resolved.path("fixTime").asText()).isEqualTo("PT16H");

		// Nobody reopens it within the window; then the single point of contact closes it.
		ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(6))));
		runDueJobs(instanceId);
		complete(spoc, onlyTask(spoc, instanceId, TASK_CLOSE_INCIDENT), with(CONFIRM_CLOSED, true));
		ClockUtil.reset();

		JsonNode closed = incident(Api.as(port, "headteacher"), reference);
		assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
		for (String stamp : List.of("loggedAt", "respondedAt", "restoredAt", "resolvedAt", "closedAt", "responseTarget",
				"fixTarget")) {
			assertThat(closed.path(stamp).isNull()).as(stamp).isFalse();
		}
		assertThat(closed.path("responseTargetMet").asBoolean()).isTrue();
		assertThat(closed.path("fixTargetMet").asBoolean()).isTrue();
		assertThat(Api.as(port, "admin").get("/engine-rest/history/process-instance/" + instanceId).json()
			.path("state").asText()).isEqualTo("COMPLETED");

		mailDispatcher.sendDue();
		List<String> toTeacher = subjectsTo("teacher@riverside.example.org");
		assertThat(toTeacher).contains("Your ICT report is logged: " + reference, "Service restored: " + reference,
				"Resolved: " + reference);
	}

	@Test
	void targetsCountSchoolTime_pauseWhileWaitingOnTheReporter_followAPriorityChange_andAMissedFixIsEscalated() throws Exception {
		at("2026-11-30T09:00:00Z"); // a Monday; London is on UTC in winter
		String description = "Printer on the landing jams " + UUID.randomUUID();
		Api teacher = Api.as(port, "teacher");
		String instanceId = teacher.post("/engine-rest/process-definition/key/" + KEY + "/submit-form",
				Api.variables(with(DESCRIPTION, description).and(SERVICE, "Printing")
					.and(IMPACT, Impact.SEVERAL_USERS).and(URGENCY, Urgency.WORK_IMPAIRED)
					.and(KIND, ReportKind.FAULT))).json().path("id").asText();
		String reference = incidentDescribed(description).path("reference").asText();
		Api spoc = Api.as(port, "administrator");
		complete(spoc, onlyTask(spoc, instanceId, TASK_CATEGORISE), with(SERVICE_ID, serviceId("Printing"))
			.and(CATEGORY, IncidentCategory.FAULT));
		JsonNode targets = incident(spoc, reference);
		assertThat(targets.path("responseTarget").asText()).isEqualTo("2026-11-30T11:00:00Z");
		// 16 school hours: the rest of Monday (7.5), Tuesday (8), half an hour on Wednesday
		assertThat(targets.path("fixTarget").asText()).isEqualTo("2026-12-02T09:00:00Z");

		Api assistant = Api.as(port, "assistant");
		at("2026-11-30T09:30:00Z");
		complete(assistant, onlyTask(assistant, instanceId, TASK_RESPOND), with(TAKEN_ON, true));
		at("2026-11-30T10:00:00Z");
		complete(assistant, onlyTask(assistant, instanceId, TASK_RESTORE_SERVICE), with(RESTORE_OUTCOME, RestoreOutcome.WAITING_ON_REPORTER).and(QUESTION_FOR_REPORTER, "Which tray do you print from?"));
		JsonNode onHold = incident(spoc, reference);
		assertThat(onHold.path("status").asText()).isEqualTo("ON_HOLD");
		assertThat(onHold.path("fixClockPaused").asBoolean()).isTrue();
		at("2026-11-30T11:00:00Z");
		complete(assistant, onlyTask(assistant, instanceId, TASK_AWAIT_REPORTER), with(REPORTER_ANSWER, "Tray 2"));
		assertThat(incident(spoc, reference).path("fixTarget").asText()).isEqualTo("2026-12-02T10:00:00Z");

		// The whole school cannot print: priority 2 (PT1H, PT4H) from logging, plus the hour on hold.
		Api.Response changed = spoc.put("/api/schools/" + SCHOOL + "/incidents/" + reference + "/priority",
				Map.of("impact", "whole-school", "urgency", "work-stopped"));
		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
		assertThat(changed.json().path("priority").asInt()).isEqualTo(2);
		assertThat(changed.json().path("responseTarget").asText()).isEqualTo("2026-11-30T10:00:00Z");
		assertThat(changed.json().path("responseTargetMet").asBoolean()).isTrue();
		assertThat(changed.json().path("fixTarget").asText()).isEqualTo("2026-11-30T14:00:00Z");
		assertThat(Api.as(port, "assistant").put("/api/schools/" + SCHOOL + "/incidents/" + reference + "/priority",
				Map.of("impact", "one-user", "urgency", "work-continues")).status()).isEqualTo(403);
		String restore = onlyTask(assistant, instanceId, TASK_RESTORE_SERVICE);

		at("2026-11-30T14:01:00Z");
		runDueJobs(instanceId);
		assertThat(onlyTask(assistant, instanceId, TASK_RESTORE_SERVICE)).isEqualTo(restore);
		mailDispatcher.sendDue();
		assertThat(subjectsTo("administrator@riverside.example.org")).contains("Fix target missed: " + reference);
		assertThat(subjectsTo("headteacher@riverside.example.org")).contains("Fix target missed: " + reference);
		assertThat(subjectsTo("teacher@riverside.example.org")).contains("We need your answer: " + reference);

		at("2026-11-30T14:30:00Z");
		complete(assistant, restore, with(RESTORE_OUTCOME, RestoreOutcome.RESTORED).and(PERMANENT_FIX_NEEDED, false));
		JsonNode resolved = incident(spoc, reference);
		assertThat(resolved.path("status").asText()).isEqualTo("RESOLVED");
		assertThat(resolved.path("fixTargetMet").asBoolean()).isFalse();

		// Only the reporter (or the single point of contact) may reopen it; then it is restored again.
		assertThat(assistant.post("/api/schools/" + SCHOOL + "/incidents/" + reference + "/reopen", null).status())
			.isEqualTo(403);
		mailDispatcher.sendDue();
		Map<String, String> firstLinks = reporterLinks(reference, 1);
		Api.Response reopened = teacher.post("/api/schools/" + SCHOOL + "/incidents/" + reference + "/reopen", null);
		assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
		JsonNode reopenedView = incident(spoc, reference);
		assertThat(reopenedView.path("status").asText()).isEqualTo("IN_PROGRESS");
		// A reopened incident keeps its missed target, and counts as reopened.
		assertThat(reopenedView.path("fixTargetMet").asBoolean()).isFalse();
		assertThat(reopenedView.path("timesReopened").asInt()).isEqualTo(1);
		assertThat(reopenedView.path("resolutions").get(0).path("fixTargetMet").asBoolean()).isFalse();
		assertThat(reopenedView.path("resolutions").get(0).path("reporterAnswer").asText()).isEqualTo("reopened");
		assertThat(reopenedView.path("resolutions").get(0).path("answeredBy").asText()).isEqualTo("teacher");

		// Restored in time the second time: still missed overall, met in this round.
		at("2026-11-30T14:45:00Z");
		complete(assistant, onlyTask(assistant, instanceId, TASK_RESTORE_SERVICE), with(RESTORE_OUTCOME, RestoreOutcome.RESTORED)
			.and(PERMANENT_FIX_NEEDED, false));
		JsonNode again = incident(spoc, reference);
		assertThat(again.path("fixTargetMet").asBoolean()).isFalse();
		assertThat(again.path("resolutions").get(1).path("fixTargetMet").asBoolean()).isTrue();

		// The reporter answers from the e-mail: opening the link decides nothing, confirming does, once.
		mailDispatcher.sendDue();
		Map<String, String> links = reporterLinks(reference, 2);
		Page shown = get(links.get("confirm"));
		assertThat(shown.state()).isEqualTo("READY");
		assertThat(shown.html()).contains(reference).contains("Printer on the landing jams");
		assertThat(incident(spoc, reference).path("resolutions").get(1).path("reporterAnswer").isNull()).isTrue();
		assertThat(post(firstLinks.get("confirm")).state()).isEqualTo("EARLIER_RESOLUTION");
		String token = links.get("confirm").substring(links.get("confirm").indexOf("token=") + 6);
		String altered = token.substring(0, 12) + (token.charAt(12) == 'A' ? 'B' : 'A') + token.substring(13);
		assertThat(post("/incidents/answer?token=" + altered).state()).isEqualTo("FORGED");
		String swapped = token.substring(0, token.indexOf('.')) + links.get("reopen").substring(links.get("reopen").indexOf('.'));
		assertThat(post("/incidents/answer?token=" + swapped).state()).isEqualTo("FORGED");

		Page confirmed = post(links.get("confirm"));
		assertThat(confirmed.state()).as(confirmed.html()).isEqualTo("DONE");
		JsonNode answered = incident(spoc, reference);
		assertThat(answered.path("resolutions").get(1).path("reporterAnswer").asText()).isEqualTo("confirmed");
		assertThat(answered.path("resolutions").get(1).path("answeredBy").asText()).isEqualTo("teacher");
		assertThat(post(links.get("confirm")).state()).isEqualTo("ALREADY_ANSWERED");
		assertThat(post(links.get("reopen")).state()).isEqualTo("ALREADY_ANSWERED");
		assertThat(incident(spoc, reference).path("status").asText()).isEqualTo("RESOLVED");
		// The single point of contact closes it; the missed target is still there for the service report.
		complete(spoc, onlyTask(spoc, instanceId, TASK_CLOSE_INCIDENT), with(CONFIRM_CLOSED, true));
		JsonNode closed = incident(spoc, reference);
		assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
		assertThat(closed.path("fixTargetMet").asBoolean()).isFalse();
	}

	@Test
	void aReporterLinkPastTheReopeningWindow_changesNothing() throws Exception {
		String description = "Scanner in the office " + UUID.randomUUID();
		Api teacher = Api.as(port, "teacher");
		String instanceId = teacher.post("/engine-rest/process-definition/key/" + KEY + "/submit-form",
				Api.variables(with(DESCRIPTION, description).and(SERVICE, "Printing")
					.and(IMPACT, Impact.ONE_USER).and(URGENCY, Urgency.WORK_IMPAIRED)
					.and(KIND, ReportKind.FAULT))).json().path("id").asText();
		String reference = incidentDescribed(description).path("reference").asText();
		Api spoc = Api.as(port, "administrator");
		complete(spoc, onlyTask(spoc, instanceId, TASK_CATEGORISE), with(SERVICE_ID, serviceId("Printing"))
			.and(CATEGORY, IncidentCategory.FAULT));
		Api assistant = Api.as(port, "assistant");
		complete(assistant, onlyTask(assistant, instanceId, TASK_RESPOND), with(TAKEN_ON, true));
		complete(assistant, onlyTask(assistant, instanceId, TASK_RESTORE_SERVICE), with(RESTORE_OUTCOME, RestoreOutcome.RESTORED)
			.and(PERMANENT_FIX_NEEDED, false));
		mailDispatcher.sendDue();
		Map<String, String> links = reporterLinks(reference, 1);

		ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(6))));
		Page late = post(links.get("reopen"));
		assertThat(late.state()).isEqualTo("EXPIRED");
		assertThat(late.html()).contains("expired");
		assertThat(incident(spoc, reference).path("status").asText()).isEqualTo("RESOLVED");
		assertThat(teacher.post("/api/schools/" + SCHOOL + "/incidents/" + reference + "/confirm", null).status())
			.isEqualTo(400);
	}

	@Test
	void firstLevelCannotRestore_singlePointOfContactPassesItOn_secondLevelIsChasedPastTheTarget_overdueTasksInPriorityOrder()
			throws Exception {
		at("2026-11-30T09:00:00Z"); // a Monday
		String description = "The whole school is offline " + UUID.randomUUID();
		Api teacher = Api.as(port, "teacher");
		String instanceId = teacher.post("/engine-rest/process-definition/key/" + KEY + "/submit-form",
				Api.variables(with(DESCRIPTION, description).and(SERVICE, "Network and internet access")
					.and(IMPACT, Impact.WHOLE_SCHOOL).and(URGENCY, Urgency.WORK_STOPPED)
					.and(KIND, ReportKind.FAULT))).json().path("id").asText();
		String reference = incidentDescribed(description).path("reference").asText();
		Api spoc = Api.as(port, "administrator");
		// Due by the response target as reported, with the FITS priority as the task's priority.
		JsonNode categoriseTask = task(spoc, instanceId);
		assertThat(due(categoriseTask)).isEqualTo("2026-11-30T09:15:00Z");
		assertThat(categoriseTask.path("priority").asInt()).isEqualTo(100);
		complete(spoc, categoriseTask.path("id").asText(), with(SERVICE_ID, serviceId("Network and internet access"))
			.and(CATEGORY, IncidentCategory.FAULT));
		// The network's agreed 30 minutes and 2 hours hold at priority 2 (high importance); priority 1 halves them.
		JsonNode categorised = incident(spoc, reference);
		assertThat(categorised.path("priority").asInt()).isEqualTo(1);
		assertThat(categorised.path("responseTime").asText()).isEqualTo("PT15M");
		assertThat(categorised.path("fixTime").asText()).isEqualTo("PT1H");

		// Nobody has taken it on by 09:20: first-level support's Overdue filter shows it, most urgent first.
		at("2026-11-30T09:20:00Z");
		Api assistant = Api.as(port, "assistant");
		List<JsonNode> overdue = filterList(assistant, "Overdue");
		assertThat(overdue).extracting(t -> t.path("processInstanceId").asText()).contains(instanceId);
		assertThat(overdue).extracting(t -> t.path("priority").asInt()).isSortedAccordingTo(Comparator.reverseOrder());
		JsonNode respond = overdue.stream().filter(t -> t.path("processInstanceId").asText().equals(instanceId)).findFirst()
			.orElseThrow();
		assertThat(respond.path("taskDefinitionKey").asText()).isEqualTo(TASK_RESPOND);
		assertThat(due(respond)).isEqualTo("2026-11-30T09:15:00Z");
		complete(assistant, respond.path("id").asText(), with(TAKEN_ON, true));
		assertThat(due(task(assistant, instanceId))).isEqualTo("2026-11-30T10:00:00Z");

		// First-level support cannot restore it: the single point of contact passes it on, the fix target holds.
		at("2026-11-30T09:25:00Z");
		complete(assistant, onlyTask(assistant, instanceId, TASK_RESTORE_SERVICE), with(RESTORE_OUTCOME, RestoreOutcome.CANNOT_RESTORE)
			.and(WORKAROUND, "Restarted the router; the server room has no power"));
		JsonNode passedOn = incident(spoc, reference);
		assertThat(passedOn.path("status").asText()).isEqualTo("WITH_SECOND_LEVEL");
		assertThat(passedOn.path("passedOnBy").asText()).isEqualTo("assistant");
		assertThat(passedOn.path("restoredAt").isNull()).isTrue();
		assertThat(passedOn.path("followUpTarget").asText()).isEqualTo("2026-11-30T10:00:00Z");
		JsonNode pass = task(spoc, instanceId);
		assertThat(pass.path("taskDefinitionKey").asText()).isEqualTo(TASK_PASS_TO_SECOND_LEVEL);
		assertThat(due(pass)).isEqualTo("2026-11-30T10:00:00Z");
		complete(spoc, pass.path("id").asText(), with(PASSED_ON, true));
		Api technician = Api.as(port, "technician");
		String fix = onlyTask(technician, instanceId, TASK_FIX_PERMANENTLY);

		// Past the target: second-level support is reminded, the single point of contact and the ICT owner told.
		at("2026-11-30T10:01:00Z");
		runDueJobs(instanceId);
		mailDispatcher.sendDue();
		assertThat(subjectsTo("technician@riverside.example.org")).contains("Reminder: " + reference + " is past its target");
		assertThat(subjectsTo("administrator@riverside.example.org")).contains("Reminder: " + reference + " is past its target",
				"Fix target missed: " + reference);
		assertThat(subjectsTo("headteacher@riverside.example.org")).contains("Fix target missed: " + reference);
		assertThat(onlyTask(technician, instanceId, TASK_FIX_PERMANENTLY)).isEqualTo(fix);
		runDueJobs(instanceId);
		mailDispatcher.sendDue();
		// GreenMail keeps a copy per recipient: count the distinct messages.
		assertThat(Arrays.stream(received()).filter(m -> subject(m).equals("Reminder: " + reference + " is past its target"))
			.map(m -> { try { return m.getMessageID(); } catch (jakarta.mail.MessagingException e) { throw new IllegalStateException(e); } })
			.distinct().count()).as("chased once").isEqualTo(1);

		at("2026-11-30T10:30:00Z");
		complete(technician, fix, with(RESOLUTION, "Power restored to the server room")
			.and(SECOND_LEVEL_OUTCOME, SecondLevelOutcome.FIXED));
		JsonNode resolved = incident(spoc, reference);
		assertThat(resolved.path("status").asText()).isEqualTo("RESOLVED");
		assertThat(resolved.path("restoredAt").asText()).isEqualTo("2026-11-30T10:30:00Z");
		assertThat(resolved.path("fixTargetMet").asBoolean()).isFalse();
		assertThat(resolved.path("followUpTargetMet").asBoolean()).isFalse();
	}

	@Test
	void aCataloguedService_hasTargetsThatDependOnThePriority() {
		String urgent = "Network down in the hall " + UUID.randomUUID();
		String minor = "One laptop is slow online " + UUID.randomUUID();
		Api spoc = Api.as(port, "administrator");
		for (String[] report : List.of(new String[] { urgent, "whole-school", "work-stopped" },
				new String[] { minor, "one-user", "work-continues" })) {
			String instanceId = spoc.post("/engine-rest/process-definition/key/" + KEY + "/submit-form",
					Api.variables(with(DESCRIPTION, report[0]).and(SERVICE, "Network and internet access")
						.and(IMPACT, org.fitsflow.system.process.FormValue.of(Impact.class, "impact", report[1]))
						.and(URGENCY, org.fitsflow.system.process.FormValue.of(Urgency.class, "urgency", report[2]))
						.and(KIND, ReportKind.FAULT))).json().path("id").asText();
			complete(spoc, onlyTask(spoc, instanceId, TASK_CATEGORISE), with(SERVICE_ID, serviceId("Network and internet access"))
				.and(CATEGORY, IncidentCategory.FAULT));
		}
		JsonNode whole = incidentDescribed(urgent);
		JsonNode one = incidentDescribed(minor);
		assertThat(whole.path("priority").asInt()).isEqualTo(1);
		assertThat(whole.path("responseTime").asText()).isEqualTo("PT15M");
		assertThat(whole.path("fixTime").asText()).isEqualTo("PT1H");
		assertThat(one.path("priority").asInt()).isEqualTo(3);
		assertThat(one.path("responseTime").asText()).isEqualTo("PT1H");
		assertThat(one.path("fixTime").asText()).isEqualTo("PT4H");
	}

	private static void at(String instant) {
		ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
	}

	@Test
	void serviceSupportedByAProvider_followUpIsEmailedToItsServiceDesk_andTheReferenceRecorded() throws Exception {
		String description = "E-mail will not send " + UUID.randomUUID();
		Api spoc = Api.as(port, "administrator");
		// The single point of contact logs it on the teacher's behalf.
		Api.Response started = spoc.post("/engine-rest/process-definition/key/" + KEY + "/submit-form",
				Api.variables(with(DESCRIPTION, description).and(SERVICE, "Email").and(IMPACT, Impact.ONE_USER)
					.and(URGENCY, Urgency.WORK_STOPPED).and(KIND, ReportKind.FAULT).and(REPORTED_FOR, "teacher")));
		assertThat(started.status()).as(started.toString()).isEqualTo(200);
		String instanceId = started.json().path("id").asText();
		String reference = incidentDescribed(description).path("reference").asText();
		assertThat(incident(spoc, reference).path("loggedBy").asText()).isEqualTo("administrator");
		assertThat(incident(spoc, reference).path("reportedBy").asText()).isEqualTo("teacher");

		complete(spoc, onlyTask(spoc, instanceId, TASK_CATEGORISE), with(SERVICE_ID, serviceId("Email"))
			.and(CATEGORY, IncidentCategory.FAULT));
		// Priority 3 by the table (PT2H, PT16H), but the catalogue's agreed times for Email win.
		JsonNode categorised = incident(spoc, reference);
		assertThat(categorised.path("priority").asInt()).isEqualTo(3);
		assertThat(categorised.path("responseTime").asText()).isEqualTo("PT1H");
		assertThat(categorised.path("fixTime").asText()).isEqualTo("PT8H");
		Api assistant = Api.as(port, "assistant");
		complete(assistant, onlyTask(assistant, instanceId, TASK_RESPOND), with(TAKEN_ON, true));
		complete(assistant, onlyTask(assistant, instanceId, TASK_RESTORE_SERVICE), with(RESTORE_OUTCOME, RestoreOutcome.RESTORED).and(PERMANENT_FIX_NEEDED, true));
		complete(spoc, onlyTask(spoc, instanceId, TASK_PASS_TO_SECOND_LEVEL), with(PASSED_ON, true));
		runDueJobs(instanceId);
		complete(spoc, onlyTask(spoc, instanceId, TASK_RECORD_PROVIDER_REFERENCE), with(PROVIDER_REFERENCE, "NG-4711"));

		mailDispatcher.sendDue();
		MimeMessage toProvider = Arrays.stream(received())
			.filter(m -> subject(m).startsWith("Incident " + reference + " for Northgate ICT Services"))
			.findFirst().orElseThrow();
		assertThat(toProvider.getAllRecipients()[0].toString()).isEqualTo("servicedesk@northgate-ict.example.org");
		assertThat(onlyTask(spoc, instanceId, TASK_RECORD_PROVIDER_FIX)).isNotBlank();
	}

	@Test
	void reportWithoutServiceOrDescription_isRefusedNamingTheField_andNothingIsCreated() {
		Api teacher = Api.as(port, "teacher");
		int before = teacher.get("/api/schools/" + SCHOOL + "/incidents").json().size();
		Api.Response noService = teacher.post("/engine-rest/process-definition/key/" + KEY + "/submit-form",
				Api.variables(with(DESCRIPTION, "Screen is blank").and(IMPACT, Impact.ONE_USER)
					.and(URGENCY, Urgency.WORK_STOPPED).and(KIND, ReportKind.FAULT)));
		assertThat(noService.status()).isEqualTo(400);
		assertThat(noService.json().path("message").asText()).contains("(service) is required");

		Api.Response noDescription = teacher.post("/engine-rest/process-definition/key/" + KEY + "/submit-form",
				Api.variables(with(SERVICE, "Printing").and(IMPACT, Impact.ONE_USER)
					.and(URGENCY, Urgency.WORK_STOPPED).and(KIND, ReportKind.FAULT)));
		assertThat(noDescription.status()).isEqualTo(400);
		assertThat(noDescription.json().path("message").asText()).contains("(description) is required");

		assertThat(teacher.get("/api/schools/" + SCHOOL + "/incidents").json().size()).isEqualTo(before);
	}

	@Test
	void aServiceWithRepeatedIncidents_raisesOneProblem_andLaterIncidentsJoinIt() throws Exception {
		Api headteacher = Api.as(port, "headteacher");
		String name = "Visualiser " + UUID.randomUUID().toString().substring(0, 8);
		Api.Response added = headteacher.post("/api/schools/" + SCHOOL + "/services", Map.of("name", name,
				"importance", "MEDIUM", "supportedBy", "PERSON", "supportedByUserId", "technician"));
		assertThat(added.status()).as(added.toString()).isEqualTo(201);
		String serviceId = added.json().path("id").asText();
		assertThat(Api.as(port, "teacher").post("/api/schools/" + SCHOOL + "/services", Map.of("name", name + " 2",
				"importance", "LOW", "supportedBy", "PERSON")).status()).isEqualTo(403);

		Api spoc = Api.as(port, "administrator");
		List<Long> problemIds = new ArrayList<>();
		for (int i = 1; i <= 4; i++) {
			String description = name + " fault " + i;
			String instanceId = spoc.post("/engine-rest/process-definition/key/" + KEY + "/submit-form",
					Api.variables(with(DESCRIPTION, description).and(SERVICE, name).and(IMPACT, Impact.ONE_USER)
						.and(URGENCY, Urgency.WORK_IMPAIRED).and(KIND, ReportKind.FAULT))).json().path("id").asText();
			complete(spoc, onlyTask(spoc, instanceId, TASK_CATEGORISE), with(SERVICE_ID, serviceId)
				.and(CATEGORY, IncidentCategory.FAULT));
			JsonNode incident = incidentDescribed(description);
			problemIds.add(incident.path("problemId").isNull() ? null : incident.path("problemId").asLong());
		}
		assertThat(problemIds.subList(0, 2)).allMatch(id -> id == null || id.equals(problemIds.get(2)));
		assertThat(problemIds.get(2)).isNotNull();
		assertThat(problemIds.get(3)).isEqualTo(problemIds.get(2));
		JsonNode problems = Api.as(port, "admin").get("/engine-rest/process-instance?processDefinitionKey=" + ProblemManagementProcess.KEY
				+ "&variables=" + ProblemManagementProcess.DESCRIPTION + "_like_%25" + name.replace(" ", "%20") + "%25").json();
		assertThat(problems).hasSize(1);
		String problemInstance = problems.get(0).path("id").asText();
		JsonNode problemRecord = Api.as(port, "technician").get("/api/schools/" + SCHOOL + "/problems/"
				+ problems.get(0).path("businessKey").asText()).json();
		assertThat(problemRecord.path("investigatedBy").asText()).isEqualTo("second-level-support");
		assertThat(problemRecord.path("linkedIncidents")).hasSizeGreaterThanOrEqualTo(3);

		// Second-level support records the root cause and a workaround; a new incident on the service shows it.
		Api technician = Api.as(port, "technician");
		complete(technician, onlyTask(technician, problemInstance, ProblemManagementProcess.TASK_INVESTIGATE), with(ProblemManagementProcess.ROOT_CAUSE, "Loose power connector").and(ProblemManagementProcess.WORKAROUND, "Use the spare visualiser in the library").and(ProblemManagementProcess.CHANGE_NEEDED, false));
		String fifth = spoc.post("/engine-rest/process-definition/key/" + KEY + "/submit-form",
				Api.variables(with(DESCRIPTION, name + " fault 5").and(SERVICE, name)
					.and(IMPACT, Impact.ONE_USER).and(URGENCY, Urgency.WORK_IMPAIRED)
					.and(KIND, ReportKind.FAULT))).json().path("id").asText();
		complete(spoc, onlyTask(spoc, fifth, TASK_CATEGORISE), with(SERVICE_ID, serviceId)
			.and(CATEGORY, IncidentCategory.FAULT));
		assertThat(Api.as(port, "admin").get("/engine-rest/process-instance/" + fifth + "/variables/" + KNOWN_WORKAROUND)
			.json().path("value").asText()).isEqualTo("Use the spare visualiser in the library");

		// Verified and closed: the reporter of every linked incident is told. (The H2 and PostgreSQL runs share
		// one mail server and may both have a PRB-yyyy-0001, so count only what this closure sends.)
		String problemReference = Api.as(port, "admin").get("/engine-rest/history/process-instance/" + problemInstance)
			.json().path("businessKey").asText();
		assertThat(problemReference).matches("PRB-\\d{4}-\\d{4}");
		mailDispatcher.sendDue();
		long before = subjectsTo("administrator@riverside.example.org").stream()
			.filter(subject -> subject.endsWith("(" + problemReference + ")")).count();
		complete(technician, onlyTask(technician, problemInstance, ProblemManagementProcess.TASK_VERIFY_FIX), with(ProblemManagementProcess.VERIFICATION, Verification.VERIFIED));
		mailDispatcher.sendDue();
		assertThat(subjectsTo("administrator@riverside.example.org").stream()
			.filter(subject -> subject.endsWith("(" + problemReference + ")")).count() - before).isEqualTo(5);
	}

	@Test
	void maintenanceRaisesAProblemFromMonitoring_anIctUserMayNot() {
		Api technician = Api.as(port, "technician");
		Api.Response raised = technician.post("/engine-rest/process-definition/key/" + ProblemManagementProcess.KEY + "/submit-form",
				Api.variables(with(ProblemManagementProcess.DESCRIPTION, "Server disk fills up every week")
					.and(ProblemManagementProcess.SERVICE, "Network and internet access")
					.and(ProblemManagementProcess.SOURCE, Problem.Source.MONITORING)));
		assertThat(raised.status()).as(raised.toString()).isEqualTo(200);
		String problemReference = raised.json().path("businessKey").asText();
		assertThat(problemReference).matches("PRB-\\d{4}-\\d{4}");
		String investigate = onlyTask(technician, raised.json().path("id").asText(), ProblemManagementProcess.TASK_INVESTIGATE);
		// Maintenance investigates what its monitoring found (002): the task is maintenance's, not second-level support's.
		JsonNode links = Api.as(port, "admin").get("/engine-rest/task/" + investigate + "/identity-links").json();
		assertThat(StreamSupport.stream(links.spliterator(), false).map(l -> l.path("groupId").asText()))
			.contains(FitsFunction.MAINTENANCE.groupIn(SCHOOL))
			.doesNotContain(FitsFunction.SECOND_LEVEL_SUPPORT.groupIn(SCHOOL));

		// The problem record, for the support functions and the monthly report; not for an ICT user.
		JsonNode record = Api.as(port, "headteacher").get("/api/schools/" + SCHOOL + "/problems/" + problemReference).json();
		assertThat(record.path("investigatedBy").asText()).isEqualTo("maintenance");
		assertThat(record.path("source").asText()).isEqualTo("monitoring");
		assertThat(record.path("status").asText()).isEqualTo("OPEN");
		String month = java.time.YearMonth.now(java.time.ZoneId.of("Europe/London")).toString();
		assertThat(Api.as(port, "administrator").get("/api/schools/" + SCHOOL + "/problems?raisedIn=" + month + "&status=OPEN")
			.json()).extracting(j -> j.path("reference").asText()).contains(problemReference);
		assertThat(Api.as(port, "teacher").get("/api/schools/" + SCHOOL + "/problems").status()).isEqualTo(403);
		assertThat(Api.as(port, "administrator").get("/api/schools/" + SCHOOL + "/problems?closedIn=soon").status())
			.isEqualTo(400);

		Api.Response unknownService = technician.post("/engine-rest/process-definition/key/" + ProblemManagementProcess.KEY + "/submit-form",
				Api.variables(with(ProblemManagementProcess.DESCRIPTION, "Flickering projector")
					.and(ProblemManagementProcess.SERVICE, "Holograms")
					.and(ProblemManagementProcess.SOURCE, Problem.Source.MONITORING)));
		assertThat(unknownService.status()).isEqualTo(400);
		assertThat(unknownService.json().path("message").asText()).startsWith("service: 'Holograms' is not in the service catalogue");

		assertThat(Api.as(port, "teacher").post("/engine-rest/process-definition/key/" + ProblemManagementProcess.KEY + "/submit-form",
				Api.variables(with(ProblemManagementProcess.DESCRIPTION, "My mouse is slow")
					.and(ProblemManagementProcess.SOURCE, Problem.Source.MONITORING))).status())
			.isEqualTo(403);
	}

	record Page(String state, String html) {
	}

	private static final Pattern REPORTER_LINK = Pattern
		.compile("href=\"([^\"]*/incidents/answer\\?token=[^\"]+)\"[^>]*id=\"(confirm|reopen)-link\"");

	/** The reporter's links in the n-th "Resolved" e-mail of the incident. */
	private Map<String, String> reporterLinks(String reference, int nth) throws Exception {
		List<MimeMessage> resolved = new ArrayList<>();
		for (MimeMessage m : received()) {
			if (subject(m).equals("Resolved: " + reference)) {
				resolved.add(m);
			}
		}
		assertThat(resolved).as("Resolved e-mails of " + reference).hasSizeGreaterThanOrEqualTo(nth);
		MimeMessage mail = resolved.get(nth - 1);
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("teacher@riverside.example.org");
		Matcher m = REPORTER_LINK.matcher((String) mail.getContent());
		Map<String, String> links = new HashMap<>();
		while (m.find()) {
			links.put(m.group(2), m.group(1).replace("&amp;", "&"));
		}
		assertThat(links).containsKeys("confirm", "reopen");
		return links;
	}

	private Page get(String link) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port
						+ link.substring(link.indexOf("/incidents/answer")))).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		return page(response);
	}

	/** Confirms a link's answer, as its page's button does. */
	private Page post(String link) throws Exception {
		String token = link.substring(link.indexOf("token=") + 6);
		HttpResponse<String> response = HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/incidents/answer"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString("token="
							+ URLEncoder.encode(token, StandardCharsets.UTF_8)))
					.build(),
				HttpResponse.BodyHandlers.ofString());
		return page(response);
	}

	private static Page page(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
		Matcher state = Pattern.compile("data-state=\"([A-Z_]+)\"").matcher(response.body());
		return new Page(state.find() ? state.group(1) : null, response.body());
	}

	/** The only task of the instance the caller sees, as the REST API gives it (with due date and priority). */
	private JsonNode task(Api as, String instanceId) {
		JsonNode tasks = as.get("/engine-rest/task?processInstanceId=" + instanceId).json();
		assertThat(tasks).as("tasks visible in " + instanceId).hasSize(1);
		return tasks.get(0);
	}

	/** A task's due date as the engine's REST API gives it (in the server's zone), as an instant. */
	private static String due(JsonNode task) {
		return java.time.OffsetDateTime.parse(task.path("due").asText(),
				java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")).toInstant().toString();
	}

	/** A shared Tasklist filter's tasks, as Tasklist lists them for the caller. */
	private List<JsonNode> filterList(Api as, String filterName) {
		JsonNode filters = as.get("/engine-rest/filter?resourceType=Task&name=" + filterName).json();
		assertThat(filters).as("filter " + filterName).hasSize(1);
		JsonNode list = as.get("/engine-rest/filter/" + filters.get(0).path("id").asText() + "/list?maxResults=500").json();
		List<JsonNode> tasks = new ArrayList<>();
		list.forEach(tasks::add);
		return tasks;
	}

	private JsonNode incidentDescribed(String description) {
		JsonNode all = Api.as(port, "administrator").get("/api/schools/" + SCHOOL + "/incidents").json();
		return StreamSupport.stream(all.spliterator(), false)
			.filter(i -> i.path("description").asText().equals(description))
			.findFirst().orElseThrow(() -> new AssertionError("No incident described as " + description));
	}

	private JsonNode incident(Api as, String reference) {
		Api.Response response = as.get("/api/schools/" + SCHOOL + "/incidents/" + reference);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json();
	}

	private String serviceId(String name) {
		JsonNode services = Api.as(port, "teacher").get("/api/schools/" + SCHOOL + "/services").json();
		return StreamSupport.stream(services.spliterator(), false).filter(s -> s.path("name").asText().equals(name))
			.findFirst().orElseThrow().path("id").asText();
	}

	private String onlyTask(Api as, String instanceId, String taskKey) {
		JsonNode tasks = as.get("/engine-rest/task?processInstanceId=" + instanceId).json();
		assertThat(tasks).as("tasks visible in " + instanceId).hasSize(1);
		assertThat(tasks.get(0).path("taskDefinitionKey").asText()).isEqualTo(taskKey);
		return tasks.get(0).path("id").asText();
	}

	private void complete(Api as, String taskId, Map<String, Object> answers) {
		Api.Response response = as.post("/engine-rest/task/" + taskId + "/complete", Api.variables(answers));
		assertThat(response.status()).as(response.toString()).isEqualTo(204);
	}

	/** Runs this instance's due jobs only: the context is shared with other tests. */
	private void runDueJobs(String instanceId) {
		for (int round = 0; round < 10; round++) {
			List<Job> due = management.createJobQuery().processInstanceId(instanceId).executable().list();
			if (due.isEmpty()) {
				return;
			}
			due.forEach(job -> management.executeJob(job.getId()));
		}
	}

	private List<String> subjectsTo(String address) throws Exception {
		List<String> subjects = new ArrayList<>();
		for (MimeMessage m : received()) {
			if (Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address))) {
				subjects.add(m.getSubject());
			}
		}
		return subjects;
	}

	private MimeMessage[] received() throws Exception {
		List<MimeMessage> fresh = new ArrayList<>();
		for (MimeMessage m : TestMail.server().getReceivedMessages()) {
			if (!mailBefore.contains(m.getMessageID())) {
				fresh.add(m);
			}
		}
		return fresh.toArray(MimeMessage[]::new);
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

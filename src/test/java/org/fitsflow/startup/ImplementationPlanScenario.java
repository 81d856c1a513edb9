package org.fitsflow.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fitsflow.system.process.ProcessVariables.with;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.fitsflow.mail.MailDispatcher;
import org.fitsflow.school.ReviewSchedule;
import org.fitsflow.school.ReviewSchedules;
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
 * The implementation plan through the REST API as the demo school's functions, with the support procedure it calls:
 * the functions check, the single point of contact's tasks due on the dates agreed at meeting 2, the procedure and
 * memo e-mailed to every ICT user and kept as the master copy, a new ICT user sent it, a revision kept beside the
 * earlier version. The same scenario runs on H2 and on PostgreSQL.
 */
abstract class ImplementationPlanScenario {

	static final String SCHOOL = "riverside";
	static final ZoneId LONDON = ZoneId.of("Europe/London");

	@LocalServerPort
	int port;

	@Autowired
	ManagementService management;

	@Autowired
	RuntimeService runtime;

	@Autowired
	AsSystem asSystem;

	@Autowired
	MailDispatcher mailDispatcher;

	@Autowired
	ReviewSchedules schedules;

	private final Set<String> mailBefore = new HashSet<>();
	/** The school's review schedules before the test, with their next dates: the plan starts or moves two of them. */
	private final Map<String, LocalDate> schedulesBefore = new HashMap<>();

	@BeforeEach
	void markMail() throws Exception {
		for (MimeMessage m : TestMail.server().getReceivedMessages()) {
			mailBefore.add(m.getMessageID());
		}
		schedules.schedules(SCHOOL).forEach(s -> schedulesBefore.put(s.getReviewKey(), s.getNextDue()));
	}

	/** The reviews the plan set going must not stay for later tests of the shared service: as they were before. */
	@AfterEach
	void restoreReviewSchedules() {
		for (ReviewSchedule schedule : schedules.schedules(SCHOOL)) {
			LocalDate before = schedulesBefore.get(schedule.getReviewKey());
			if (before == null) {
				schedules.stop(SCHOOL, schedule.getReviewKey(), "implementation plan test over");
			}
			else if (!before.equals(schedule.getNextDue()) && !before.isBefore(LocalDate.now(LONDON))) {
				schedules.move(SCHOOL, schedule.getReviewKey(), before);
			}
		}
	}

	@Test
	void plan_functionsChecked_spocWorkDueOnAgreedDates_procedureIssuedToEveryIctUser_newUserSentIt_revisionKept()
			throws Exception {
		Api owner = Api.as(port, "headteacher");
		Api spoc = Api.as(port, "administrator");
		Api admin = Api.as(port, "admin");
		Api.Response started = owner.post("/engine-rest/process-definition/key/" + ImplementationPlanProcess.KEY
				+ "/start", Map.of());
		assertThat(started.status()).as(started.toString()).isEqualTo(200);
		String plan = started.json().path("id").asText();

		// Point 12: with nobody holding provision, the tick is refused, saying which; the task stays open.
		assertThat(admin.delete("/api/schools/" + SCHOOL + "/functions/provision/holders/provider").status())
			.isBetween(200, 204);
		String prepare = onlyTask(owner, plan, ImplementationPlanProcess.TASK_PLAN_AND_PREPARE);
		Map<String, Object> prepared = with(ImplementationPlanProcess.GUIDANCE_READ_ON, "2026-11-23")
			.and(ImplementationPlanProcess.INTENTION_COMMUNICATED_ON, "2026-11-24")
			.and(ImplementationPlanProcess.FUNCTIONS_ASSIGNED, true)
			.and(ImplementationPlanProcess.FIRST_MEETING_ON, "2026-11-30");
		Api.Response refused;
		try {
			refused = owner.post("/engine-rest/task/" + prepare + "/complete", Api.variables(prepared));
		}
		finally {
			assertThat(admin.put("/api/schools/" + SCHOOL + "/functions/provision/holders/provider", Map.of()).status())
				.isBetween(200, 204);
		}
		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.text()).contains("Provision (provision) is held by nobody");
		assertThat(onlyTask(owner, plan, ImplementationPlanProcess.TASK_PLAN_AND_PREPARE)).isEqualTo(prepare);
		complete(owner, prepare, prepared);

		complete(owner, onlyTask(owner, plan, ImplementationPlanProcess.TASK_HOLD_MEETING_1),
				with(ImplementationPlanProcess.INTRODUCED_ON, "2026-11-30")
					.and(ImplementationPlanProcess.TOOLSETS_DISTRIBUTED_ON, "2026-11-30")
					.and(ImplementationPlanProcess.START_DATE, "2027-01-11")
					.and(ImplementationPlanProcess.SECOND_MEETING_ON, "2026-12-14"));
		complete(owner, onlyTask(owner, plan, ImplementationPlanProcess.TASK_PREPARE_FOR_MEETING_2),
				with(ImplementationPlanProcess.OWN_TASKS_REVIEWED_ON, "2026-12-07")
					.and(ImplementationPlanProcess.USERS_UPDATED_ON, "2026-12-08"));
		complete(owner, onlyTask(owner, plan, ImplementationPlanProcess.TASK_HOLD_MEETING_2),
				with(ImplementationPlanProcess.UNDERSTANDING_CHECKED_ON, "2026-12-14")
					.and(ImplementationPlanProcess.COMMUNICATIONS_DUE_ON, "2026-12-18")
					.and(ImplementationPlanProcess.SUPPORT_PROCEDURE_DUE_ON, "2026-12-16")
					.and(ImplementationPlanProcess.START_DATE_CONFIRMED, StartDateConfirmed.YES)
					.and(ImplementationPlanProcess.START_DATE, "2027-01-11")
					.and(ImplementationPlanProcess.NEXT_MEETING_ON, "2027-02-11"));

		// Point 15: the single point of contact's two tasks, due on the dates agreed at meeting 2.
		JsonNode communications = spocTask(spoc, ImplementationPlanProcess.TASK_PUT_COMMUNICATIONS_IN_PLACE, plan);
		assertThat(due(communications)).isEqualTo(LocalDate.parse("2026-12-18"));
		String procedureInstance = asSystem.call(() -> runtime.createProcessInstanceQuery().superProcessInstanceId(plan)
			.singleResult().getId());
		JsonNode write = spocTask(spoc, SupportProcedureProcess.TASK_WRITE, procedureInstance);
		assertThat(due(write)).isEqualTo(LocalDate.parse("2026-12-16"));
		complete(spoc, communications.path("id").asText(),
				with(ImplementationPlanProcess.COMMUNICATIONS_IN_PLACE_ON, "2026-12-17"));

		// Point 14: written by the single point of contact, issued by the ICT owner, e-mailed to every ICT user.
		String text = "Report every fault or request in Tasklist, or to the office, never to the technician directly. "
				+ UUID.randomUUID();
		complete(spoc, write.path("id").asText(), with(SupportProcedureProcess.SUPPORT_PROCEDURE, text));
		String issue = onlyTask(owner, procedureInstance, SupportProcedureProcess.TASK_ISSUE);
		assertThat(Api.as(port, "teacher").post("/engine-rest/task/" + issue + "/complete",
				Api.variables(with(SupportProcedureProcess.COVERING_MEMO, "Forged"))).status()).isEqualTo(403);
		complete(owner, issue, with(SupportProcedureProcess.COVERING_MEMO, "From Monday 11 January, please follow it."));
		runDueJobs(procedureInstance);
		sendAllDueMail();

		JsonNode master = Api.as(port, "teacher").get("/api/schools/" + SCHOOL + "/support-procedure").json();
		assertThat(master.path("procedure").asText()).isEqualTo(text);
		assertThat(master.path("coveringMemo").asText()).isEqualTo("From Monday 11 January, please follow it.");
		assertThat(master.path("writtenBy").asText()).isEqualTo("administrator");
		assertThat(master.path("issuedBy").asText()).isEqualTo("headteacher");
		int version = master.path("version").asInt();
		MimeMessage toUsers = mailContaining(text);
		assertThat(Arrays.stream(toUsers.getAllRecipients()).map(Object::toString))
			.contains("teacher@riverside.example.org", "headteacher@riverside.example.org")
			.doesNotContain("provider@riverside.example.org");
		assertThat((String) toUsers.getContent()).contains("please follow it");

		// Point 13: a Monday start is confirmed on the Friday before.
		JsonNode confirm = spocTask(owner, ImplementationPlanProcess.TASK_CONFIRM_START_DATE, plan);
		assertThat(due(confirm)).isEqualTo(LocalDate.parse("2027-01-08"));
		complete(owner, confirm.path("id").asText(), with(ImplementationPlanProcess.START_CONFIRMED_ON, "2027-01-08"));
		assertThat(asSystem.call(() -> runtime.createProcessInstanceQuery().processInstanceId(plan).count())).isZero();

		// A new member of staff becomes an ICT user and is sent the master copy.
		String newcomer = "newcomer" + UUID.randomUUID().toString().substring(0, 8);
		Api.Response added = admin.post("/api/schools/" + SCHOOL + "/people", Map.of("userId", newcomer, "name",
				"Nia New", "email", newcomer + "@riverside.example.org", "employment", "SCHOOL_STAFF", "password",
				"a-long-password-1"));
		assertThat(added.status()).as(added.toString()).isEqualTo(201);
		sendAllDueMail();
		MimeMessage toNewcomer = mailTo(newcomer + "@riverside.example.org");
		assertThat((String) toNewcomer.getContent()).contains(text.substring(0, 40));

		// The single point of contact revises it; the new version is the master copy and the earlier one is kept.
		Api.Response revision = spoc.post("/engine-rest/process-definition/key/" + SupportProcedureProcess.KEY
				+ "/start", Map.of());
		assertThat(revision.status()).as(revision.toString()).isEqualTo(200);
		String revised = revision.json().path("id").asText();
		complete(spoc, onlyTask(spoc, revised, SupportProcedureProcess.TASK_WRITE),
				with(SupportProcedureProcess.SUPPORT_PROCEDURE, "Revised: " + text));
		complete(owner, onlyTask(owner, revised, SupportProcedureProcess.TASK_ISSUE),
				with(SupportProcedureProcess.COVERING_MEMO, "A small change."));
		runDueJobs(revised);
		JsonNode versions = Api.as(port, "teacher").get("/api/schools/" + SCHOOL + "/support-procedure/versions").json();
		assertThat(versions.get(0).path("version").asInt()).isEqualTo(version + 1);
		assertThat(versions.get(0).path("procedure").asText()).isEqualTo("Revised: " + text);
		assertThat(versions.get(1).path("version").asInt()).isEqualTo(version);
		assertThat(versions.get(1).path("procedure").asText()).isEqualTo(text);
	}

	/** A task's due date, as the engine's REST API gives it, as a date in the school's zone. */
	private static LocalDate due(JsonNode task) {
		return OffsetDateTime.parse(task.path("due").asText(), DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"))
			.atZoneSameInstant(LONDON).toLocalDate();
	}

	private JsonNode spocTask(Api as, String taskKey, String instanceId) {
		JsonNode tasks = as.get("/engine-rest/task?processInstanceId=" + instanceId + "&taskDefinitionKey=" + taskKey).json();
		assertThat(tasks).as(taskKey + " in " + instanceId).hasSize(1);
		return tasks.get(0);
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
			List<Job> due = asSystem.call(() -> management.createJobQuery().processInstanceId(instanceId).executable()
				.list());
			if (due.isEmpty()) {
				return;
			}
			due.forEach(job -> asSystem.run(() -> management.executeJob(job.getId())));
		}
	}

	/** The outbox sends a batch at a time, and other tests of the shared service may have left mail waiting. */
	private void sendAllDueMail() {
		while (mailDispatcher.sendDue() > 0) {
			// next batch
		}
	}

	private MimeMessage mailContaining(String text) throws Exception {
		for (MimeMessage m : received()) {
			if (((String) m.getContent()).contains(text)) {
				return m;
			}
		}
		throw new AssertionError("No e-mail holds " + text);
	}

	private MimeMessage mailTo(String address) throws Exception {
		for (MimeMessage m : received()) {
			if (Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address))) {
				return m;
			}
		}
		throw new AssertionError("No e-mail to " + address);
	}

	private List<MimeMessage> received() throws Exception {
		List<MimeMessage> fresh = new ArrayList<>();
		for (MimeMessage m : TestMail.server().getReceivedMessages()) {
			if (!mailBefore.contains(m.getMessageID())) {
				fresh.add(m);
			}
		}
		return fresh;
	}
}

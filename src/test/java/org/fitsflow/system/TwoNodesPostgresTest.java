package org.fitsflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.fitsflow.system.process.ProcessVariables.with;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;

import org.fitsflow.change.RaisedAs;
import org.fitsflow.change.RequestForChangeProcess;
import org.fitsflow.finance.ExpenditureCategory;
import org.fitsflow.incident.Impact;
import org.fitsflow.incident.IncidentCategory;
import org.fitsflow.incident.IncidentManagementProcess;
import org.fitsflow.incident.ReportKind;
import org.fitsflow.incident.Urgency;
import org.fitsflow.testsupport.Api;
import org.fitsflow.testsupport.ApprovalPages;
import org.fitsflow.testsupport.PostgresDatabase;
import org.fitsflow.testsupport.ServiceNode;
import org.fitsflow.testsupport.TestMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Two FITS Flow nodes on one PostgreSQL database, each its own Java process (own engine, job executor, outbox poller
 * and port, as two servers behind a proxy would be), both job executors and both outbox pollers running. They start at
 * the same moment on an empty database; then work is spread over both, and each thing that must happen once does.
 * Timers are made due by moving their due dates into the past, not by waiting; the test waits (with a deadline) only
 * for the other processes to act.
 *
 * <p>Separate processes rather than two Spring contexts in this JVM: the engine's registries, Camunda's ClockUtil and
 * the webapps' runtime container are JVM-wide, so two contexts here would share what two servers never share.
 */
@Tag("postgres")
@EnabledIfEnvironmentVariable(named = PostgresDatabase.URL_VARIABLE, matches = ".+",
		disabledReason = "PostgreSQL tests skipped: set FITS_TEST_PG_URL (see README) to run them")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesPostgresTest {

	private static final String SCHOOL = "northfield";
	private static final String MAIL_DOMAIN = "@" + SCHOOL + ".example.org";
	private static final String SERVICE = "Interactive whiteboards";
	private static final int INCIDENTS = 40;
	private static final Duration STARTING = Duration.ofMinutes(8);
	private static final Duration WORKING = Duration.ofMinutes(3);

	private String databaseUrl;
	private ServiceNode a;
	private ServiceNode b;

	/** Incidents started in the reference test: instance id, reference, the node that started each. */
	private record Started(String instanceId, String reference, ServiceNode node) {
	}

	private final List<Started> incidents = Collections.synchronizedList(new ArrayList<>());

	@BeforeAll
	void bothNodesStartAtTheSameMomentOnAnEmptyDatabase() {
		databaseUrl = PostgresDatabase.create("fits_test_nodes_" + System.currentTimeMillis() % 1000000);
		a = ServiceNode.start("node-a", settings("node-a"));
		b = ServiceNode.start("node-b", settings("node-b"));
		a.awaitReady(STARTING);
		b.awaitReady(STARTING);
	}

	private Map<String, Object> settings(String name) {
		Map<String, Object> settings = new HashMap<>(PostgresDatabase.properties(databaseUrl));
		settings.put("spring.mail.host", "127.0.0.1");
		settings.put("spring.mail.port", TestMail.port());
		settings.put("fits.school.id", SCHOOL);
		settings.put("fits.school.name", "Northfield Primary School");
		settings.put("fits.base-url", "https://fits.northfield.example.org");
		// Both nodes work as a server does: their job executors and outbox pollers run, and look often.
		settings.put("camunda.bpm.job-execution.enabled", true);
		settings.put("camunda.bpm.job-execution.wait-time-in-millis", 200);
		settings.put("camunda.bpm.job-execution.max-wait", 1000);
		settings.put("fits.mail.poll-interval", "PT0.3S");
		// The node's name in the engine's job log, to see who ran what.
		settings.put("camunda.bpm.generic-properties.properties.hostname", name);
		return settings;
	}

	@AfterAll
	void stop() {
		for (ServiceNode node : new ServiceNode[] { a, b }) {
			if (node != null) {
				node.close();
			}
		}
	}

	@Test
	@Order(1)
	void startedTogether_bothAreReady_andTheSetUpWasMadeOnce() {
		assertThat(a.isAlive()).isTrue();
		assertThat(b.isAlive()).isTrue();
		assertThat(rows("select user_id from person where school_id = '" + SCHOOL + "'"))
			.containsExactlyInAnyOrder("headteacher", "administrator", "assistant", "technician", "provider", "teacher");
		assertThat(rows("select id from school")).containsExactly(SCHOOL);
		assertThat(rows("select name_ from act_ru_filter group by name_ having count(*) > 1")).isEmpty();
		assertThat(rows("select version_ from act_re_procdef where key_ = '" + IncidentManagementProcess.KEY + "'"))
			.containsExactly("1");
		assertThat(rows("select count(*) from act_ru_authorization where group_id_ = '" + SCHOOL + ".single-point-of-contact'"))
			.doesNotContain("0");
		// Whichever node came second waited for the first, then found everything made.
		assertThat(a.log() + b.log()).contains("Another node on this database is starting up");
	}

	@Test
	@Order(2)
	void referencesAreUniqueAcrossNodes_whenReportsArriveOnBothAtOnce() throws Exception {
		ExecutorService clients = Executors.newFixedThreadPool(8);
		try {
			List<Future<Started>> starts = new ArrayList<>();
			for (int i = 0; i < INCIDENTS; i++) {
				ServiceNode node = i % 2 == 0 ? a : b;
				String description = "Projector in room " + i + " shows no picture";
				starts.add(clients.submit(() -> report(node, description)));
			}
			for (Future<Started> start : starts) {
				incidents.add(start.get());
			}
		}
		finally {
			clients.shutdown();
		}
		List<String> references = incidents.stream().map(Started::reference).toList();
		assertThat(references).doesNotHaveDuplicates().hasSize(INCIDENTS).allMatch(r -> r.matches("INC-\\d{4}-\\d{4}"));
		assertThat(rows("select reference from incident where school_id = '" + SCHOOL + "'"))
			.containsExactlyInAnyOrderElementsOf(references);
	}

	private Started report(ServiceNode node, String description) {
		Api.Response started = node.as("teacher").post("/engine-rest/process-definition/key/"
				+ IncidentManagementProcess.KEY + "/submit-form", Api.variables(with(IncidentManagementProcess.DESCRIPTION,
						description).and(IncidentManagementProcess.SERVICE, SERVICE)
					.and(IncidentManagementProcess.IMPACT, Impact.ONE_USER)
					.and(IncidentManagementProcess.URGENCY, Urgency.WORK_IMPAIRED)
					.and(IncidentManagementProcess.KIND, ReportKind.FAULT)));
		assertThat(started.status()).as(node.name() + ": " + started).isEqualTo(200);
		return new Started(started.json().path("id").asText(), started.json().path("businessKey").asText(), node);
	}

	@Test
	@Order(3)
	void aTaskStartedOnOneNode_isCompletedOnTheOther_andItsNextTaskShowsOnTheFirst() {
		assertThat(incidents).hasSize(INCIDENTS);
		for (Started incident : incidents) {
			ServiceNode other = incident.node() == a ? b : a;
			Api spoc = other.as("administrator");
			String categorise = onlyTask(spoc, incident.instanceId(), IncidentManagementProcess.TASK_CATEGORISE);
			Api.Response done = spoc.post("/engine-rest/task/" + categorise + "/complete",
					Api.variables(with(IncidentManagementProcess.SERVICE_ID, serviceId(other))
						.and(IncidentManagementProcess.CATEGORY, IncidentCategory.FAULT)));
			assertThat(done.status()).as(other.name() + ": " + done).isEqualTo(204);
		}
		for (Started incident : incidents) {
			Api assistant = incident.node().as("assistant");
			await("first-level support's task on " + incident.node().name()).atMost(WORKING)
				.untilAsserted(() -> onlyTask(assistant, incident.instanceId(), IncidentManagementProcess.TASK_RESPOND));
		}
	}

	@Test
	@Order(4)
	void eachTimerFiresOnce_whileBothJobExecutorsRun() {
		assertThat(incidents).hasSize(INCIDENTS);
		String timer = IncidentManagementProcess.TIMER_RESPONSE_TARGET_MISSED;
		JsonNode jobs = a.as("admin").get("/engine-rest/job?activityId=" + timer).json();
		assertThat(jobs).hasSize(INCIDENTS);
		// Every response target passed a minute ago: both job executors see 40 due timers at once.
		int i = 0;
		for (JsonNode job : jobs) {
			ServiceNode node = i++ % 2 == 0 ? a : b;
			Api.Response moved = node.as("admin").put("/engine-rest/job/" + job.path("id").asText() + "/duedate",
					Map.of("duedate", "2020-01-06T09:00:00.000+0000"));
			assertThat(moved.status()).as(moved.toString()).isEqualTo(204);
		}
		String escalate = IncidentManagementProcess.TASK_ESCALATE_MISSED_RESPONSE;
		await("every missed response escalated").atMost(WORKING).until(() -> count("/engine-rest/job/count?activityId="
				+ timer) == 0 && count("/engine-rest/history/activity-instance/count?finished=true&activityId=" + escalate)
						== INCIDENTS);
		assertThat(perInstance(timer)).hasSize(INCIDENTS).allSatisfy((instance, times) -> assertThat(times).isEqualTo(1));
		assertThat(perInstance(escalate)).hasSize(INCIDENTS).allSatisfy((instance, times) -> assertThat(times).isEqualTo(1));
		assertThat(rows("select count(*) from act_ru_incident")).containsExactly("0");
		System.out.println("Timer jobs run per node: " + rows("select hostname_ || ': ' || count(*) from act_hi_job_log"
				+ " where act_id_ = '" + timer + "' and job_state_ = 2 group by hostname_"));

		awaitOutboxSent();
		for (Started incident : incidents) {
			assertThat(received().stream().filter(m -> subject(m).equals("Response target missed: " + incident.reference())))
				.as("missed-response e-mails of " + incident.reference()).hasSize(1);
		}
	}

	@Test
	@Order(5)
	void anApprovalLinkMadeOnOneNode_decidesOnTheOther_andCannotBeReplayedOnTheFirst() throws Exception {
		Api technician = a.as("technician");
		Api.Response started = technician.post("/engine-rest/process-definition/key/" + RequestForChangeProcess.KEY
				+ "/start", Map.of());
		assertThat(started.status()).as(started.toString()).isEqualTo(200);
		String instance = started.json().path("id").asText();
		String reference = started.json().path("businessKey").asText();
		String step1 = onlyTask(technician, instance, RequestForChangeProcess.TASK_COMPLETE_STEP_1);
		Api.Response done = technician.post("/engine-rest/task/" + step1 + "/complete", Api.variables(
				with(RequestForChangeProcess.UNIQUE_IDENTIFIERS, "HALL-PJ-01")
					.and(RequestForChangeProcess.ITEM_NAMES, "Hall projector")
					.and(RequestForChangeProcess.BRIEF_DESCRIPTION, "Replace the hall projector")
					.and(RequestForChangeProcess.REASON, "Its lamp is at end of life")
					.and(RequestForChangeProcess.RAISED_AS, RaisedAs.SECOND_LEVEL_SUPPORT)
					.and(RequestForChangeProcess.COST, new java.math.BigDecimal("180"))
					.and(RequestForChangeProcess.COST_CATEGORY, ExpenditureCategory.HARDWARE)));
		assertThat(done.status()).as(done.toString()).isEqualTo(204);

		MimeMessage approval = await("the ICT owner's approval e-mail").atMost(WORKING).until(() -> received().stream()
			.filter(m -> subject(m).startsWith("Approval to proceed: " + reference)).findFirst().orElse(null),
				m -> m != null);
		Map<String, String> links = ApprovalPages.links((String) approval.getContent());
		assertThat(ApprovalPages.get(b.port(), links.get("approve")).state()).isEqualTo("READY");
		assertThat(ApprovalPages.post(b.port(), links.get("approve"), "Approved from the other node").state())
			.isEqualTo("DONE");
		assertThat(ApprovalPages.post(a.port(), links.get("approve"), "again").state()).isEqualTo("USED");
		assertThat(ApprovalPages.post(a.port(), links.get("reject"), "changed my mind").state())
			.isEqualTo("ALREADY_DECIDED");
		assertThat(a.as("admin").get("/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey="
				+ RequestForChangeProcess.TASK_APPROVE_PROCEEDING).json()).isEmpty();
	}

	@Test
	@Order(6)
	void eachEmailIsSentOnce_thoughBothNodesReadTheOutbox() {
		awaitOutboxSent();
		// What the outbox holds, one delivery per recipient, against what the SMTP server received.
		Map<String, Integer> expected = new TreeMap<>();
		for (String row : rows("select subject || '\t' || recipients from mail_message")) {
			String[] parts = row.split("\t");
			expected.merge(parts[0], parts[1].split(",").length, Integer::sum);
		}
		Map<String, Integer> delivered = received().stream()
			.collect(Collectors.toMap(TwoNodesPostgresTest::subject, m -> 1, Integer::sum, TreeMap::new));
		assertThat(expected).hasSizeGreaterThan(INCIDENTS);
		assertThat(delivered).isEqualTo(expected);
	}

	private void awaitOutboxSent() {
		await("the outbox sent").atMost(WORKING)
			.until(() -> rows("select count(*) from mail_message where sent_at is null").equals(List.of("0")));
	}

	/** This school's mail the SMTP server received (it is shared with the rest of the test run). */
	private static List<MimeMessage> received() {
		List<MimeMessage> ours = new ArrayList<>();
		for (MimeMessage m : TestMail.server().getReceivedMessages()) {
			try {
				for (Address to : m.getAllRecipients()) {
					if (to.toString().endsWith(MAIL_DOMAIN)) {
						ours.add(m);
						break;
					}
				}
			}
			catch (jakarta.mail.MessagingException e) {
				throw new IllegalStateException(e);
			}
		}
		return ours;
	}

	private static String subject(MimeMessage m) {
		try {
			return m.getSubject();
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String onlyTask(Api as, String instanceId, String taskKey) {
		JsonNode tasks = as.get("/engine-rest/task?processInstanceId=" + instanceId + "&taskDefinitionKey=" + taskKey)
			.json();
		assertThat(tasks).as(taskKey + " of " + instanceId).hasSize(1);
		return tasks.get(0).path("id").asText();
	}

	private static String serviceId(ServiceNode node) {
		JsonNode services = node.as("teacher").get("/api/schools/" + SCHOOL + "/services").json();
		return StreamSupport.stream(services.spliterator(), false).filter(s -> s.path("name").asText().equals(SERVICE))
			.findFirst().orElseThrow(() -> new AssertionError("No service " + SERVICE + ": " + services)).path("id").asText();
	}

	private long count(String path) {
		return a.as("admin").get(path).json().path("count").asLong();
	}

	/** How often each process instance passed the element, from the engine's history. */
	private Map<String, Integer> perInstance(String activityId) {
		JsonNode passed = b.as("admin").get("/engine-rest/history/activity-instance?maxResults=1000&activityId="
				+ activityId).json();
		return StreamSupport.stream(passed.spliterator(), false)
			.collect(Collectors.toMap(p -> p.path("processInstanceId").asText(), p -> 1, Integer::sum));
	}

	private List<String> rows(String sql) {
		try (Connection c = DriverManager.getConnection(databaseUrl, PostgresDatabase.user(), PostgresDatabase.password());
				Statement s = c.createStatement();
				ResultSet rows = s.executeQuery(sql)) {
			List<String> values = new ArrayList<>();
			while (rows.next()) {
				values.add(rows.getString(1));
			}
			return values;
		}
		catch (SQLException e) {
			throw new AssertionError(sql + ": " + e.getMessage(), e);
		}
	}
}

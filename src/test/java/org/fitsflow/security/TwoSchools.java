package org.fitsflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.fitsflow.mail.MailDispatcher;
import org.fitsflow.testsupport.Api;
import org.fitsflow.testsupport.ApprovalPages;
import org.fitsflow.testsupport.ApprovalPages.Page;
import org.fitsflow.testsupport.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Two schools for the security tests: riverside (the demo school) and hillside, added through the API with its own ICT
 * owner, deputy, single point of contact, teacher and technician; and the calls those tests make, as the people of
 * each school would.
 */
abstract class TwoSchools {


	static final String RIVERSIDE = "riverside";
	static final String HILLSIDE = "hillside";
	static final String PASSWORD = "a-long-test-password";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MailDispatcher mailDispatcher;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	IdentityService identityService;

	final List<Runnable> undo = new ArrayList<>();

	/** The processes running before the test: those it starts are ended after it. */
	private Set<String> runningBefore = Set.of();

	@BeforeEach
	void hillside() {
		runningBefore = running();
		Api admin = admin();
		if (admin.get("/api/schools").json().findValuesAsText("id").contains(HILLSIDE)) {
			return;
		}
		assertThat(admin.post("/api/schools", Map.of("id", HILLSIDE, "name", "Hillside Primary School")).status())
			.isEqualTo(201);
		person(HILLSIDE, "hill-owner", true, "Hazel Hill");
		person(HILLSIDE, "hill-deputy", true, "Dev Dale");
		person(HILLSIDE, "hill-spoc", false, "Sally Stone");
		person(HILLSIDE, "hill-teacher", false, "Terry Tate");
		person(HILLSIDE, "hill-tech", false, "Theo Trent");
		assign(HILLSIDE, "ict-owner", "hill-owner");
		assign(HILLSIDE, "single-point-of-contact", "hill-spoc");
		for (String f : List.of("second-level-support", "design", "implementation", "maintenance")) {
			assign(HILLSIDE, f, "hill-tech");
		}
	}

	@AfterEach
	void undo() {
		ClockUtil.reset();
		for (int i = undo.size() - 1; i >= 0; i--) {
			undo.get(i).run();
		}
		undo.clear();
		// Their timers (incident targets, the ICT owner's reminder) must fire in no later test of the shared service,
		// and no e-mail may wait: other tests read the outbox one batch at a time.
		List<String> started = running().stream().filter(id -> !runningBefore.contains(id)).toList();
		runtimeService.deleteProcessInstancesIfExists(started, "test over", true, true, false);
		while (mailDispatcher.sendDue() > 0) {
			// next batch
		}
	}

	private Set<String> running() {
		return runtimeService.createProcessInstanceQuery().list().stream().map(ProcessInstance::getId)
			.collect(Collectors.toSet());
	}

	// --- helpers --------------------------------------------------------------------------------------------------

	static final String START_INCIDENT = "/engine-rest/process-definition/key/incident-management/submit-form";

	record Raised(String processInstanceId, String reference) {
	}

	Api admin() {
		return Api.as(port, "admin");
	}

	Api as(String userId) {
		return Api.as(port, userId, PASSWORD);
	}

	Api as(String userId, String password) {
		return Api.as(port, userId, password);
	}

	void person(String school, String userId, boolean leadership, String name) {
		Api.Response added = admin().post("/api/schools/" + school + "/people", Map.of("userId", userId, "name", name,
				"email", userId + "@" + school + ".example.org", "employment", "SCHOOL_STAFF", "leadershipTeam", leadership,
				"password", PASSWORD));
		assertThat(added.status()).as(added.toString()).isEqualTo(201);
	}

	void assign(String school, String function, String userId) {
		Api.Response assigned = admin().put("/api/schools/" + school + "/functions/" + function + "/holders/" + userId, null);
		assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
	}

	/** A fresh member of staff of the school (and an ICT user), password {@link #PASSWORD}. */
	String newPerson(String school, String prefix) {
		String userId = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		person(school, userId, false, "Pat " + prefix);
		return userId;
	}

	static Map<String, Object> personBody(String userId, String name, String email, String password) {
		Map<String, Object> body = new HashMap<>(Map.of("userId", userId, "name", name, "email", email, "employment",
				"SCHOOL_STAFF", "leadershipTeam", false));
		if (password != null) {
			body.put("password", password);
		}
		return body;
	}

	/** A complete report of a fault, as the start form sends it, with some answers replaced or added. */
	static Map<String, Object> report(Object... more) {
		Map<String, Object> answers = new LinkedHashMap<>(Map.of("description", "The projector flickers " + UUID.randomUUID(),
				"service", "Printing", "impact", "one-user", "urgency", "work-impaired", "kind", "fault"));
		for (int i = 0; i + 1 < more.length; i += 2) {
			answers.put((String) more[i], more[i + 1]);
		}
		return variables(answers);
	}

	static Map<String, Object> variables(Object... kv) {
		Map<String, Object> answers = new LinkedHashMap<>();
		for (int i = 0; i + 1 < kv.length; i += 2) {
			answers.put((String) kv[i], kv[i + 1]);
		}
		return variables(answers);
	}

	static Map<String, Object> variables(Map<String, Object> answers) {
		Map<String, Object> variables = new LinkedHashMap<>();
		answers.forEach((name, value) -> {
			Map<String, Object> variable = new HashMap<>();
			variable.put("value", value);
			variables.put(name, value instanceof Map<?, ?> typed ? typed : variable);
		});
		return variables;
	}

	void complete(Api who, String taskId, Object... kv) {
		complete(who, taskId, toMap(kv));
	}

	void complete(Api who, String taskId, Map<String, Object> answers) {
		assertThat(taskId).as("open task").isNotNull();
		Api.Response done = who.post("/engine-rest/task/" + taskId + "/complete", Map.of("variables", variables(answers)));
		assertThat(done.status()).as(done.toString()).isEqualTo(204);
	}

	static Map<String, Object> toMap(Object... kv) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i + 1 < kv.length; i += 2) {
			map.put((String) kv[i], kv[i + 1]);
		}
		return map;
	}

	String taskId(Api who, String instance, String key) {
		for (JsonNode task : who.get("/engine-rest/task?processInstanceId=" + instance).json()) {
			if (task.path("taskDefinitionKey").asText().equals(key)) {
				return task.path("id").asText();
			}
		}
		throw new AssertionError("no " + key + " visible in " + instance);
	}

	String task(Api who, Raised rfc, String key) {
		return taskId(who, rfc.processInstanceId(), key);
	}

	/** A technician raises a request for change in Tasklist and completes step 1, as second-level support. */
	Raised raise(Api technician, String description, double cost, String category) {
		Api.Response started = technician.post("/engine-rest/process-definition/key/request-for-change/start", Map.of());
		assertThat(started.status()).as(started.toString()).isEqualTo(200);
		Raised rfc = new Raised(started.json().path("id").asText(), started.json().path("businessKey").asText());
		Map<String, Object> step1 = new LinkedHashMap<>(Map.of("uniqueIdentifiers", "ROOM-4", "itemNames", "Printer",
				"briefDescription", description, "reason", "It is needed", "raisedAs", "second-level-support"));
		if (cost > 0) {
			step1.put("cost", cost);
			step1.put("costCategory", category);
		}
		complete(technician, task(technician, rfc, "Task_CompleteStep1"), step1);
		return rfc;
	}

	static Map<String, Object> step2Answers() {
		return toMap("fullDetails", "Swap the printer", "impactOnServices", "No printing for an hour", "impactOfFailure",
				"Printing stays down", "fallbackPlan", "Put the old one back", "changeDateTime",
				Instant.now().plus(Duration.ofDays(30)).toString().substring(0, 16), "implementer", "technician");
	}

	/** A login as stored: its password hash, salt, name and e-mail. */
	String storedLogin(String userId) {
		return jdbc.queryForObject("select concat(pwd_, '|', salt_, '|', first_, '|', last_, '|', email_) from act_id_user"
				+ " where id_ = ?", String.class, userId);
	}

	String status(String school, String reference) {
		return jdbc.queryForObject("select status from request_for_change where school_id = ? and reference = ?",
				String.class, school, reference);
	}

	long count(String table, String school) {
		return jdbc.queryForObject("select count(*) from " + table + " where school_id = ?", Long.class, school);
	}

	/** The last reference number handed out this year, so a refused request is seen to use none. */
	long lastNumber(String school, String prefix) {
		return jdbc.queryForObject("select coalesce(max(last_value), 0) from reference_counter where school_id = ? and"
				+ " prefix = ?", Long.class, school, prefix);
	}

	JsonNode incident(Api who, String school, String description) {
		for (JsonNode incident : who.get("/api/schools/" + school + "/incidents").json()) {
			if (incident.path("description").asText().equals(description)) {
				return incident;
			}
		}
		throw new AssertionError("no incident described as " + description);
	}

	String serviceId(String name) {
		for (JsonNode service : as("headteacher", "demo").get("/api/schools/riverside/services").json()) {
			if (service.path("name").asText().equals(name)) {
				return service.path("id").asText();
			}
		}
		throw new AssertionError("no service " + name);
	}

	static String filterId(Api who, String name) {
		for (JsonNode filter : who.get("/engine-rest/filter?resourceType=Task").json()) {
			if (filter.path("name").asText().equals(name)) {
				return filter.path("id").asText();
			}
		}
		throw new AssertionError("no filter " + name);
	}

	static Map<String, Object> entry(String date, String changeReference) {
		Map<String, Object> entry = new HashMap<>(Map.of("date", date, "category", "software", "description",
				"A licence", "amount", "10.00"));
		if (changeReference != null) {
			entry.put("changeReference", changeReference);
		}
		return entry;
	}

	/** Runs the calls at the same moment, each in its own thread. */
	@SafeVarargs
	static <T> List<T> together(Callable<T>... calls) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(calls.length);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> call : calls) {
				futures.add(pool.submit(() -> {
					start.await();
					return call.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> f : futures) {
				results.add(f.get());
			}
			return results;
		}
		finally {
			pool.shutdown();
		}
	}

	/** The latest approval e-mail to the address about the request described so (descriptions are made unique). */
	String mailTo(String address, String description) throws Exception {
		mailDispatcher.sendDue();
		String found = null;
		for (MimeMessage m : TestMail.server().getReceivedMessages()) {
			boolean to = Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(address));
			if (to && m.getSubject().startsWith("Approval to") && ((String) m.getContent()).contains(description)) {
				found = (String) m.getContent();
			}
		}
		assertThat(found).as("approval e-mail to " + address + " about '" + description + "'").isNotNull();
		return found;
	}

	static List<String> holders(JsonNode functions, String function) {
		for (JsonNode f : functions) {
			if (f.path("function").asText().equals(function)) {
				return f.path("holders").findValuesAsText("userId");
			}
		}
		throw new AssertionError("no function " + function);
	}

	Page post(String link, String comment) throws IOException, InterruptedException {
		return ApprovalPages.post(port, link, comment);
	}
}

package org.fitsflow.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.fitsflow.FitsFlowApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How fast a FITS function's Tasklist answers when a school, or an authority of many schools, has a lot of open work
 * (issue 15, "Task lists at authority scale"). Starts the whole service on a fresh PostgreSQL database, fills it with
 * open incidents waiting for the single point of contact, then asks for the function's Tasklist filter (a page of
 * 15, and the count, as Tasklist does) and for every task the caller may see, through /engine-rest with HTTP Basic,
 * authorization and tenant checks on, as the school's single point of contact. The administrator's answer (no
 * authorization check) is printed beside it. Prints p50/p95; asserts nothing about time.
 *
 * <pre>
 * src/bench/task-lists.sh one-school      3,000 open tasks in one school
 * src/bench/task-lists.sh fifty-schools   10,000 open tasks over 50 schools (200 each)
 * </pre>
 * Further arguments go to the service (for example {@code --logging.level.org.camunda.bpm.engine.impl.persistence.entity.TaskEntity=DEBUG}
 * prints the SQL, for EXPLAIN ANALYZE on a database kept with FITS_BENCH_KEEP=1).
 */
public final class TaskListBenchmark {

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final HttpClient HTTP = HttpClient.newHttpClient();
	private static final String ADMIN_PASSWORD = "bench-admin-password";
	private static final int WARM_UP = 10;
	/** FITS_BENCH_RUNS: how many times each request is measured. */
	private static final int MEASURED = Integer.parseInt(env("FITS_BENCH_RUNS", "100"));

	private final ConfigurableApplicationContext service;
	private final String base;

	private TaskListBenchmark(ConfigurableApplicationContext service) {
		this.service = service;
		this.base = "http://localhost:" + service.getEnvironment().getProperty("local.server.port");
	}

	public static void main(String[] args) throws Exception {
		String scenario = args.length > 0 ? args[0] : "one-school";
		int schools;
		int tasks;
		switch (scenario) {
			case "one-school" -> { schools = 1; tasks = 3000; }
			case "fifty-schools" -> { schools = 50; tasks = 10000; }
			default -> throw new IllegalArgumentException("Scenario: one-school or fifty-schools, not " + scenario);
		}
		String server = env("FITS_BENCH_PG_URL", env("FITS_TEST_PG_URL", "jdbc:postgresql://localhost:5432/postgres"));
		String user = env("FITS_BENCH_PG_USER", env("FITS_TEST_PG_USER", "postgres"));
		String password = env("FITS_BENCH_PG_PASSWORD", env("FITS_TEST_PG_PASSWORD", ""));
		String database = "fits_bench_" + ProcessHandle.current().pid();
		execute(server, user, password, "create database " + database);
		String url = server.substring(0, server.lastIndexOf('/') + 1) + database;
		boolean keep = "1".equals(System.getenv("FITS_BENCH_KEEP"));
		try {
			// As command-line arguments: they outrank application.yaml (default properties would not).
			Map<String, String> settings = new java.util.LinkedHashMap<>();
			settings.put("spring.datasource.url", url);
			settings.put("spring.datasource.username", user);
			settings.put("spring.datasource.password", password);
			settings.put("server.port", "0");
			settings.put("fits.demo.enabled", "true");
			settings.put("fits.school.id", "riverside");
			settings.put("fits.school.name", "Riverside Primary School");
			settings.put("camunda.bpm.admin-user.password", ADMIN_PASSWORD);
			settings.put("fits.approvals.secret", "bench-approval-secret-0123456789-abcdefghij");
			// Nothing may move while we measure: no timers, no mail.
			settings.put("camunda.bpm.job-execution.enabled", "false");
			settings.put("fits.mail.poll-interval", "PT24H");
			settings.put("spring.main.banner-mode", "off");
			settings.put("logging.level.root", "WARN");
			ConfigurableApplicationContext service = new SpringApplicationBuilder(FitsFlowApplication.class)
				.profiles("postgres")
				.run(java.util.stream.Stream.concat(
						settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()),
						// anything after the scenario goes to the service, for example a logging level
						java.util.Arrays.stream(args).skip(1)).toArray(String[]::new));
			try {
				new TaskListBenchmark(service).run(scenario, schools, tasks);
			}
			finally {
				service.close();
			}
		}
		finally {
			if (keep) {
				System.out.println("Database kept: " + url);
			}
			else {
				execute(server, user, password, "drop database if exists " + database + " with (force)");
			}
		}
	}

	private void run(String scenario, int schools, int tasks) throws Exception {
		List<String> schoolIds = new ArrayList<>(List.of("riverside"));
		for (int i = 2; i <= schools; i++) {
			schoolIds.add(addSchool(String.format("school-%02d", i)));
		}
		long started = System.nanoTime();
		startIncidents(schoolIds, tasks);
		System.out.printf("%s: %d schools, %d open incident tasks made in %.0f s%n", scenario, schools, tasks,
				(System.nanoTime() - started) / 1e9);

		Caller spoc = new Caller("administrator", "demo");
		Caller admin = new Caller("admin", ADMIN_PASSWORD);
		String filter = filterId(spoc, "Single point of contact");
		String sorting = "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";
		System.out.printf("riverside's single point of contact sees %s tasks in the filter, %s in all%n",
				spoc.get("/engine-rest/filter/" + filter + "/count").path("count").asText(),
				spoc.get("/engine-rest/task/count").path("count").asText());
		System.out.printf("%-55s %8s %8s %8s%n", "request (riverside)", "p50 ms", "p95 ms", "max ms");
		measure("filter list, single point of contact", () -> spoc.post("/engine-rest/filter/" + filter
				+ "/list?firstResult=0&maxResults=15", sorting));
		measure("filter count, single point of contact", () -> spoc.get("/engine-rest/filter/" + filter + "/count"));
		measure("task list (all visible), single point of contact", () -> spoc.get("/engine-rest/task?maxResults=15"));
		measure("task count (all visible), single point of contact", () -> spoc.get("/engine-rest/task/count"));
		measure("task list, administrator (no authorization check)", () -> admin.get("/engine-rest/task?maxResults=15"
				+ "&tenantIdIn=riverside"));
		measure("task count, administrator (no authorization check)", () -> admin.get("/engine-rest/task/count"
				+ "?tenantIdIn=riverside"));
	}

	/** A school with its single point of contact and a teacher, through the API as the administrator would. */
	private String addSchool(String id) throws Exception {
		Caller admin = new Caller("admin", ADMIN_PASSWORD);
		admin.post("/api/schools", JSON.writeValueAsString(Map.of("id", id, "name", "School " + id)));
		for (String who : List.of("spoc", "teacher")) {
			admin.post("/api/schools/" + id + "/people", JSON.writeValueAsString(Map.of("userId", who + "-" + id,
					"name", who + " of " + id, "email", who + "@" + id + ".example.org", "employment", "SCHOOL_STAFF",
					"leadershipTeam", false, "password", "bench-password-" + id)));
		}
		admin.put("/api/schools/" + id + "/functions/single-point-of-contact/holders/spoc-" + id);
		return id;
	}

	/** Incidents reported by each school's teacher, in turn, so each school gets its share. */
	private void startIncidents(List<String> schoolIds, int count) throws Exception {
		RuntimeService runtime = service.getBean(RuntimeService.class);
		IdentityService identity = service.getBean(IdentityService.class);
		Map<String, String> teachers = new HashMap<>();
		for (String school : schoolIds) {
			teachers.put(school, school.equals("riverside") ? "teacher" : "teacher-" + school);
		}
		Map<String, List<String>> groups = new HashMap<>();
		Map<String, List<String>> tenants = new HashMap<>();
		for (String teacher : teachers.values()) {
			groups.put(teacher, identity.createGroupQuery().groupMember(teacher).list().stream().map(Group::getId).toList());
			tenants.put(teacher, identity.createTenantQuery().userMember(teacher).list().stream().map(Tenant::getId).toList());
		}
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<?>> work = new ArrayList<>();
		for (int t = 0; t < 4; t++) {
			work.add(pool.submit(() -> {
				for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
					String teacher = teachers.get(schoolIds.get(i % schoolIds.size()));
					identity.setAuthentication(teacher, groups.get(teacher), tenants.get(teacher));
					try {
						runtime.startProcessInstanceByKey("incident-management", Map.of(
								"description", "Bench fault " + i, "service", "Printing", "impact", "one-user",
								"urgency", "work-impaired", "kind", "fault"));
					}
					finally {
						identity.clearAuthentication();
					}
				}
				return null;
			}));
		}
		for (Future<?> f : work) {
			f.get();
		}
		pool.shutdown();
		long open = service.getBean(TaskService.class).createTaskQuery().taskDefinitionKey("Task_CategoriseIncident").count();
		if (open != count) {
			throw new IllegalStateException("Expected " + count + " open tasks, found " + open);
		}
	}

	private static String filterId(Caller caller, String name) throws Exception {
		JsonNode filters = caller.get("/engine-rest/filter?resourceType=Task&name="
				+ URLEncoder.encode(name, StandardCharsets.UTF_8));
		if (filters.size() != 1) {
			throw new IllegalStateException("Expected one filter '" + name + "', found " + filters);
		}
		return filters.get(0).path("id").asText();
	}

	interface Request {
		JsonNode send() throws Exception;
	}

	private static void measure(String label, Request request) throws Exception {
		for (int i = 0; i < WARM_UP; i++) {
			request.send();
		}
		List<Double> millis = new ArrayList<>();
		for (int i = 0; i < MEASURED; i++) {
			long start = System.nanoTime();
			request.send();
			millis.add((System.nanoTime() - start) / 1e6);
		}
		Collections.sort(millis);
		System.out.printf("%-55s %8.1f %8.1f %8.1f%n", label, percentile(millis, 50), percentile(millis, 95),
				millis.get(millis.size() - 1));
	}

	private static double percentile(List<Double> sorted, int p) {
		int rank = (int) Math.ceil(p / 100.0 * sorted.size());
		return sorted.get(Math.max(0, rank - 1));
	}

	private final class Caller {
		private final String authorization;

		Caller(String user, String password) {
			this.authorization = "Basic " + Base64.getEncoder()
				.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		}

		JsonNode get(String path) throws Exception {
			return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
		}

		JsonNode post(String path, String json) throws Exception {
			return send(HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofString(json))
				.header("Content-Type", "application/json"));
		}

		JsonNode put(String path) throws Exception {
			return send(HttpRequest.newBuilder(URI.create(base + path)).PUT(HttpRequest.BodyPublishers.noBody()));
		}

		private JsonNode send(HttpRequest.Builder request) throws IOException, InterruptedException {
			HttpResponse<String> response = HTTP.send(request.header("Authorization", authorization)
				.header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() >= 300) {
				throw new IllegalStateException(response.statusCode() + " " + response.body());
			}
			return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
		}
	}

	private static void execute(String url, String user, String password, String sql) throws SQLException {
		try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
			s.execute(sql);
		}
	}

	private static String env(String name, String otherwise) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? otherwise : value;
	}
}

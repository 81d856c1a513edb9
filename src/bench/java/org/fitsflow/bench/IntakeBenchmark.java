package org.fitsflow.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fitsflow.FitsFlowApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How many incident reports FITS Flow takes in per second (issue 15, "Intake speed"): teachers post the start form of
 * incident management through /engine-rest with HTTP Basic, as Tasklist's start form does, with 8 clients; first each
 * client from a school of its own (8 schools), then all from one school. {@link BareEngineBenchmark} is the reference,
 * run the same way; src/bench/intake.sh prints all three. Asserts nothing about time.
 * <pre>
 * src/bench/intake.sh [h2|postgres|both]     (default h2)
 * </pre>
 * FITS_BENCH_CLIENTS, FITS_BENCH_WARMUP_SECONDS and FITS_BENCH_SECONDS change the load; further arguments go to the
 * service.
 */
public final class IntakeBenchmark {

	private static final String START = "/engine-rest/process-definition/key/incident-management/start";
	private static final String ADMIN_PASSWORD = "bench-admin-password";
	private static final ObjectMapper JSON = new ObjectMapper();
	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private IntakeBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		IntakeLoad.Database database = IntakeLoad.Database.fresh(args.length > 0 ? args[0] : "h2", "fits_intake");
		try {
			Map<String, String> settings = new LinkedHashMap<>();
			settings.put("spring.datasource.url", database.url());
			settings.put("spring.datasource.username", database.user());
			settings.put("spring.datasource.password", database.password());
			settings.put("server.port", "0");
			settings.put("fits.demo.enabled", "true");
			settings.put("fits.school.id", "riverside");
			settings.put("fits.school.name", "Riverside Primary School");
			settings.put("camunda.bpm.admin-user.password", ADMIN_PASSWORD);
			settings.put("fits.approvals.secret", "bench-approval-secret-0123456789-abcdefghij");
			// No mail server here: the outbox keeps the reporters' e-mails (as it would while mail is down).
			settings.put("fits.mail.poll-interval", "PT24H");
			settings.put("spring.main.banner-mode", "off");
			settings.put("logging.level.root", "WARN");
			ConfigurableApplicationContext service = new SpringApplicationBuilder(FitsFlowApplication.class)
				.profiles(database.postgres() ? new String[] { "postgres" } : new String[0])
				.run(java.util.stream.Stream.concat(
						settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()),
						java.util.Arrays.stream(args).skip(1)).toArray(String[]::new));
			try {
				String base = "http://localhost:" + service.getEnvironment().getProperty("local.server.port");
				List<IntakeLoad.Client> severalSchools = new ArrayList<>();
				List<IntakeLoad.Client> oneSchool = new ArrayList<>();
				for (int i = 0; i < IntakeLoad.CLIENTS; i++) {
					severalSchools.add(i == 0 ? teacher("teacher", "demo")
							: teacher(addSchool(base, String.format("school-%02d", i + 1)), "bench-password"));
					oneSchool.add(teacher("teacher", "demo"));
				}
				IntakeLoad.run("FITS Flow, " + IntakeLoad.CLIENTS + " schools (a client each)", base, severalSchools);
				IntakeLoad.run("FITS Flow, one school", base, oneSchool);
				IntakeLoad.statements("FITS Flow", base, oneSchool.get(0), service.getBean(javax.sql.DataSource.class));
			}
			finally {
				service.close();
			}
		}
		finally {
			database.drop().run();
		}
	}

	private static IntakeLoad.Client teacher(String user, String password) {
		return new IntakeLoad.Client(user, password, START, IntakeLoad.REPORT);
	}

	/** A school with a teacher, through the API as the administrator would; answers the teacher's login. */
	private static String addSchool(String base, String id) throws Exception {
		post(base, "/api/schools", JSON.writeValueAsString(Map.of("id", id, "name", "School " + id)));
		String teacher = "teacher-" + id;
		post(base, "/api/schools/" + id + "/people", JSON.writeValueAsString(Map.of("userId", teacher,
				"name", "Teacher of " + id, "email", teacher + "@" + id + ".example.org", "employment", "SCHOOL_STAFF",
				"leadershipTeam", false, "password", "bench-password")));
		return teacher;
	}

	private static void post(String base, String path, String json) throws Exception {
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
			.POST(HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json")
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() >= 300) {
			throw new IllegalStateException(path + ": " + response.statusCode() + " " + response.body());
		}
	}
}

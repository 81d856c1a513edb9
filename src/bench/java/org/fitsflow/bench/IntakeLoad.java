package org.fitsflow.bench;

import java.net.URI;
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
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The intake load of {@link IntakeBenchmark} and {@link BareEngineBenchmark}: a number of clients, each posting process
 * starts through /engine-rest with HTTP Basic as fast as the service answers (each waits for its answer before the
 * next), first for a warm-up, then measured. Prints one line: rate, p50, p95, refused starts.
 */
final class IntakeLoad {

	/** FITS_BENCH_CLIENTS, FITS_BENCH_WARMUP_SECONDS, FITS_BENCH_SECONDS: the load's shape. */
	static final int CLIENTS = Integer.parseInt(env("FITS_BENCH_CLIENTS", "8"));
	static final int WARM_UP_SECONDS = Integer.parseInt(env("FITS_BENCH_WARMUP_SECONDS", "8"));
	static final int MEASURED_SECONDS = Integer.parseInt(env("FITS_BENCH_SECONDS", "20"));

	/** The start form's fields, as Tasklist sends them (and the bare engine gets the same variables). */
	static final String REPORT = "{\"variables\":{"
			+ "\"description\":{\"value\":\"The classroom printer jams on every page\",\"type\":\"String\"},"
			+ "\"service\":{\"value\":\"Printing\",\"type\":\"String\"},"
			+ "\"impact\":{\"value\":\"one-user\",\"type\":\"String\"},"
			+ "\"urgency\":{\"value\":\"work-impaired\",\"type\":\"String\"},"
			+ "\"kind\":{\"value\":\"fault\",\"type\":\"String\"}}}";
	private static final HttpClient HTTP = HttpClient.newBuilder().executor(Executors.newCachedThreadPool()).build();

	/** One client: who it logs in as and what it posts. */
	record Client(String user, String password, String path, String body) {
	}

	private IntakeLoad() {
	}

	/** Runs the load and prints "label: n starts in s, rate/s, p50, p95, max, refused". */
	static void run(String label, String base, List<Client> clients) throws Exception {
		for (Client client : clients) { // each login works before the clock starts
			send(base, client);
		}
		long warmUpEnds = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
		long ends = warmUpEnds + MEASURED_SECONDS * 1_000_000_000L;
		AtomicInteger refused = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(clients.size());
		List<Future<List<Double>>> work = new ArrayList<>();
		for (Client client : clients) {
			work.add(pool.submit(() -> {
				List<Double> millis = new ArrayList<>();
				for (long now = System.nanoTime(); now < ends; now = System.nanoTime()) {
					int status = send(base, client);
					long done = System.nanoTime();
					if (now >= warmUpEnds && done <= ends) {
						millis.add((done - now) / 1e6);
						if (status >= 300) {
							refused.incrementAndGet();
						}
					}
				}
				return millis;
			}));
		}
		List<Double> all = new ArrayList<>();
		for (Future<List<Double>> f : work) {
			all.addAll(f.get());
		}
		pool.shutdown();
		Collections.sort(all);
		System.out.printf("RESULT %-44s %6d starts %7.1f /s  p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms  refused %d%n",
				label, all.size(), all.size() / (double) MEASURED_SECONDS, percentile(all, 50), percentile(all, 95),
				all.isEmpty() ? 0 : all.get(all.size() - 1), refused.get());
	}

	/**
	 * The SQL statements one start costs on H2, from H2's own query statistics: 50 starts one after the other,
	 * then the statements per start and the most frequent ones (a count, not a time; nothing on PostgreSQL).
	 */
	static void statements(String label, String base, Client client, javax.sql.DataSource dataSource) throws Exception {
		final int sample = 50;
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
			if (!c.getMetaData().getURL().startsWith("jdbc:h2:")) {
				return;
			}
			s.execute("SET QUERY_STATISTICS_MAX_ENTRIES 1000");
			s.execute("SET QUERY_STATISTICS TRUE");
		}
		for (int i = 0; i < sample; i++) {
			send(base, client);
		}
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
			List<String> lines = new ArrayList<>();
			long all = 0;
			long writes = 0;
			try (var rows = s.executeQuery("SELECT SQL_STATEMENT, EXECUTION_COUNT FROM INFORMATION_SCHEMA.QUERY_STATISTICS"
					+ " WHERE SQL_STATEMENT NOT LIKE '%QUERY_STATISTICS%' ORDER BY EXECUTION_COUNT DESC")) {
				while (rows.next()) {
					String sql = rows.getString(1).replaceAll("\\s+", " ").trim();
					long count = rows.getLong(2);
					all += count;
					if (!sql.regionMatches(true, 0, "SELECT", 0, 6)) {
						writes += count;
					}
					if (lines.size() < 12) {
						lines.add(String.format("         %5.1f  %s", count / (double) sample,
								sql.length() > 110 ? sql.substring(0, 110) + "..." : sql));
					}
				}
			}
			s.execute("SET QUERY_STATISTICS FALSE"); // which also forgets them
			System.out.printf("RESULT %-44s %6.1f SQL statements per start (%.1f writes), most frequent:%n", label,
					all / (double) sample, writes / (double) sample);
			lines.forEach(line -> System.out.println("RESULT " + line));
		}
	}

	private static int send(String base, Client client) throws Exception {
		String authorization = "Basic " + Base64.getEncoder()
			.encodeToString((client.user() + ":" + client.password()).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + client.path()))
			.POST(HttpRequest.BodyPublishers.ofString(client.body())).header("Content-Type", "application/json")
			.header("Accept", "application/json").header("Authorization", authorization).build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() >= 300) {
			System.err.println(client.user() + ": " + response.statusCode() + " " + response.body());
		}
		return response.statusCode();
	}

	private static double percentile(List<Double> sorted, int p) {
		if (sorted.isEmpty()) {
			return 0;
		}
		int rank = (int) Math.ceil(p / 100.0 * sorted.size());
		return sorted.get(Math.max(0, rank - 1));
	}

	/** The database a run uses: a fresh H2 file database, or a fresh database on the PostgreSQL server. */
	record Database(String url, String user, String password, Runnable drop) {

		static Database fresh(String kind, String name) throws Exception {
			if (kind.equals("h2")) {
				java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("fits-bench-");
				return new Database("jdbc:h2:file:" + folder.resolve(name), "sa", "", () -> { });
			}
			if (!kind.equals("postgres")) {
				throw new IllegalArgumentException("Database: h2 or postgres, not " + kind);
			}
			String server = env("FITS_BENCH_PG_URL", env("FITS_TEST_PG_URL", "jdbc:postgresql://localhost:5432/postgres"));
			String user = env("FITS_BENCH_PG_USER", env("FITS_TEST_PG_USER", "postgres"));
			String password = env("FITS_BENCH_PG_PASSWORD", env("FITS_TEST_PG_PASSWORD", ""));
			String database = name + "_" + ProcessHandle.current().pid();
			execute(server, user, password, "create database " + database);
			return new Database(server.substring(0, server.lastIndexOf('/') + 1) + database, user, password, () -> {
				try {
					execute(server, user, password, "drop database if exists " + database + " with (force)");
				}
				catch (SQLException e) {
					System.err.println("Could not drop " + database + ": " + e.getMessage());
				}
			});
		}

		boolean postgres() {
			return url.startsWith("jdbc:postgresql:");
		}

		private static void execute(String url, String user, String password, String sql) throws SQLException {
			try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
				s.execute(sql);
			}
		}
	}

	static String env(String name, String otherwise) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? otherwise : value;
	}
}

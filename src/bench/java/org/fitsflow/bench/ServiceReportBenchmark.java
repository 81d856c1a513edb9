package org.fitsflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.fitsflow.servicelevel.ServiceReport;
import org.fitsflow.servicelevel.ServiceReports;
import org.fitsflow.testsupport.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How long one school's monthly service report takes to build when the installation serves a local authority: 500
 * schools with a school year of records each (about 250,000 incidents in all, with problems and changes), on
 * PostgreSQL. Measured first with 50 schools' records in the database, then with all 500, for the same schools, to
 * show that the cost follows the school's records and not the authority's. It prints the times (and the query plan);
 * it asserts nothing about them. Run it with {@code src/bench/service-report.sh}.
 */
@PostgresTest
class ServiceReportBenchmark {

	static final int SCHOOLS = 500;
	static final int INCIDENTS_PER_SCHOOL = 500;
	static final YearMonth MONTH = YearMonth.of(2026, 6);
	static final Path RESULTS = Path.of("target", "bench", "service-report.txt");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ServiceReports reports;

	private final List<String> lines = new ArrayList<>();

	@Test
	void oneSchoolsMonth_among500Schools() throws IOException {
		long started = System.nanoTime();
		records(1, 50);
		note("Records of schools 1 to 50: %d incidents, %d problems, %d changes (made in %.1f s)", count("incident"),
				count("problem"), count("request_for_change"), seconds(started));
		List<String> measured = sample(50, 10);
		List<Double> small = measure(measured);

		started = System.nanoTime();
		records(51, SCHOOLS);
		jdbc.execute("analyze");
		note("Records of all %d schools: %d incidents, %d problems, %d changes (made in %.1f s)", SCHOOLS,
				count("incident"), count("problem"), count("request_for_change"), seconds(started));
		List<Double> large = measure(measured);
		List<Double> others = measure(sample(SCHOOLS, 20));

		note("");
		note("Service report of %s (figures for the 10 months of the school year, targets, feedback):", MONTH);
		note("  same 10 schools, 50 schools' records:  %s", summary(small));
		note("  same 10 schools, 500 schools' records: %s", summary(large));
		note("  20 other schools, 500 schools' records: %s", summary(others));
		note("");
		note("Plan of the incidents query for one school:");
		jdbc.queryForList("explain analyze select logged_at, resolved_at, reopened_at, category, priority, service_id,"
				+ " response_target, response_target_met, fix_target, fix_target_met from incident where school_id = 'bench-017'"
				+ " and logged_at < '2026-07-01' and (logged_at >= '2025-09-01' or resolved_at is null or resolved_at >= '2025-09-01'"
				+ " or reopened_at >= '2025-09-01' or response_target >= '2025-09-01' or fix_target >= '2025-09-01')")
			.forEach(row -> note("  %s", row.values().iterator().next()));
		Files.createDirectories(RESULTS.getParent());
		Files.write(RESULTS, lines);
		lines.forEach(System.out::println);
	}

	/** Times each school's report, after a few warm-up reports (the first ones include class loading and the JIT). */
	private List<Double> measure(List<String> schools) {
		for (int i = 0; i < 3; i++) {
			reports.report(schools.get(i), MONTH);
		}
		List<Double> millis = new ArrayList<>();
		for (String school : schools) {
			long start = System.nanoTime();
			ServiceReport report = reports.report(school, MONTH);
			millis.add((System.nanoTime() - start) / 1e6);
			if (report.figures().isEmpty()) {
				throw new IllegalStateException("no figures for " + school);
			}
		}
		return millis;
	}

	/** A school year (September 2025 to August 2026) of records for schools {@code from} to {@code to}. */
	private void records(int from, int to) {
		jdbc.update("insert into school (id, name, created_at) select 'bench-' || lpad(s::text, 3, '0'),"
				+ " 'Bench school ' || s, now() from generate_series(?, ?) s", from, to);
		jdbc.update("insert into catalogue_service (school_id, name, importance, supported_by_kind)"
				+ " select 'bench-' || lpad(s::text, 3, '0'), n, case when n = 'Network' then 'HIGH' else 'MEDIUM' end, 'PERSON'"
				+ " from generate_series(?, ?) s, unnest(array['Network', 'Printing', 'Email', 'Whiteboards',"
				+ " 'Management information system']) n", from, to);
		// Incidents: logged through the year, nine in ten resolved within days, a few reopened, some new requirements.
		jdbc.update("insert into incident (school_id, reference, reported_by, logged_by, service_id, description, category,"
				+ " impact, urgency, priority, response_target, response_target_met, fix_target, fix_target_met, status,"
				+ " logged_at, resolved_at, reopened_at, fix_paused_seconds)"
				+ " select school_id, 'INC-B-' || i, 'teacher', 'office', service_id, 'Benchmark incident ' || i,"
				+ " case when i % 20 = 0 then 'new-requirement' when i % 3 = 0 then 'request' else 'fault' end,"
				+ " 'one-user', 'work-impaired', 1 + i % 4, logged + interval '2 hours', i % 5 <> 0, logged + interval '1 day',"
				+ " i % 7 <> 0, case when resolved is null then 'IN_PROGRESS' else 'RESOLVED' end, logged, resolved,"
				+ " case when i % 50 = 0 then resolved - interval '1 hour' end, 0"
				+ " from (select 'bench-' || lpad(s::text, 3, '0') as school_id, i,"
				+ "   (select c.id from catalogue_service c where c.school_id = 'bench-' || lpad(s::text, 3, '0')"
				+ "     order by c.id offset (i % 5) limit 1) as service_id,"
				+ "   timestamp '2025-09-01' + (random() * interval '364 days') as logged,"
				+ "   case when i % 10 <> 0 then timestamp '2025-09-01' + (random() * interval '364 days') end as resolved0"
				+ "  from generate_series(?, ?) s, generate_series(1, ?) i) x"
				+ " cross join lateral (select case when resolved0 is null then null"
				+ "   else logged + (random() * interval '5 days') end as resolved) r",
				from, to, INCIDENTS_PER_SCHOOL);
		jdbc.update("insert into problem (school_id, reference, description, source, raised_at, status, closed_at)"
				+ " select 'bench-' || lpad(s::text, 3, '0'), 'PRB-B-' || i, 'Benchmark problem', 'SECOND_LEVEL_SUPPORT', raised,"
				+ " case when i % 4 = 0 then 'OPEN' else 'CLOSED' end,"
				+ " case when i % 4 <> 0 then raised + (random() * interval '20 days') end"
				+ " from generate_series(?, ?) s, generate_series(1, 50) i,"
				+ " lateral (select timestamp '2025-09-01' + (random() * interval '364 days') as raised) r", from, to);
		jdbc.update("insert into request_for_change (school_id, reference, status, created_at, originator_user_id,"
				+ " originator_name, outcome, outcome_recorded_at, closed_at)"
				+ " select 'bench-' || lpad(s::text, 3, '0'), 'RFC-B-' || i, case when i % 5 = 0 then 'REJECTED_TO_PROCEED'"
				+ " else 'CLOSED' end, made, 'tech', 'Technician', case when i % 5 <> 0 then 'successful' end,"
				+ " case when i % 5 <> 0 then made + interval '7 days' end, made + interval '8 days'"
				+ " from generate_series(?, ?) s, generate_series(1, 20) i,"
				+ " lateral (select timestamp '2025-09-01' + (random() * interval '350 days') as made) r", from, to);
	}

	private static List<String> sample(int schools, int count) {
		Random random = new Random(17);
		List<String> picked = new ArrayList<>();
		while (picked.size() < count) {
			String school = String.format("bench-%03d", 1 + random.nextInt(schools));
			if (!picked.contains(school)) {
				picked.add(school);
			}
		}
		return picked;
	}

	private static String summary(List<Double> millis) {
		List<Double> sorted = new ArrayList<>(millis);
		Collections.sort(sorted);
		return String.format("min %.0f ms, median %.0f ms, max %.0f ms (%d reports)", sorted.get(0),
				sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1), sorted.size());
	}

	private long count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

	private void note(String format, Object... args) {
		lines.add(String.format(format, args));
	}
}

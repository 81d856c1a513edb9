package org.fitsflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.fitsflow.configuration.ConfigurationRegister;
import org.fitsflow.configuration.ItemChoice;
import org.fitsflow.testsupport.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How long a school's configuration items take to list for a Tasklist select when the installation serves a local
 * authority: 500 schools with about 400 items each (200,000 items, a tenth of them taken out of service, each item
 * supporting a service and most depending on another), on PostgreSQL. It times {@link ConfigurationRegister#choices}
 * for 300 lists of random schools, after a warm-up, and prints p50, p95 and the query plan; it asserts nothing about
 * them. Run it with {@code src/bench/configuration-items.sh}.
 */
@PostgresTest
class ConfigurationItemsBenchmark {

	static final int SCHOOLS = 500;
	static final int ITEMS_PER_SCHOOL = 400;
	static final int LISTS = 300;
	static final Path RESULTS = Path.of("target", "bench", "configuration-items.txt");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ConfigurationRegister register;

	private final List<String> lines = new ArrayList<>();

	@Test
	void aSchoolsItemList_among500Schools() throws IOException {
		long started = System.nanoTime();
		register();
		jdbc.execute("analyze");
		note("Register of %d schools: %d items, %d service links, %d dependencies (made in %.1f s)", SCHOOLS,
				count("configuration_item"), count("configuration_item_service"), count("configuration_item_dependency"),
				seconds(started));

		Random random = new Random(17);
		for (int i = 0; i < 30; i++) {
			register.choices(school(random));
		}
		List<Double> millis = new ArrayList<>();
		int listed = 0;
		for (int i = 0; i < LISTS; i++) {
			String school = school(random);
			long start = System.nanoTime();
			List<ItemChoice> choices = register.choices(school);
			millis.add((System.nanoTime() - start) / 1e6);
			listed += choices.size();
		}
		Collections.sort(millis);
		note("");
		note("A school's item list for the Tasklist select (%d lists of random schools, %d items each on average):",
				LISTS, listed / LISTS);
		note("  p50 %.1f ms, p95 %.1f ms, max %.1f ms (target: p95 under 100 ms)", percentile(millis, 50),
				percentile(millis, 95), millis.get(millis.size() - 1));
		note("");
		note("Plan of the list query for one school:");
		jdbc.queryForList("explain analyze select asset_reference, name from configuration_item where school_id = 'bench-017'"
				+ " and removed_on is null order by asset_reference")
			.forEach(row -> note("  %s", row.values().iterator().next()));
		Files.createDirectories(RESULTS.getParent());
		Files.write(RESULTS, lines);
		lines.forEach(System.out::println);
	}

	/** Each school's items: hardware, licences, network and service components, a tenth taken out of service. */
	private void register() {
		jdbc.update("insert into school (id, name, created_at) select 'bench-' || lpad(s::text, 3, '0'),"
				+ " 'Bench school ' || s, now() from generate_series(1, ?) s", SCHOOLS);
		jdbc.update("insert into catalogue_service (school_id, name, importance, supported_by_kind)"
				+ " select 'bench-' || lpad(s::text, 3, '0'), n, 'MEDIUM', 'PERSON'"
				+ " from generate_series(1, ?) s, unnest(array['Network', 'Printing', 'Email', 'Whiteboards',"
				+ " 'Management information system']) n", SCHOOLS);
		jdbc.update("insert into configuration_item (school_id, asset_reference, name, item_type, location, supplier,"
				+ " purchase_date, warranty_end, licence_count, licence_expiry, recorded_at, removed_on)"
				+ " select 'bench-' || lpad(s::text, 3, '0'), 'ASSET-' || lpad(i::text, 4, '0'), 'Item ' || i || ' of school ' || s,"
				+ " case when i % 10 = 0 then 'SOFTWARE_LICENCE' when i % 10 = 1 then 'NETWORK'"
				+ "  when i % 10 = 2 then 'SERVICE_COMPONENT' else 'HARDWARE' end, 'Room ' || (i % 40), 'Northgate ICT',"
				+ " date '2022-09-01' + (i % 1000), date '2025-09-01' + (i % 1000),"
				+ " case when i % 10 = 0 then 30 end, case when i % 10 = 0 then date '2026-09-01' + (i % 365) end,"
				+ " timestamp '2025-09-01', case when i % 10 = 5 then date '2026-01-01' end"
				+ " from generate_series(1, ?) s, generate_series(1, ?) i", SCHOOLS, ITEMS_PER_SCHOOL);
		jdbc.update("insert into configuration_item_service (item_id, service_id) select i.id, c.id"
				+ " from configuration_item i join catalogue_service c on c.school_id = i.school_id"
				+ " and c.name = (array['Network', 'Printing', 'Email', 'Whiteboards', 'Management information system'])"
				+ "[1 + i.id % 5]");
		jdbc.update("insert into configuration_item_dependency (item_id, depends_on_id) select i.id, d.id"
				+ " from configuration_item i join configuration_item d on d.school_id = i.school_id"
				+ " and d.asset_reference = 'ASSET-000' || (1 + i.id % 9) where i.asset_reference > 'ASSET-0010'");
	}

	private static String school(Random random) {
		return String.format("bench-%03d", 1 + random.nextInt(SCHOOLS));
	}

	private static double percentile(List<Double> sorted, int p) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
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

package org.fitsflow.testsupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes one fresh PostgreSQL database per test run on the server FITS_TEST_PG_URL names (any database there, used
 * only to create and drop ours); the next run drops it once nobody uses it. FITS_TEST_PG_USER and FITS_TEST_PG_PASSWORD log in.
 */
public class PostgresDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static final String URL_VARIABLE = "FITS_TEST_PG_URL";

	private static String databaseUrl;

	public static synchronized String create(String name) {
		String serverUrl = System.getenv(URL_VARIABLE);
		try (Connection c = DriverManager.getConnection(serverUrl, user(), password());
				Statement s = c.createStatement()) {
			dropLeftovers(c);
			s.execute("create database " + name);
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot create the test database on " + serverUrl + ": " + e.getMessage(), e);
		}
		int slash = serverUrl.lastIndexOf('/');
		int query = serverUrl.indexOf('?', slash);
		String url = serverUrl.substring(0, slash + 1) + name + (query < 0 ? "" : serverUrl.substring(query));
		hold(url);
		return url;
	}

	/** One connection to each database this run made, open until the JVM ends. */
	private static final List<Connection> HOLDING = new ArrayList<>();

	/**
	 * Keeps the new database in use for as long as this run lasts: another run on the same server drops every test
	 * database nobody is connected to, which would otherwise catch this one between its creation and the
	 * application's first connection, or between a restart test's stop and start.
	 */
	private static void hold(String url) {
		try {
			HOLDING.add(DriverManager.getConnection(url, user(), password()));
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot connect to the new test database " + url + ": " + e.getMessage(), e);
		}
	}

	/**
	 * Drops the databases earlier runs made that nobody is connected to any more. (Dropping at the end of a run, in a
	 * shutdown hook, raced the application's own shutdown and hung the test JVM's exit.)
	 */
	private static void dropLeftovers(Connection c) throws SQLException {
		List<String> leftovers = new ArrayList<>();
		try (Statement s = c.createStatement();
				ResultSet rows = s.executeQuery("select datname from pg_database d where (datname like 'fits\\_test\\_%'"
						+ " or datname like 'fits\\_restart\\_%') and not exists"
						+ " (select 1 from pg_stat_activity a where a.datname = d.datname)")) {
			while (rows.next()) {
				leftovers.add(rows.getString(1));
			}
		}
		for (String database : leftovers) {
			try (Statement s = c.createStatement()) {
				s.execute("drop database if exists " + database);
			}
			catch (SQLException inUseAfterAll) {
				// someone connected meanwhile: a later run drops it
			}
		}
	}

	public static String user() {
		return System.getenv().getOrDefault("FITS_TEST_PG_USER", "postgres");
	}

	public static String password() {
		return System.getenv().getOrDefault("FITS_TEST_PG_PASSWORD", "");
	}

	/** Datasource settings for a database made by {@link #create}. */
	public static Map<String, Object> properties(String url) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.datasource.url", url);
		properties.put("spring.datasource.username", user());
		properties.put("spring.datasource.password", password());
		properties.put("camunda.bpm.database.type", "postgres");
		return properties;
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		synchronized (PostgresDatabase.class) {
			if (databaseUrl == null) {
				databaseUrl = create("fits_test_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis() % 100000);
			}
		}
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-postgres", properties(databaseUrl)));
	}
}

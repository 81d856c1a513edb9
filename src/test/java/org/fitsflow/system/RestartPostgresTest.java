package org.fitsflow.system;

import java.util.Map;

import org.fitsflow.testsupport.PostgresDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

@Tag("postgres")
@Tag("restart")
@EnabledIfEnvironmentVariable(named = PostgresDatabase.URL_VARIABLE, matches = ".+",
		disabledReason = "PostgreSQL tests skipped: set FITS_TEST_PG_URL (see README) to run them")
class RestartPostgresTest extends RestartChecks {

	private Map<String, Object> database;

	@Override
	void storedWhereExpected() {
		try (var c = java.sql.DriverManager.getConnection((String) database.get("spring.datasource.url"),
				PostgresDatabase.user(), PostgresDatabase.password());
				var rows = c.createStatement().executeQuery("select count(*) from person where user_id = 'newstarter'")) {
			rows.next();
			org.assertj.core.api.Assertions.assertThat(rows.getInt(1)).isEqualTo(1);
		}
		catch (java.sql.SQLException e) {
			throw new AssertionError(e);
		}
	}

	@Override
	Map<String, Object> database() {
		if (database == null) {
			database = PostgresDatabase.properties(PostgresDatabase.create("fits_restart_" + System.currentTimeMillis() % 1000000));
		}
		return database;
	}
}

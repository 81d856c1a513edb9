package org.fitsflow.school;

import java.util.Map;

import org.fitsflow.testsupport.PostgresDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** On PostgreSQL, as a server (and several nodes) use it. */
@Tag("postgres")
@Tag("restart")
@EnabledIfEnvironmentVariable(named = PostgresDatabase.URL_VARIABLE, matches = ".+",
		disabledReason = "PostgreSQL tests skipped: set FITS_TEST_PG_URL (see README) to run them")
class ReviewScheduleRestartPostgresTest extends ReviewScheduleRestartChecks {

	private Map<String, Object> database;

	@Override
	Map<String, Object> database() {
		if (database == null) {
			database = PostgresDatabase.properties(PostgresDatabase.create("fits_restart_" + System.currentTimeMillis() % 1000000));
		}
		return database;
	}
}

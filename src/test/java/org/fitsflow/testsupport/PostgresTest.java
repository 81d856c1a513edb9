package org.fitsflow.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * As {@link ServiceTest}, but on a fresh PostgreSQL database made for this test run. Runs only where
 * FITS_TEST_PG_URL points at a PostgreSQL server (.ci/run sets it up); elsewhere these tests are skipped and
 * the run says so.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("postgres")
@EnabledIfEnvironmentVariable(named = PostgresDatabase.URL_VARIABLE, matches = ".+",
		disabledReason = "PostgreSQL tests skipped: set FITS_TEST_PG_URL (see README) to run them")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = { TestMail.class, PostgresDatabase.class })
public @interface PostgresTest {
}

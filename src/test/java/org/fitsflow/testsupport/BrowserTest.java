package org.fitsflow.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * A test that drives the real web pages in headless Chromium, on the shared {@link ServiceTest} context. Skipped
 * (and reported as skipped) where Chromium and chromedriver are not installed.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ServiceTest
@Tag("browser")
@EnabledIf(value = "org.fitsflow.testsupport.Browser#available",
		disabledReason = "Browser tests skipped: install chromium and chromium-driver (see README)")
public @interface BrowserTest {
}

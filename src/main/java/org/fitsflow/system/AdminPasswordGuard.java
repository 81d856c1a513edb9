package org.fitsflow.system;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Refuses to start when the administrator's password is missing or well known, before anything is created with it.
 * Registered in META-INF/spring.factories so it runs before the engine.
 *
 * <p>The demo (for trying FITS Flow out on one's own computer) gives the administrator the password {@code demo} when
 * none is set. A password that is set ({@code FITS_ADMIN_PASSWORD}) is checked in the demo too: whoever sets one, as
 * {@code docker/.env} must, means it for a server, where a default or the example file's placeholder is refused.
 */
public class AdminPasswordGuard implements EnvironmentPostProcessor {

	static final Set<String> WELL_KNOWN = Set.of("", "admin", "demo", "password", "changeme", "camunda", "secret",
			"administrator", "12345678", "123456789", "1234567890", "password1", "letmein", "welcome", "fits", "fits-flow");

	/** The placeholders of docker/.env.example, which a copy may still hold. */
	static final Set<String> PLACEHOLDERS = Set.of("change-me-to-a-long-random-password");

	static final int MINIMUM_LENGTH = 10;

	/** The setting a school gives the password with (the demo profile's default stands in for it when it is unset). */
	static final String SETTING = "FITS_ADMIN_PASSWORD";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String id = environment.getProperty("camunda.bpm.admin-user.id");
		if (environment.getProperty("fits.demo.enabled", Boolean.class, false)) {
			String given = environment.getProperty(SETTING, "");
			if (!given.isBlank()) {
				String problem = id == null ? null : weakness(id, given);
				if (problem != null) {
					throw new IllegalStateException("FITS Flow will not start: the administrator's password (" + SETTING
							+ ") " + problem + ". In the demo too, a password that is set must be a real one of at least "
							+ MINIMUM_LENGTH + " characters; leave " + SETTING + " out to try the demo with the password"
							+ " demo on your own computer.");
				}
			}
			// FITS_DEMO=true without the demo profile: the same demo login for the administrator.
			if (environment.getProperty("camunda.bpm.admin-user.password", "").isBlank()) {
				environment.getPropertySources().addFirst(new MapPropertySource("fits-demo-admin",
						Map.of("camunda.bpm.admin-user.password", "demo")));
			}
			return;
		}
		if (id == null) {
			return;
		}
		String password = environment.getProperty("camunda.bpm.admin-user.password", "");
		String problem = weakness(id, password);
		if (problem != null) {
			throw new IllegalStateException("FITS Flow will not start: the administrator's password " + problem
					+ ". Set " + SETTING + " to a password of at least " + MINIMUM_LENGTH
					+ " characters, or run the demo (--spring.profiles.active=demo), which is never for real use.");
		}
	}

	static String weakness(String id, String password) {
		if (password == null || password.isBlank()) {
			return "is not set";
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (PLACEHOLDERS.contains(lower)) {
			return "is still the placeholder of docker/.env.example";
		}
		if (WELL_KNOWN.contains(lower) || lower.equals(id.toLowerCase(Locale.ROOT))) {
			return "is a well-known default";
		}
		if (password.length() < MINIMUM_LENGTH) {
			return "is shorter than " + MINIMUM_LENGTH + " characters";
		}
		return null;
	}
}

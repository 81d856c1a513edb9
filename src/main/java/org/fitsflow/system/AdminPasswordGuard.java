package org.fitsflow.system;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Refuses to start outside demo mode when the administrator's password is missing or well known, before anything
 * is created with it. Registered in META-INF/spring.factories so it runs before the engine.
 */
public class AdminPasswordGuard implements EnvironmentPostProcessor {

	static final Set<String> WELL_KNOWN = Set.of("", "admin", "demo", "password", "changeme", "camunda", "secret",
			"administrator", "12345678", "123456789", "1234567890", "password1", "letmein", "welcome", "fits", "fits-flow");

	static final int MINIMUM_LENGTH = 10;

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.getProperty("fits.demo.enabled", Boolean.class, false)) {
			// FITS_DEMO=true without the demo profile: the same demo login for the administrator.
			if (environment.getProperty("camunda.bpm.admin-user.password", "").isBlank()) {
				environment.getPropertySources().addFirst(new MapPropertySource("fits-demo-admin",
						Map.of("camunda.bpm.admin-user.password", "demo")));
			}
			return;
		}
		String id = environment.getProperty("camunda.bpm.admin-user.id");
		if (id == null) {
			return;
		}
		String password = environment.getProperty("camunda.bpm.admin-user.password", "");
		String problem = weakness(id, password);
		if (problem != null) {
			throw new IllegalStateException("FITS Flow will not start: the administrator's password " + problem
					+ ". Set FITS_ADMIN_PASSWORD to a password of at least " + MINIMUM_LENGTH
					+ " characters, or run the demo (--spring.profiles.active=demo), which is never for real use.");
		}
	}

	static String weakness(String id, String password) {
		if (password == null || password.isBlank()) {
			return "is not set";
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (WELL_KNOWN.contains(lower) || lower.equals(id.toLowerCase(Locale.ROOT))) {
			return "is a well-known default";
		}
		if (password.length() < MINIMUM_LENGTH) {
			return "is shorter than " + MINIMUM_LENGTH + " characters";
		}
		return null;
	}
}

package org.fitsflow.change;

import java.util.Locale;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start outside demo mode without a strong secret for approval links: whoever knows the secret can forge
 * an ICT owner's approval. Registered in META-INF/spring.factories, like the administrator's password guard.
 */
public class ApprovalSecretGuard implements EnvironmentPostProcessor {

	static final int MINIMUM_LENGTH = 32;
	static final Set<String> WELL_KNOWN = Set.of("secret", "changeme", "demo", "password", "fits", "fits-flow",
			// The placeholder in docker/.env.example
			"change-me-to-a-long-random-string");

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.getProperty("fits.demo.enabled", Boolean.class, false)) {
			return;
		}
		String problem = weakness(environment.getProperty("fits.approvals.secret", ""));
		if (problem != null) {
			throw new IllegalStateException("FITS Flow will not start: the secret that signs approval links " + problem
					+ ". Set FITS_APPROVAL_SECRET to a random string of at least " + MINIMUM_LENGTH
					+ " characters (for example: openssl rand -base64 48), or run the demo, which is never for real use.");
		}
	}

	static String weakness(String secret) {
		if (secret == null || secret.isBlank()) {
			return "is not set";
		}
		if (WELL_KNOWN.contains(secret.toLowerCase(Locale.ROOT))) {
			return "is a well-known default";
		}
		if (secret.length() < MINIMUM_LENGTH) {
			return "is shorter than " + MINIMUM_LENGTH + " characters";
		}
		return null;
	}
}

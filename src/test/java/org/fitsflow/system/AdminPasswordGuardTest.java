package org.fitsflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class AdminPasswordGuardTest {

	private final AdminPasswordGuard guard = new AdminPasswordGuard();

	@Test
	void missingOrWellKnownPassword_outsideDemo_stopsTheStart() {
		for (String password : new String[] { "", "admin", "demo", "Password", "changeme", "short1" }) {
			assertThatThrownBy(() -> guard.postProcessEnvironment(environment(password, false), new SpringApplication()))
				.as(password)
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("FITS_ADMIN_PASSWORD");
		}
	}

	@Test
	void thePlaceholderOfTheDockerExample_isRefused() {
		assertThatThrownBy(() -> guard.postProcessEnvironment(environment("change-me-to-a-long-random-password", false),
				new SpringApplication()))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("placeholder of docker/.env.example");
	}

	@Test
	void aPasswordThatIsSet_isCheckedInTheDemoToo() {
		for (String password : new String[] { "admin", "change-me-to-a-long-random-password", "short1" }) {
			StandardEnvironment environment = environment(password, true);
			environment.getPropertySources().addFirst(new MapPropertySource("env", Map.of("FITS_ADMIN_PASSWORD", password)));
			assertThatThrownBy(() -> guard.postProcessEnvironment(environment, new SpringApplication()))
				.as(password)
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("FITS_ADMIN_PASSWORD");
		}
		StandardEnvironment strong = environment("correct horse battery", true);
		strong.getPropertySources().addFirst(new MapPropertySource("env", Map.of("FITS_ADMIN_PASSWORD",
				"correct horse battery")));
		guard.postProcessEnvironment(strong, new SpringApplication());
	}

	@Test
	void passwordEqualToTheUserId_isRefused() {
		assertThat(AdminPasswordGuard.weakness("headmaster-admin", "HEADMASTER-ADMIN")).isEqualTo("is a well-known default");
	}

	@Test
	void strongPassword_starts() {
		guard.postProcessEnvironment(environment("correct horse battery", false), new SpringApplication());
	}

	@Test
	void demoMode_acceptsTheDemoPassword() {
		guard.postProcessEnvironment(environment("demo", true), new SpringApplication());
	}

	@Test
	void demoFlagWithoutPassword_givesTheAdministratorTheDemoPassword() {
		StandardEnvironment environment = environment("", true);
		guard.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("camunda.bpm.admin-user.password")).isEqualTo("demo");
	}

	private static StandardEnvironment environment(String password, boolean demo) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of(
				"camunda.bpm.admin-user.id", "admin", "camunda.bpm.admin-user.password", password,
				"fits.demo.enabled", String.valueOf(demo))));
		return environment;
	}
}

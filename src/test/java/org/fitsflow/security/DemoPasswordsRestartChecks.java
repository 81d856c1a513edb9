package org.fitsflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.fitsflow.FitsFlowApplication;
import org.fitsflow.testsupport.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 7, point 6: a database used in demo mode (admin/demo and every demo login), started without demo mode. The
 * service refuses to start while any login still has the demo password, and says which and how to fix it; the way out
 * it names works. Subclasses say which database; these restart whole applications, so they run in a JVM of their own.
 */
abstract class DemoPasswordsRestartChecks {

	static final String REAL_ADMIN_PASSWORD = "a-real-administrator-password";

	abstract Map<String, Object> database();

	@Test
	void point06_aDemoDatabaseStartedForRealUse_refusesUntilTheDemoPasswordsAreGone() {
		try (ConfigurableApplicationContext demo = start(Map.of("fits.demo.enabled", true,
				"camunda.bpm.admin-user.password", "demo"))) {
			assertThat(demo.getBean(IdentityService.class).checkPassword("headteacher", "demo")).isTrue();
		}

		Map<String, Object> forReal = Map.of("fits.demo.enabled", false, "camunda.bpm.admin-user.password",
				REAL_ADMIN_PASSWORD);
		assertThatThrownBy(() -> start(forReal).close())
			.rootCause()
			.hasMessageContaining("will not start")
			.hasMessageContaining("demo password")
			.hasMessageContaining("admin")
			.hasMessageContaining("headteacher")
			.hasMessageContaining("teacher")
			.hasMessageContaining("FITS_RETIRE_DEMO_PASSWORDS");

		Map<String, Object> retiring = new HashMap<>(forReal);
		retiring.put("fits.security.retire-demo-passwords", true);
		try (ConfigurableApplicationContext retired = start(retiring)) {
			IdentityService identity = retired.getBean(IdentityService.class);
			assertThat(identity.checkPassword("admin", REAL_ADMIN_PASSWORD)).isTrue();
			assertThat(identity.createUserQuery().userId("headteacher").count()).isEqualTo(1);
		}
		try (ConfigurableApplicationContext again = start(forReal)) {
			assertThat(again.getBean(IdentityService.class).checkPassword("admin", REAL_ADMIN_PASSWORD)).isTrue();
		}
	}

	private ConfigurableApplicationContext start(Map<String, Object> settings) {
		Map<String, Object> properties = new HashMap<>(database());
		properties.putAll(settings);
		properties.put("server.port", 0);
		properties.put("spring.mail.host", "127.0.0.1");
		properties.put("spring.mail.port", TestMail.port());
		// As command-line arguments, so that they win over the test profile's in-memory database and demo mode.
		String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(FitsFlowApplication.class).profiles("test").run(arguments);
	}
}

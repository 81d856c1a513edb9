package org.fitsflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.fitsflow.FitsFlowApplication;
import org.fitsflow.school.Employment;
import org.fitsflow.school.PersonDetails;
import org.fitsflow.school.SchoolDirectory;
import org.fitsflow.testsupport.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The service stopped and started again on the same database: the school's records are still there and the
 * unchanged models are not deployed again. Subclasses say which database.
 */
abstract class RestartChecks {

	abstract Map<String, Object> database();

	/** Checks that the data went to the database the subclass named. */
	void storedWhereExpected() {
	}

	@Test
	void restart_keepsTheRecords_andMakesNoNewModelVersions() {
		long deployments;
		try (ConfigurableApplicationContext first = start()) {
			first.getBean(SchoolDirectory.class).addPerson("riverside", new PersonDetails("newstarter", "Nia Newstarter",
					"nia@riverside.example.org", Employment.SCHOOL_STAFF, null, false, "a-long-password"));
			deployments = first.getBean(RepositoryService.class).createDeploymentQuery().count();
			assertThat(deployments).isEqualTo(1);
		}
		try (ConfigurableApplicationContext second = start()) {
			assertThat(second.getBean(SchoolDirectory.class).person("riverside", "newstarter").getName())
				.isEqualTo("Nia Newstarter");
			RepositoryService repository = second.getBean(RepositoryService.class);
			assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
			assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(org.fitsflow.startup.ImplementationPlanProcess.KEY)
				.latestVersion().singleResult().getVersion()).isEqualTo(1);
			assertThat(second.getBean(org.camunda.bpm.engine.IdentityService.class)
				.checkPassword("newstarter", "a-long-password")).isTrue();
		}
		storedWhereExpected();
	}

	private ConfigurableApplicationContext start() {
		assertThat(database()).containsKey("spring.datasource.url");
		Map<String, Object> properties = new HashMap<>(database());
		properties.put("server.port", 0);
		properties.put("spring.mail.host", "127.0.0.1");
		properties.put("spring.mail.port", TestMail.port());
		// As command-line arguments, so that they win over the test profile's in-memory database.
		String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(FitsFlowApplication.class).profiles("test").run(arguments);
	}
}

package org.fitsflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.fitsflow.FitsFlowApplication;
import org.fitsflow.school.Employment;
import org.fitsflow.school.PersonDetails;
import org.fitsflow.school.SchoolDirectory;
import org.fitsflow.system.process.ProcessContract;
import org.fitsflow.testsupport.Api;
import org.fitsflow.testsupport.TestMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The service stopped and started again on the same database: the school's records are still there, the
 * unchanged models are not deployed again, and a process owner's deployment is not undone. Subclasses say which
 * database.
 */
abstract class RestartChecks {

	abstract Map<String, Object> database();

	/** Checks that the data went to the database the subclass named. */
	void storedWhereExpected() {
	}

	/**
	 * The school's records survive a restart, and so does a process owner's deployment while the repository's file
	 * is unchanged (no new versions either); a release that changes a file nobody else deployed brings it in; when
	 * both changed, the process owner's version stays if it works with the release, and the repository's replaces it
	 * if it does not. (One test, because each start of the service costs many seconds.)
	 */
	@Test
	void restart_keepsTheRecordsAndAProcessOwnersDeployment_andAReleaseReplacesItOnlyWhereItMust(@TempDir Path models)
			throws IOException {
		for (String folder : List.of("bpmn", "dmn", "forms")) {
			try (Stream<Path> files = Files.list(Path.of(folder))) {
				Files.createDirectories(models.resolve(folder));
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					Files.copy(file, models.resolve(folder).resolve(file.getFileName()));
				}
			}
		}
		Path incident = models.resolve("bpmn/incident-management.bpmn");
		Path problem = models.resolve("bpmn/problem-management.bpmn");
		byte[] processOwners = edit(incident, "name=\"Restore service\" camunda:candidateGroups",
				"name=\"Get the user working again\" camunda:candidateGroups");
		long deployments;
		try (ConfigurableApplicationContext first = start(models, Map.of())) {
			first.getBean(SchoolDirectory.class).addPerson("riverside", new PersonDetails("newstarter", "Nia Newstarter",
					"nia@riverside.example.org", Employment.SCHOOL_STAFF, null, false, "a-long-password"));
			assertThat(first.getBean(RepositoryService.class).createDeploymentQuery().count()).isEqualTo(1);
			Api.Response deployed = Api.as(port(first), "admin").deployAsModeler("incident-management", null,
					Map.of("incident-management.bpmn", processOwners));
			assertThat(deployed.status()).as(deployed.toString()).isEqualTo(200);
			deployments = first.getBean(RepositoryService.class).createDeploymentQuery().count();
		}
		try (ConfigurableApplicationContext second = start(models, Map.of())) {
			assertThat(second.getBean(SchoolDirectory.class).person("riverside", "newstarter").getName())
				.isEqualTo("Nia Newstarter");
			assertThat(second.getBean(org.camunda.bpm.engine.IdentityService.class)
				.checkPassword("newstarter", "a-long-password")).isTrue();
			RepositoryService repository = second.getBean(RepositoryService.class);
			assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
			assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(org.fitsflow.startup.ImplementationPlanProcess.KEY)
				.latestVersion().singleResult().getVersion()).isEqualTo(1);
			assertThat(live(second, "incident-management")).isEqualTo(processOwners);
			assertThat(state(second, "bpmn/incident-management.bpmn")).isEqualTo("process-owner-change");
		}
		storedWhereExpected();

		// A release changes the problem model (nobody else did) and the incident model (the process owner did too).
		byte[] releasedProblem = edit(problem, "name=\"Verify the permanent fix\"", "name=\"Check the permanent fix\"");
		Files.write(problem, releasedProblem);
		byte[] releasedIncident = edit(incident, "name=\"Close the incident\"", "name=\"Close the incident with the user\"");
		Files.write(incident, releasedIncident);
		try (ConfigurableApplicationContext third = start(models, Map.of())) {
			assertThat(live(third, "problem-management")).isEqualTo(releasedProblem);
			assertThat(live(third, "incident-management")).isEqualTo(processOwners);
			assertThat(state(third, "bpmn/incident-management.bpmn")).isEqualTo("both-changed-kept-live");
			assertThat(state(third, "bpmn/problem-management.bpmn")).isEqualTo("same");
		}

		// A release whose Java needs a step the process owner's version lacks: the repository's version goes live.
		byte[] needed = edit(incident, "</bpmn:process>",
				"<bpmn:endEvent id=\"EndEvent_NewInThisRelease\" name=\"New in this release\"/></bpmn:process>");
		Files.write(incident, needed);
		try (ConfigurableApplicationContext fourth = start(models, Map.of(), ReleaseContract.class)) {
			assertThat(live(fourth, "incident-management")).isEqualTo(needed);
			assertThat(state(fourth, "bpmn/incident-management.bpmn")).isEqualTo("same");
		}
	}

	/** What a later release's Java relies on in the incident model. */
	@Configuration
	static class ReleaseContract {
		@Bean
		ProcessContract newStep() {
			return new ProcessContract() {
				@Override
				public String processKey() {
					return "incident-management";
				}

				@Override
				public Set<String> elementIds() {
					return Set.of("EndEvent_NewInThisRelease");
				}

				@Override
				public Set<String> requiredElementIds() {
					return elementIds();
				}

				@Override
				public Set<String> messageNames() {
					return Set.of();
				}

				@Override
				public Set<String> variableNames() {
					return Set.of();
				}

				@Override
				public Set<String> variablesFromModel() {
					return Set.of();
				}

				@Override
				public Map<String, Set<String>> formFields() {
					return Map.of();
				}

				@Override
				public Map<String, Map<String, Set<String>>> formFieldValues() {
					return Map.of();
				}

				@Override
				public Map<String, Set<String>> decisionOutputs() {
					return Map.of();
				}
			};
		}
	}

	private static byte[] edit(Path file, String before, String after) throws IOException {
		String text = Files.readString(file);
		assertThat(text).contains(before);
		return text.replace(before, after).getBytes(StandardCharsets.UTF_8);
	}

	private static int port(ConfigurableApplicationContext context) {
		return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
	}

	private static byte[] live(ConfigurableApplicationContext context, String key) throws IOException {
		RepositoryService repository = context.getBean(RepositoryService.class);
		ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
			.singleResult();
		try (InputStream in = repository.getResourceAsStream(latest.getDeploymentId(), latest.getResourceName())) {
			return in.readAllBytes();
		}
	}

	private static String state(ConfigurableApplicationContext context, String file) {
		for (JsonNode model : Api.as(port(context), "admin").get("/api/models").json()) {
			if (model.path("file").asText().equals(file)) {
				return model.path("state").asText();
			}
		}
		throw new AssertionError(file + " is not listed by /api/models");
	}

	private ConfigurableApplicationContext start(Path models, Map<String, Object> extra, Class<?>... sources) {
		assertThat(database()).containsKey("spring.datasource.url");
		Map<String, Object> properties = new HashMap<>(database());
		properties.putAll(extra);
		if (models != null) {
			properties.put("fits.models.location", models.toUri().toString());
		}
		properties.put("server.port", 0);
		properties.put("spring.mail.host", "127.0.0.1");
		properties.put("spring.mail.port", TestMail.port());
		// As command-line arguments, so that they win over the test profile's in-memory database.
		String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		Class<?>[] all = new Class<?>[sources.length + 1];
		all[0] = FitsFlowApplication.class;
		System.arraycopy(sources, 0, all, 1, sources.length);
		return new SpringApplicationBuilder(all).profiles("test").run(arguments);
	}
}

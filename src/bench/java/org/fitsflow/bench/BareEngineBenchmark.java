package org.fitsflow.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * The reference for {@link IntakeBenchmark}: the bare Camunda 7.24 engine of the same Spring Boot starter (REST,
 * webapps), with authorization on and HTTP Basic on /engine-rest as FITS Flow has them, and one model: start → a user
 * task for a group. The same clients post the same start variables. Runs without FITS Flow on the class path (and is
 * compiled apart from IntakeBenchmark, whose component scan of org.fitsflow would otherwise find it).
 * <pre>src/bench/intake.sh</pre>
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class BareEngineBenchmark {

	static final String KEY = "bare-intake";

	public static void main(String[] args) throws Exception {
		IntakeLoad.Database database = IntakeLoad.Database.fresh(args.length > 0 ? args[0] : "h2", "bare_engine");
		try {
			List<String> settings = new ArrayList<>(List.of("--spring.datasource.url=" + database.url(),
					"--spring.datasource.username=" + database.user(), "--spring.datasource.password=" + database.password(),
					"--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
					"--spring.flyway.enabled=false", "--camunda.bpm.authorization.enabled=true",
					"--camunda.bpm.auto-deployment-enabled=false", "--camunda.bpm.filter.create=false"));
			if (database.postgres()) {
				settings.add("--camunda.bpm.database.type=postgres");
			}
			ConfigurableApplicationContext engine = new SpringApplicationBuilder(BareEngineBenchmark.class)
				.run(settings.toArray(String[]::new));
			try {
				prepare(engine);
				String base = "http://localhost:" + engine.getEnvironment().getProperty("local.server.port");
				List<IntakeLoad.Client> clients = new ArrayList<>();
				for (int i = 0; i < IntakeLoad.CLIENTS; i++) {
					clients.add(new IntakeLoad.Client("reporter", "bench-password",
							"/engine-rest/process-definition/key/" + KEY + "/start", IntakeLoad.REPORT));
				}
				IntakeLoad.run("bare engine, start -> user task", base, clients);
				IntakeLoad.statements("bare engine", base, clients.get(0), engine.getBean(javax.sql.DataSource.class));
			}
			finally {
				engine.close();
			}
		}
		finally {
			database.drop().run();
		}
	}

	/** The model, and a user who may start it, as an administrator would set them up. */
	private static void prepare(ConfigurableApplicationContext engine) {
		engine.getBean(RepositoryService.class).createDeployment().name(KEY)
			.addModelInstance(KEY + ".bpmn", Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(180)
				.startEvent("StartEvent_Reported").userTask("Task_Handle").camundaCandidateGroups("support")
				.endEvent().done())
			.deploy();
		IdentityService identity = engine.getBean(IdentityService.class);
		User reporter = identity.newUser("reporter");
		reporter.setPassword("bench-password");
		identity.saveUser(reporter);
		grant(engine, Resources.PROCESS_DEFINITION, KEY, Permissions.READ, Permissions.CREATE_INSTANCE);
		grant(engine, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
	}

	private static void grant(ConfigurableApplicationContext engine, Resource resource, String id, Permission... permissions) {
		AuthorizationService authorizations = engine.getBean(AuthorizationService.class);
		Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		grant.setUserId("reporter");
		grant.setResource(resource);
		grant.setResourceId(id);
		for (Permission permission : permissions) {
			grant.addPermission(permission);
		}
		authorizations.saveAuthorization(grant);
	}

	/** HTTP Basic on /engine-rest, as FITS Flow (and Camunda Run) have it. */
	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
		var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
		registration.addUrlPatterns("/engine-rest/*");
		registration.setInitParameters(Map.of(
				ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, HttpBasicAuthenticationProvider.class.getName(),
				ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, "/engine-rest"));
		return registration;
	}
}

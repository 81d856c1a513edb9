package org.fitsflow.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.fitsflow.testsupport.Api;
import org.fitsflow.testsupport.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The running service: ready once set-up is done, and while it is not (the state it is in between the web server
 * starting and the last start-up runner returning) a request gets 503 and a problem report, never a wrong 401.
 */
@ServiceTest
class ReadinessTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void afterStartUp_readinessAndLiveness_areUp() {
		for (String group : new String[] { "/actuator/health/readiness", "/actuator/health/liveness", "/actuator/health" }) {
			Api.Response health = Api.anonymous(port).get(group);
			assertThat(health.status()).as(group).isEqualTo(200);
			assertThat(health.json().path("status").asText()).as(group).isEqualTo("UP");
		}
	}

	@Test
	void whileSettingUp_requestsGetServiceUnavailable_notUnauthorized_thenNormalAnswers() {
		Api admin = Api.as(port, "admin");
		AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
		try {
			for (String path : new String[] { "/engine-rest/task", "/api/schools", "/camunda/api/engine/engine/default/task",
					"/camunda/app/tasklist/default/" }) {
				assertUnavailable(Api.anonymous(port).get(path), path);
				assertUnavailable(admin.get(path), path);
			}
			Api.Response readiness = Api.anonymous(port).get("/actuator/health/readiness");
			assertThat(readiness.status()).isEqualTo(503);
			assertThat(readiness.json().path("status").asText()).isEqualTo("OUT_OF_SERVICE");
			assertThat(Api.anonymous(port).get("/actuator/health/liveness").status()).isEqualTo(200);
		}
		finally {
			AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
		}

		assertThat(Api.anonymous(port).get("/engine-rest/task").status()).isEqualTo(401);
		assertThat(admin.get("/engine-rest/task").status()).isEqualTo(200);
		assertThat(Api.anonymous(port).get("/actuator/health/readiness").status()).isEqualTo(200);
	}

	private static void assertUnavailable(Api.Response response, String path) {
		assertThat(response.status()).as(path).isEqualTo(503);
		assertThat(response.header("Retry-After")).as(path).isEqualTo("5");
		assertThat(response.header("Content-Type")).as(path).startsWith("application/problem+json");
		assertThat(response.json().path("title").asText()).as(path).isEqualTo("FITS Flow is starting");
	}
}

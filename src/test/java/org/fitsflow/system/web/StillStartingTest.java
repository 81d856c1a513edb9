package org.fitsflow.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Before set-up is done only the health check answers; everything else is told to come back, never refused. */
class StillStartingTest {

	// Spring Boot's own availability holder, fed the events SpringApplication publishes while it starts.
	private final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();
	private final StillStarting filter = new StillStarting(availability);

	@Test
	void beforeReadiness_everyPathButHealth_getsServiceUnavailableWithProblem() throws Exception {
		for (String path : new String[] { "/engine-rest/task", "/api/schools", "/approvals/abc",
				"/camunda/app/tasklist/default/", "/camunda/api/admin/auth/user/default/login/tasklist", "/" }) {
			MockFilterChain chain = new MockFilterChain();
			MockHttpServletResponse response = call(path, chain);

			assertThat(response.getStatus()).as(path).isEqualTo(503);
			assertThat(chain.getRequest()).as(path + " reached the application").isNull();
			assertThat(response.getHeader("Retry-After")).isEqualTo("5");
			assertThat(response.getContentType()).startsWith("application/problem+json");
			JsonNode problem = new ObjectMapper().readTree(response.getContentAsString());
			assertThat(problem.path("status").asInt()).isEqualTo(503);
			assertThat(problem.path("title").asText()).isEqualTo("FITS Flow is starting");
			assertThat(problem.path("detail").asText()).contains("try again in 5 seconds");
		}
	}

	@Test
	void beforeReadiness_healthChecks_reachTheApplication() throws Exception {
		for (String path : new String[] { "/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness" }) {
			MockFilterChain chain = new MockFilterChain();
			call(path, chain);
			assertThat(chain.getRequest()).as(path).isNotNull();
		}
	}

	@Test
	void refusingAgain_afterReady_getsServiceUnavailable() throws Exception {
		ready(ReadinessState.ACCEPTING_TRAFFIC);
		MockFilterChain before = new MockFilterChain();
		call("/engine-rest/task", before);
		assertThat(before.getRequest()).isNotNull();

		ready(ReadinessState.REFUSING_TRAFFIC);
		assertThat(call("/engine-rest/task", new MockFilterChain()).getStatus()).isEqualTo(503);
	}

	@Test
	void afterReadiness_everyRequest_reachesTheApplication() throws Exception {
		ready(ReadinessState.ACCEPTING_TRAFFIC);
		for (String path : new String[] { "/engine-rest/task", "/api/schools", "/camunda/app/tasklist/default/" }) {
			MockFilterChain chain = new MockFilterChain();
			MockHttpServletResponse response = call(path, chain);
			assertThat(chain.getRequest()).as(path).isNotNull();
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getHeader("Retry-After")).isNull();
		}
	}

	private void ready(ReadinessState state) {
		availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, state));
	}

	private MockHttpServletResponse call(String path, MockFilterChain chain) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, chain);
		return response;
	}
}

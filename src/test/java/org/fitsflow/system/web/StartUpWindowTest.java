package org.fitsflow.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * The start-up window itself, in a small application of its own (a web server, {@link StillStarting} and a start-up
 * runner held on a latch, the port known only once the server listens; no engine, so it starts in a second): the port is open while the runner works, requests
 * then get 503, and once the runner returns Spring Boot marks the application ready and requests get through.
 */
class StartUpWindowTest {

	private static final CountDownLatch RELEASE_RUNNER = new CountDownLatch(1);
	private static final CompletableFuture<Integer> PORT = new CompletableFuture<>();

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void requestWhileARunnerWorks_getsServiceUnavailable_andAfterwardsReachesTheApplication() throws Exception {
		SpringApplication application = new SpringApplication(HeldStartUp.class);
		application.setAdditionalProfiles("test");
		application.setDefaultProperties(Map.of("server.port", "0", "spring.main.banner-mode", "off"));
		CompletableFuture<ConfigurableApplicationContext> started = CompletableFuture.supplyAsync(application::run);
		started.whenComplete((context, failure) -> {
			if (failure != null) {
				PORT.completeExceptionally(failure);
			}
		});
		try {
			int port = PORT.get(60, TimeUnit.SECONDS);

			HttpResponse<String> early = get(port);
			assertThat(early.statusCode()).isEqualTo(503);
			assertThat(early.headers().firstValue("Retry-After")).contains("5");
			assertThat(early.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
			assertThat(early.body()).isEqualTo(StillStarting.PROBLEM);

			RELEASE_RUNNER.countDown();
			ConfigurableApplicationContext context = started.get(60, TimeUnit.SECONDS);
			assertThat(context.getBean(ApplicationAvailability.class).getReadinessState())
				.isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
			HttpResponse<String> late = get(port);
			assertThat(late.statusCode()).isEqualTo(200);
			assertThat(late.body()).isEqualTo("set up");
			context.close();
		}
		finally {
			RELEASE_RUNNER.countDown();
		}
	}

	private HttpResponse<String> get(int port) throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/task")).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** Not a @Configuration, so FITS Flow's component scan never picks it up. */
	@ImportAutoConfiguration({ ServletWebServerFactoryAutoConfiguration.class,
			ApplicationAvailabilityAutoConfiguration.class })
	static class HeldStartUp {

		@Bean
		FilterRegistrationBean<StillStarting> stillStarting(ApplicationAvailability availability) {
			return new WebSecurity("/camunda").stillStarting(availability);
		}

		@Bean
		ServletRegistrationBean<HttpServlet> application() {
			return new ServletRegistrationBean<>(new HttpServlet() {
				@Override
				protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
					response.getWriter().write("set up");
				}
			}, "/*");
		}

		/** Stands in for FITS Flow's set-up: the web server is already listening when runners run. */
		@Bean
		ApplicationRunner heldRunner(ServletWebServerApplicationContext context) {
			return args -> {
				PORT.complete(context.getWebServer().getPort());
				RELEASE_RUNNER.await(60, TimeUnit.SECONDS);
			};
		}
	}
}

package org.fitsflow.system.web;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.ServletRegistration;

import org.camunda.bpm.engine.ProcessEngine;
import org.fitsflow.system.AsSystem;
import org.fitsflow.system.SecurityProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * The web-level rules, in the order a request meets them: nothing but the health check until set-up is done
 * ({@link StillStarting}), browser protections, the failed-login limit (before any
 * password is checked), Camunda's authentication ({@code RestAuthentication}, order 0), then the engine API guard.
 * Also gives Tasklist's engine API our error answers.
 */
@Configuration
public class WebSecurity {

	/** Order of the REST authentication filters; the guard runs after them, the limit before. */
	public static final int AUTHENTICATION_ORDER = 0;

	private final String webappPath;

	WebSecurity(@Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
		this.webappPath = webappPath;
	}

	@Bean
	FilterRegistrationBean<StillStarting> stillStarting(ApplicationAvailability availability) {
		var registration = new FilterRegistrationBean<>(new StillStarting(availability));
		// Ahead of every login check (ours and the webapps'), so an early request never meets a half-made user.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Bean
	FilterRegistrationBean<SecurityHeaders> securityHeaders() {
		var registration = new FilterRegistrationBean<>(new SecurityHeaders());
		registration.addUrlPatterns("/api/*", "/engine-rest/*", "/approvals", "/approvals/*", PageSession.PATH + "/*");
		registration.setOrder(AUTHENTICATION_ORDER - 20);
		return registration;
	}

	@Bean
	FilterRegistrationBean<FailedLoginLimit> failedLoginLimit(SecurityProperties properties, Optional<Clock> clock) {
		var registration = new FilterRegistrationBean<>(new FailedLoginLimit(properties.failedLogins(), webappPath,
				clock.orElse(Clock.systemUTC())));
		registration.addUrlPatterns("/api/*", "/engine-rest/*", webappPath + "/api/admin/auth/user/*", PageSession.LOGIN);
		registration.setOrder(AUTHENTICATION_ORDER - 10);
		return registration;
	}

	/** The school's own pages: Tasklist's login, and each form's token (see {@link PageSession}). */
	@Bean
	FilterRegistrationBean<PageSession> pageSession(ProcessEngine engine) {
		var registration = new FilterRegistrationBean<>(new PageSession(engine));
		registration.addUrlPatterns(PageSession.PATH + "/*");
		registration.setOrder(AUTHENTICATION_ORDER);
		return registration;
	}

	@Bean
	FilterRegistrationBean<EngineApiGuard> engineApiGuard(ProcessEngine engine, AsSystem asSystem) {
		var registration = new FilterRegistrationBean<>(new EngineApiGuard(engine, asSystem, webappPath));
		registration.addUrlPatterns("/engine-rest/*", webappPath + "/api/engine/*");
		registration.setOrder(AUTHENTICATION_ORDER + 10);
		return registration;
	}

	/**
	 * Registers the webapps' engine API servlet under Camunda's own name before Camunda does (it then leaves it), with
	 * {@link TasklistEngineApi} as its application.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	ServletContextInitializer tasklistEngineApi() {
		return servletContext -> {
			ServletRegistration.Dynamic servlet = servletContext.addServlet("Engine Api", ServletContainer.class);
			if (servlet != null) {
				servlet.addMapping(webappPath + "/api/engine/*");
				servlet.setInitParameters(Map.of("jakarta.ws.rs.Application", TasklistEngineApi.class.getName()));
			}
		};
	}
}

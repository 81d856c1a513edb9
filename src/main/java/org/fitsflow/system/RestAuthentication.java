package org.fitsflow.system;

import java.util.Map;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.fitsflow.system.web.WebSecurity;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every REST call needs a user: Camunda's engine REST API and our own {@code /api} both go through Camunda's
 * authentication filter with HTTP Basic against the engine's users (as Camunda Run does). The filter also tells the
 * engine who is calling, so the engine's authorization and tenant checks apply to each call.
 */
@Configuration
class RestAuthentication {

	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
		var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
		registration.setName("engine-rest-authentication");
		registration.setOrder(WebSecurity.AUTHENTICATION_ORDER);
		registration.addUrlPatterns("/engine-rest/*");
		registration.setInitParameters(Map.of(
				ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, HttpBasicAuthenticationProvider.class.getName(),
				ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, "/engine-rest"));
		return registration;
	}

	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> applicationApiAuthentication() {
		var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
		registration.setName("api-authentication");
		registration.setOrder(WebSecurity.AUTHENTICATION_ORDER);
		registration.addUrlPatterns("/api/*");
		registration.setInitParameters(Map.of(
				ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, HttpBasicAuthenticationProvider.class.getName(),
				ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, "/api"));
		return registration;
	}
}

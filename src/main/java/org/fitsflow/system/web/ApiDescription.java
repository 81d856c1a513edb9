package org.fitsflow.system.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

/** What {@code /api/openapi} says about the API as a whole; each area is a controller's tag. */
@Configuration
class ApiDescription {

	static final String TITLE = "FITS Flow API";

	@Bean
	OpenAPI fitsFlowApi() {
		String version = ApiDescription.class.getPackage().getImplementationVersion();
		return new OpenAPI().info(new Info().title(TITLE).version(version == null ? "development" : version)
			.description("""
					FITS Flow's own API, beside Camunda's REST API at /engine-rest. Every call needs HTTP Basic \
					authentication with a FITS Flow login; what it may read and change follows the caller's FITS \
					functions in each school (administrators: every school). Areas: schools and FITS functions \
					(people, who holds which function); the service catalogue and its versions; incidents; problems; \
					requests for change; the expenditure record; service reports and reviews; review schedules; \
					service continuity (risk assessments, the contingency plan, invocations); the user support \
					procedure; the configuration register (configuration items, baselines); maintenance (the preventative \
					maintenance schedule, monitoring notes); the mail outbox and the live models \
					(administrators). Errors are RFC 9457 problem \
					reports (application/problem+json) whose detail says what to change; every 400 lists the wrong \
					fields in "fields" ("field: what is wrong", empty when the request as a whole is wrong), and a 409 \
					names the FITS rule broken in "rule"."""));
	}
}

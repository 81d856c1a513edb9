package org.fitsflow.system.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While FITS Flow is still setting up (the start-up runners make the school, its people, their permissions, the
 * Tasklist filters and the review schedules), every request except the health check is answered 503 with Retry-After
 * and a problem report. Without this, the port and Tasklist answer as soon as the web server is up, and a login whose
 * user or permissions are not made yet is refused with a wrong 401.
 *
 * <p>Ready means Spring Boot's {@link ReadinessState#ACCEPTING_TRAFFIC}, which it publishes only after every
 * {@code ApplicationRunner} (and every {@code ApplicationReadyEvent} listener) has returned; until then the readiness
 * health group ({@code /actuator/health/readiness}) answers 503 too, so a load balancer sends nothing here.
 */
class StillStarting extends OncePerRequestFilter {

	/** Seconds a client is asked to wait: set-up takes a few seconds after the port opens. */
	static final int RETRY_AFTER_SECONDS = 5;

	static final String PROBLEM = "{\"type\":\"about:blank\",\"title\":\"FITS Flow is starting\",\"status\":503,"
			+ "\"detail\":\"FITS Flow is still setting up (schools, people, permissions, Tasklist filters) and takes no "
			+ "requests yet. Nothing was changed: try again in " + RETRY_AFTER_SECONDS + " seconds.\"}";

	private final ApplicationAvailability availability;

	StillStarting(ApplicationAvailability availability) {
		this.availability = availability;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/actuator/health") || path.startsWith("/actuator/health/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
			chain.doFilter(request, response);
			return;
		}
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
		response.setHeader("Cache-Control", "no-store");
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(PROBLEM);
	}
}

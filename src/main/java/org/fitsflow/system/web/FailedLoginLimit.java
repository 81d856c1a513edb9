package org.fitsflow.system.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fitsflow.system.SecurityProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits password guessing per client address: after {@code perAddress} failed logins within the window, that
 * address's logins are answered 429 (with Retry-After) until the window has passed, without their passwords being
 * checked, so guessing from there neither continues nor keeps anyone's account waiting. The engine's own growing
 * delay per account stays (at most a minute; accounts are never locked for good).
 *
 * <p>A failed login is a 401 to a request that carried credentials: HTTP Basic on {@code /engine-rest} and
 * {@code /api}, or the webapps' or the pages' login form. The address is the one the server sees: behind a reverse proxy, set
 * {@code SERVER_FORWARD_HEADERS_STRATEGY=native} so that it is the client's.
 */
class FailedLoginLimit extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(FailedLoginLimit.class);

	private final int perAddress;
	private final Duration window;
	private final String webappLogin;
	private final Clock clock;
	private final Map<String, Window> failures = new ConcurrentHashMap<>();

	FailedLoginLimit(SecurityProperties.FailedLogins settings, String webappPath, Clock clock) {
		this.perAddress = settings.perAddress();
		this.window = settings.window();
		this.webappLogin = webappPath + "/api/admin/auth/user/";
		this.clock = clock;
	}

	private record Window(Instant start, int count) {
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!carriesCredentials(request)) {
			chain.doFilter(request, response);
			return;
		}
		String address = request.getRemoteAddr();
		Instant now = clock.instant();
		Window current = failures.get(address);
		if (current != null && current.count() >= perAddress && now.isBefore(current.start().plus(window))) {
			long wait = Math.max(1, Duration.between(now, current.start().plus(window)).toSeconds());
			response.setStatus(429);
			response.setHeader("Retry-After", Long.toString(wait));
			response.setContentType("application/json");
			response.getWriter().write("{\"type\":\"TooManyFailedLogins\",\"message\":\"Too many failed logins from your "
					+ "address: try again in " + wait + " seconds.\"}");
			return;
		}
		chain.doFilter(request, response);
		if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
			Window counted = failures.compute(address, (a, w) -> w == null || !now.isBefore(w.start().plus(window))
					? new Window(now, 1) : new Window(w.start(), w.count() + 1));
			if (counted.count() == perAddress) {
				log.warn("{} failed logins from {} within {}: its logins wait until the window has passed", perAddress,
						address, window);
			}
			forgetOld(now);
		}
	}

	private boolean carriesCredentials(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith(webappLogin)) {
			return "POST".equalsIgnoreCase(request.getMethod()) && path.contains("/login/");
		}
		if (path.equals(PageSession.LOGIN)) {
			return "POST".equalsIgnoreCase(request.getMethod());
		}
		return request.getHeader("Authorization") != null;
	}

	private void forgetOld(Instant now) {
		if (failures.size() > 10_000) {
			failures.values().removeIf(w -> !now.isBefore(w.start().plus(window)));
		}
	}
}

package org.fitsflow.system.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The school's own pages ({@value #PATH}) share Tasklist's login: the person logged in to the Camunda webapps in this
 * browser session is the caller, told to the engine for the request as the REST filter does for {@code /api}, so the
 * pages ask {@code SchoolAccess} and the services exactly as the API does. Someone not logged in is sent to the
 * pages' login form ({@link PageLogin}), which logs them in to Tasklist too.
 *
 * <p>Every form the pages post carries the session's own token ({@value #TOKEN}), so another site cannot post a form
 * in a logged-in person's name; a post without it changes nothing.
 */
class PageSession extends OncePerRequestFilter {

	static final String PATH = "/pages";
	static final String LOGIN = PATH + "/login";
	static final String TOKEN = "_csrf";
	static final String ASSETS = PATH + "/assets/";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ProcessEngine engine;

	PageSession(ProcessEngine engine) {
		this.engine = engine;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith(ASSETS)) {
			chain.doFilter(request, response);
			return;
		}
		HttpSession session = request.getSession(true);
		String token = (String) session.getAttribute(PageSession.class.getName());
		if (token == null) {
			byte[] bytes = new byte[24];
			RANDOM.nextBytes(bytes);
			token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
			session.setAttribute(PageSession.class.getName(), token);
		}
		request.setAttribute(TOKEN, token);
		response.setHeader("Cache-Control", "no-store");
		if ("POST".equalsIgnoreCase(request.getMethod()) && !sameToken(token, request.getParameter(TOKEN))) {
			response.sendError(HttpServletResponse.SC_FORBIDDEN, "This form has expired: open the page again.");
			return;
		}
		if (path.equals(LOGIN)) {
			chain.doFilter(request, response);
			return;
		}
		UserAuthentication user = loggedIn(session);
		if (user == null) {
			String next = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
			response.sendRedirect(request.getContextPath() + LOGIN + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
			return;
		}
		engine.getIdentityService().setAuthentication(user.getIdentityId(), user.getGroupIds(), user.getTenantIds());
		try {
			chain.doFilter(request, response);
		}
		finally {
			engine.getIdentityService().clearAuthentication();
		}
	}

	private UserAuthentication loggedIn(HttpSession session) {
		Authentications all = AuthenticationUtil.getAuthsFromSession(session);
		return all != null && all.getAuthenticationForProcessEngine(engine.getName()) instanceof UserAuthentication user
				? user : null;
	}

	private static boolean sameToken(String expected, String given) {
		return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
				given.getBytes(StandardCharsets.UTF_8));
	}
}

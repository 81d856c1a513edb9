package org.fitsflow.system.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Browser protections for what FITS Flow serves outside the Camunda webapps (which set their own): the APIs answer
 * data that no page may run, frame or sniff; the approval page runs no script, takes its style inline and posts only
 * to itself; the school's pages run no script either and take their one stylesheet from the server.
 */
class SecurityHeaders extends OncePerRequestFilter {

	static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
	static final String PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
	/** The school's pages: no script at all, their own stylesheet, forms only to themselves. */
	static final String PAGES_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		response.setHeader("Content-Security-Policy", path.startsWith("/approvals") ? PAGE_POLICY
				: path.startsWith(PageSession.PATH + "/") ? PAGES_POLICY : API_POLICY);
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("X-Content-Type-Options", "nosniff");
		if (response.getHeader("Referrer-Policy") == null) {
			response.setHeader("Referrer-Policy", "no-referrer");
		}
		chain.doFilter(request, response);
	}
}

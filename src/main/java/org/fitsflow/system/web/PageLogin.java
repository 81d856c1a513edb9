package org.fitsflow.system.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages' login form: the same user names and passwords as Tasklist (the engine's identity service, so a school's
 * directory where it is switched on), and the same session, so logging in here logs in to Tasklist too and the other
 * way round. The session gets a new id at login, as Camunda's own login does. A wrong password answers 401, which the
 * failed-login limit counts.
 */
@Controller
class PageLogin {

	private final ProcessEngine engine;

	PageLogin(ProcessEngine engine) {
		this.engine = engine;
	}

	@GetMapping(PageSession.LOGIN)
	String form(@RequestParam(required = false) String next, Model model) {
		model.addAttribute("next", safe(next));
		return "pages/login";
	}

	@PostMapping(PageSession.LOGIN)
	String logIn(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
			@RequestParam(required = false) String next, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		String userId = username.trim();
		if (userId.isEmpty() || password.isEmpty() || !engine.getIdentityService().checkPassword(userId, password)) {
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			model.addAttribute("next", safe(next));
			model.addAttribute("username", userId);
			model.addAttribute("refused", "That user name and password do not match. Please try again.");
			return "pages/login";
		}
		UserAuthentication user = AuthenticationUtil.createAuthentication(engine, userId);
		AuthenticationUtil.revalidateSession(request, user);
		return "redirect:" + safe(next);
	}

	@PostMapping(PageSession.PATH + "/logout")
	String logOut(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			Authentications all = AuthenticationUtil.getAuthsFromSession(session);
			if (all != null) {
				all.removeByEngineName(engine.getName());
				AuthenticationUtil.updateSession(session, all);
			}
			session.invalidate();
		}
		return "redirect:" + PageSession.LOGIN;
	}

	/** Only back to one of our pages: never to another site ("//evil.example"). */
	static String safe(String next) {
		if (next == null || !next.startsWith(PageSession.PATH + "/") || next.startsWith("//") || next.contains("\\")
				|| next.startsWith(PageSession.LOGIN)) {
			return PageSession.PATH + "/my-reports";
		}
		return next;
	}
}

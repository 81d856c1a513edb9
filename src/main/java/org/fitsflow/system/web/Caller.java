package org.fitsflow.system.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Who is calling the engine API: for {@code /engine-rest}, the user the authentication filter told the engine about
 * (it runs first); for the webapps, the user logged in to this browser session.
 */
record Caller(String userId, List<String> groupIds) {

	boolean administrator() {
		return groupIds != null && groupIds.contains(Groups.CAMUNDA_ADMIN);
	}

	/** The caller, or null when not logged in (the engine API then answers 401 itself). */
	static Caller of(HttpServletRequest request, ProcessEngine engine) {
		Authentication rest = engine.getIdentityService().getCurrentAuthentication();
		if (rest != null && rest.getUserId() != null) {
			return new Caller(rest.getUserId(), rest.getGroupIds());
		}
		HttpSession session = request.getSession(false);
		if (session == null) {
			return null;
		}
		Authentications all = AuthenticationUtil.getAuthsFromSession(session);
		if (all == null || !(all.getAuthenticationForProcessEngine(engine.getName()) instanceof UserAuthentication user)) {
			return null;
		}
		return new Caller(user.getIdentityId(), user.getGroupIds());
	}
}

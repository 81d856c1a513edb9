package org.fitsflow.system;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code fits.security.*}: who did what comes from the login, and how hard guessing passwords is made.
 *
 * @param authorshipVariables process variables that say who did something (loggedBy, originator...): the server sets
 *     them from the authenticated user, and a client that sends one when starting a process is refused
 * @param givenByFunction the exceptions: a variable the holders of a function may give in their school (FITS lets the
 *     single point of contact log an incident on someone's behalf: reportedFor)
 * @param failedLogins how many failed logins one client address may make within the window before it must wait
 * @param retireDemoPasswords outside demo mode, give every login still on the demo password a random one at start
 * @param resetAdminPassword set the administrator's password to FITS_ADMIN_PASSWORD at start (and lift any delay)
 */
@ConfigurationProperties("fits.security")
public record SecurityProperties(
		@DefaultValue({ "loggedBy", "reportedFor", "starter", "raisedBy", "originator", "changeOriginator" })
		List<String> authorshipVariables,
		@DefaultValue Map<String, String> givenByFunction,
		@DefaultValue FailedLogins failedLogins,
		@DefaultValue("false") boolean retireDemoPasswords,
		@DefaultValue("false") boolean resetAdminPassword) {

	/** At most {@code perAddress} failed logins from one client address within {@code window}; then 429 until it passes. */
	public record FailedLogins(@DefaultValue("30") int perAddress, @DefaultValue("PT15M") Duration window) {
	}
}

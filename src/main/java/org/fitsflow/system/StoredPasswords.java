package org.fitsflow.system;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the stored logins may be when the service starts, before it takes any request:
 * <ul>
 * <li>Outside demo mode, no login may still have the demo password: a database used in demo mode would otherwise let
 * anyone in as {@code admin}/{@code demo}. The service refuses to start, naming the logins and the way out:
 * {@code FITS_RETIRE_DEMO_PASSWORDS=true} gives each of them a random password (the administrator gets
 * {@code FITS_ADMIN_PASSWORD}), for an administrator to replace.</li>
 * <li>{@code FITS_ADMIN_RESET_PASSWORD=true} sets the administrator's password to {@code FITS_ADMIN_PASSWORD} and lifts
 * any delay from failed logins: the way back in when the administrator's own password is lost.</li>
 * </ul>
 * The passwords are compared with the engine's own hashing, without a login attempt (which would count as failed).
 */
public class StoredPasswords extends AbstractProcessEnginePlugin {

	static final String DEMO_PASSWORD = "demo";

	private static final Logger log = LoggerFactory.getLogger(StoredPasswords.class);

	private final boolean demo;
	private final String adminId;
	private final String adminPassword;
	private final boolean retireDemoPasswords;
	private final boolean resetAdminPassword;
	private final Predicate<String> passwordUsed;

	/** {@code passwordUsed}: whether a login's stored password is what it logs in with (not the school's directory). */
	public StoredPasswords(boolean demo, String adminId, String adminPassword, boolean retireDemoPasswords,
			boolean resetAdminPassword, Predicate<String> passwordUsed) {
		this.demo = demo;
		this.adminId = adminId;
		this.adminPassword = adminPassword;
		this.retireDemoPasswords = retireDemoPasswords;
		this.resetAdminPassword = resetAdminPassword;
		this.passwordUsed = passwordUsed;
	}

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		IdentityService identity = engine.getIdentityService();
		if (resetAdminPassword && adminId != null && !adminPassword.isBlank()) {
			User admin = identity.createUserQuery().userId(adminId).singleResult();
			if (admin != null) {
				admin.setPassword(adminPassword);
				identity.saveUser(admin);
				identity.unlockUser(adminId);
				log.warn("The administrator '{}' now has the password FITS_ADMIN_PASSWORD gives (FITS_ADMIN_RESET_PASSWORD); "
						+ "remove that setting now.", adminId);
			}
		}
		if (demo) {
			return;
		}
		var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
		List<String> demoLogins = new ArrayList<>();
		for (User user : identity.createUserQuery().list()) {
			if (user instanceof UserEntity entity && passwordUsed.test(user.getId()) && entity.getPassword() != null
					&& configuration.getPasswordManager()
				.check(EncryptionUtil.saltPassword(DEMO_PASSWORD, entity.getSalt()), entity.getPassword())) {
				demoLogins.add(user.getId());
			}
		}
		if (demoLogins.isEmpty()) {
			return;
		}
		if (!retireDemoPasswords) {
			throw new IllegalStateException("FITS Flow will not start: these logins still have the demo password '"
					+ DEMO_PASSWORD + "' (the database was used in demo mode): " + String.join(", ", demoLogins)
					+ ". Start it once with FITS_RETIRE_DEMO_PASSWORDS=true to give each of them a random password (the"
					+ " administrator gets FITS_ADMIN_PASSWORD), then set real ones as the administrator; or use a fresh"
					+ " database for real work, or run the demo again (--spring.profiles.active=demo).");
		}
		SecureRandom random = new SecureRandom();
		for (String userId : demoLogins) {
			User user = identity.createUserQuery().userId(userId).singleResult();
			byte[] secret = new byte[24];
			random.nextBytes(secret);
			boolean administrator = userId.equals(adminId) && !adminPassword.isBlank();
			user.setPassword(administrator ? adminPassword : Base64.getUrlEncoder().encodeToString(secret));
			identity.saveUser(user);
		}
		log.warn("Demo passwords retired (FITS_RETIRE_DEMO_PASSWORDS): {} now have random passwords{}; an administrator "
				+ "sets real ones (PUT /api/schools/{school}/people/{userId} with a password). Remove the setting now.",
				demoLogins, demoLogins.contains(adminId) ? " (" + adminId + ": FITS_ADMIN_PASSWORD)" : "");
	}
}

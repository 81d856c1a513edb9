package org.fitsflow.system.directory;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Map;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.IdentityProviderException;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.identity.impl.ldap.LdapConfiguration;
import org.fitsflow.system.FitsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where a login's password lives: in FITS Flow (the default), or in the school's directory (Active Directory or
 * another LDAP server, {@code fits.ldap.enabled}). With the directory on, every login but the Camunda
 * administrator's is checked there, read-only, by Camunda's LDAP identity plugin, while people, FITS functions and
 * schools stay FITS Flow's (see {@link DirectoryIdentityProvider}). The administrator keeps a local password, so the
 * service can be looked after while the directory is down.
 */
@Component
public class DirectoryLogins extends AbstractProcessEnginePlugin {

	static final String PASSWORD_IN_DIRECTORY = "password: this school's passwords are kept in its directory (LDAP): "
			+ "set or change it there, not in FITS Flow.";

	static final String DEFAULT_FILTER = "(objectclass=person)";
	static final String DEFAULT_ID_ATTRIBUTE = "uid";
	static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

	private static final Logger log = LoggerFactory.getLogger(DirectoryLogins.class);

	private final String administrator;
	private final LdapConfiguration directory;

	DirectoryLogins(DirectoryProperties properties, FitsProperties fits,
			@Value("${camunda.bpm.admin-user.id:admin}") String administrator) {
		this.administrator = administrator;
		this.directory = properties.enabled() ? configuration(properties, fits.demo().enabled()) : null;
	}

	/** Camunda's LDAP plugin settings from ours; refuses to start on settings that could never work. */
	static LdapConfiguration configuration(DirectoryProperties properties, boolean demo) {
		String url = properties.url().trim();
		if (url.isEmpty()) {
			throw new IllegalStateException("FITS_LDAP_ENABLED is true but FITS_LDAP_URL is not set: say where the "
					+ "school's directory is, for example ldaps://dc1.school.local:636.");
		}
		if (!url.startsWith("ldaps://") && !url.startsWith("ldap://")) {
			throw new IllegalStateException("FITS_LDAP_URL must start with ldaps:// (or ldap://), not '" + url + "'.");
		}
		if (properties.baseDn().isBlank()) {
			throw new IllegalStateException("FITS_LDAP_BASE_DN is not set: say where the directory's tree starts, "
					+ "for example dc=school,dc=local.");
		}
		if (demo) {
			throw new IllegalStateException("The demo's people log in with the password 'demo' kept in FITS Flow: "
					+ "run the demo without FITS_LDAP_ENABLED.");
		}
		if (!onThisMachine(url) && url.startsWith("ldap://")) {
			log.warn("FITS_LDAP_URL is {}: passwords travel to the directory unencrypted. Use ldaps://.", url);
		}
		LdapConfiguration ldap = new LdapConfiguration();
		ldap.setServerUrl(url);
		ldap.setManagerDn(properties.managerDn());
		ldap.setManagerPassword(properties.managerPassword());
		ldap.setBaseDn(properties.baseDn());
		ldap.setUserSearchBase(properties.userSearchBase());
		// A variable set but empty (as compose passes an unset one) means the default, not "nothing".
		ldap.setUserSearchFilter(orDefault(properties.userSearchFilter(), DEFAULT_FILTER));
		ldap.setUserIdAttribute(orDefault(properties.userIdAttribute(), DEFAULT_ID_ATTRIBUTE));
		Duration timeout = properties.timeout() == null ? DEFAULT_TIMEOUT : properties.timeout();
		String millis = Long.toString(timeout.toMillis());
		ldap.setContextProperties(Map.of("com.sun.jndi.ldap.connect.timeout", millis,
				"com.sun.jndi.ldap.read.timeout", millis));
		return ldap;
	}

	private static String orDefault(String value, String fallback) {
		return value == null || value.isBlank() ? fallback : value.trim();
	}

	private static boolean onThisMachine(String url) {
		String host;
		try {
			host = new URI(url).getHost();
		}
		catch (URISyntaxException e) {
			throw new IllegalStateException("FITS_LDAP_URL is not a valid address: " + e.getMessage());
		}
		return "localhost".equals(host) || "127.0.0.1".equals(host) || "[::1]".equals(host);
	}

	public boolean enabled() {
		return directory != null;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (!enabled()) {
			return;
		}
		configuration.setIdentityProviderSessionFactory(new SessionFactory() {
			@Override
			public Class<?> getSessionType() {
				return DirectoryIdentityProvider.class;
			}

			@Override
			public Session openSession() {
				return new DirectoryIdentityProvider(DirectoryLogins.this);
			}
		});
		log.info("Logins are checked against the school's directory at {} (the administrator '{}' keeps a local "
				+ "password)", directory.getServerUrl(), administrator);
	}

	/**
	 * The rules for a person's password when FITS Flow adds or changes them: with the directory on, FITS Flow takes
	 * no password and a new login must be an account in the directory; without it, a new login needs a password.
	 */
	public void checkLogin(String userId, String password, boolean newLogin) {
		if (!enabled()) {
			if (newLogin && password == null) {
				throw new IllegalArgumentException("password: a new person needs a password to log in with.");
			}
			return;
		}
		if (password != null) {
			throw new IllegalArgumentException(PASSWORD_IN_DIRECTORY);
		}
		if (newLogin && !knows(userId)) {
			throw new IllegalArgumentException("userId: the school's directory has no account '" + userId
					+ "'. Use the user name the person logs in to the school's computers with, or add them to the "
					+ "directory first.");
		}
	}

	boolean isLocal(String userId) {
		return administrator.equals(userId);
	}

	/** Whether the directory accepts this password; an unreachable directory throws (not a wrong password). */
	boolean directoryAccepts(String userId, String password) {
		DirectoryAccounts accounts = new DirectoryAccounts(directory);
		try {
			return accounts.checkPassword(userId, password);
		}
		finally {
			accounts.close();
		}
	}

	private boolean knows(String userId) {
		DirectoryAccounts accounts = new DirectoryAccounts(directory);
		try {
			return accounts.findUserById(userId) != null;
		}
		catch (IdentityProviderException unreachable) {
			throw new DirectoryUnavailableException(unreachable);
		}
		finally {
			accounts.close();
		}
	}
}

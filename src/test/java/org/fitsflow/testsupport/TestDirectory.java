package org.fitsflow.testsupport;

import java.net.InetAddress;
import java.util.EnumSet;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.OperationType;
import com.unboundid.ldif.LDIFException;

/**
 * A school's directory for the tests: a real LDAP server (UnboundID's in-memory directory server) on a free port,
 * with staff accounts under ou=staff and a read-only service account FITS Flow searches with. Searching needs a
 * login, as in Active Directory. Wires the context's fits.ldap.* settings to it. Tests may stop and start it to play
 * a directory that is down.
 */
public class TestDirectory implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static final String BASE_DN = "dc=riverside,dc=example";
	static final String STAFF = "ou=staff";
	static final String MANAGER_DN = "cn=fits-flow,ou=services," + BASE_DN;
	static final String MANAGER_PASSWORD = "service-account-secret";

	private static InMemoryDirectoryServer server;
	private static int port;

	public static synchronized InMemoryDirectoryServer server() {
		if (server == null) {
			try {
				port = FreePort.find();
				InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE_DN);
				config.addAdditionalBindCredentials(MANAGER_DN, MANAGER_PASSWORD);
				config.setAuthenticationRequiredOperationTypes(EnumSet.of(OperationType.SEARCH, OperationType.COMPARE));
				config.setListenerConfigs(
						InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(), port, null));
				server = new InMemoryDirectoryServer(config);
				server.add("dn: " + BASE_DN, "objectClass: top", "objectClass: domain", "dc: riverside");
				server.add("dn: " + STAFF + "," + BASE_DN, "objectClass: top", "objectClass: organizationalUnit",
						"ou: staff");
				server.startListening();
			}
			catch (LDAPException | LDIFException e) {
				throw new IllegalStateException("The test directory did not start", e);
			}
		}
		return server;
	}

	/** Adds a member of staff's account with their directory password. */
	public static void addAccount(String uid, String firstName, String lastName, String password) {
		try {
			server().add("dn: uid=" + uid + "," + STAFF + "," + BASE_DN, "objectClass: top", "objectClass: person",
					"objectClass: organizationalPerson", "objectClass: inetOrgPerson", "uid: " + uid,
					"cn: " + firstName + " " + lastName, "givenName: " + firstName, "sn: " + lastName,
					"mail: " + uid + "@riverside.example", "userPassword: " + password);
		}
		catch (LDAPException | LDIFException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Stops answering, as a directory server that is down. */
	public static synchronized void down() {
		server().shutDown(true);
	}

	/** Answers again, on the same port and with the same accounts. */
	public static synchronized void up() {
		try {
			server().startListening();
		}
		catch (LDAPException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		server();
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-directory", Map.of(
				"fits.ldap.enabled", "true",
				"fits.ldap.url", "ldap://127.0.0.1:" + port,
				"fits.ldap.base-dn", BASE_DN,
				"fits.ldap.user-search-base", STAFF,
				"fits.ldap.user-search-filter", "(objectclass=inetOrgPerson)",
				"fits.ldap.manager-dn", MANAGER_DN,
				"fits.ldap.manager-password", MANAGER_PASSWORD,
				"fits.ldap.timeout", "PT2S")));
	}
}

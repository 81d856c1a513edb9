package org.fitsflow.system.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.camunda.bpm.identity.impl.ldap.LdapConfiguration;
import org.junit.jupiter.api.Test;

/** Settings that could never work are refused at start, with the variable to fix. */
class DirectoryLoginsTest {

	static DirectoryProperties settings(String url, String baseDn) {
		return new DirectoryProperties(true, url, "cn=fits-flow,dc=school,dc=local", "service-secret", baseDn, "ou=Staff",
				"(&(objectCategory=person)(objectClass=user))", "sAMAccountName", Duration.ofSeconds(3));
	}

	@Test
	void workedConfiguration_becomesCamundasLdapSettings() {
		LdapConfiguration ldap = DirectoryLogins.configuration(settings("ldaps://dc1.school.local:636", "dc=school,dc=local"),
				false);
		assertThat(ldap.getServerUrl()).isEqualTo("ldaps://dc1.school.local:636");
		assertThat(ldap.getBaseDn()).isEqualTo("dc=school,dc=local");
		assertThat(ldap.getUserSearchBase()).isEqualTo("ou=Staff");
		assertThat(ldap.getUserIdAttribute()).isEqualTo("sAMAccountName");
		assertThat(ldap.isAllowAnonymousLogin()).as("an empty password never binds anonymously").isFalse();
		assertThat(ldap.getContextProperties()).containsEntry("com.sun.jndi.ldap.connect.timeout", "3000")
			.containsEntry("com.sun.jndi.ldap.read.timeout", "3000");
	}

	@Test
	void missingOrWrongSettings_areRefusedNamingTheVariable() {
		assertThatThrownBy(() -> DirectoryLogins.configuration(settings(" ", "dc=school,dc=local"), false))
			.hasMessageContaining("FITS_LDAP_URL is not set");
		assertThatThrownBy(() -> DirectoryLogins.configuration(settings("dc1.school.local", "dc=school,dc=local"), false))
			.hasMessageContaining("FITS_LDAP_URL must start with ldaps://");
		assertThatThrownBy(() -> DirectoryLogins.configuration(settings("ldaps://dc1 school", "dc=school,dc=local"), false))
			.hasMessageContaining("FITS_LDAP_URL is not a valid address");
		assertThatThrownBy(() -> DirectoryLogins.configuration(settings("ldaps://dc1.school.local", ""), false))
			.hasMessageContaining("FITS_LDAP_BASE_DN is not set");
		assertThatThrownBy(() -> DirectoryLogins.configuration(settings("ldaps://dc1.school.local", "dc=school,dc=local"),
				true)).hasMessageContaining("demo");
	}

	@Test
	void emptyVariables_meanTheDefaults() {
		LdapConfiguration ldap = DirectoryLogins.configuration(new DirectoryProperties(true, "ldaps://dc1.school.local",
				"", "", "dc=school,dc=local", "", " ", "", null), false);
		assertThat(ldap.getUserSearchFilter()).isEqualTo("(objectclass=person)");
		assertThat(ldap.getUserIdAttribute()).isEqualTo("uid");
		assertThat(ldap.getContextProperties()).containsEntry("com.sun.jndi.ldap.read.timeout", "5000");
	}

	@Test
	void settingsPrinted_neverShowTheServiceAccountsPassword() {
		assertThat(settings("ldaps://dc1.school.local", "dc=school,dc=local").toString()).doesNotContain("service-secret");
	}
}

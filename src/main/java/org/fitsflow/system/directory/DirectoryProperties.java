package org.fitsflow.system.directory;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where logins are checked when the school's directory (Active Directory or another LDAP server) holds the
 * passwords: {@code fits.ldap.*} in application.yaml, each from a FITS_LDAP_* environment variable. Off by default.
 *
 * @param url the directory's address, {@code ldaps://dc1.school.local:636} (or {@code ldap://} inside one machine)
 * @param managerDn a read-only account FITS Flow searches the directory with
 * @param baseDn where the directory's tree starts, {@code dc=school,dc=local}
 * @param userSearchBase where the staff accounts are, below the base, {@code ou=Staff}
 * @param userSearchFilter which entries are people's accounts
 * @param userIdAttribute the attribute holding the user name people log in with ({@code sAMAccountName} in AD)
 * @param timeout how long a login waits for the directory before it is refused
 */
@ConfigurationProperties("fits.ldap")
public record DirectoryProperties(
		@DefaultValue("false") boolean enabled,
		@DefaultValue("") String url,
		@DefaultValue("") String managerDn,
		@DefaultValue("") String managerPassword,
		@DefaultValue("") String baseDn,
		@DefaultValue("") String userSearchBase,
		@DefaultValue(DirectoryLogins.DEFAULT_FILTER) String userSearchFilter,
		@DefaultValue(DirectoryLogins.DEFAULT_ID_ATTRIBUTE) String userIdAttribute,
		@DefaultValue("PT5S") Duration timeout) {

	@Override
	public String toString() {
		// Never the manager's password, in logs or error messages.
		return "DirectoryProperties[enabled=" + enabled + ", url=" + url + ", managerDn=" + managerDn + ", baseDn="
				+ baseDn + ", userSearchBase=" + userSearchBase + ", userSearchFilter=" + userSearchFilter
				+ ", userIdAttribute=" + userIdAttribute + ", timeout=" + timeout + "]";
	}
}

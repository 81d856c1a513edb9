package org.fitsflow.system.directory;

import java.util.List;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.identity.impl.ldap.LdapConfiguration;
import org.camunda.bpm.identity.impl.ldap.LdapIdentityProviderSession;
import org.camunda.bpm.identity.impl.ldap.LdapUserQueryImpl;

/**
 * Camunda's LDAP identity plugin, used for what FITS Flow asks of the school's directory and nothing more: does an
 * account exist, and is this its password (a search with the manager account, then a bind as the person; an empty
 * password never binds anonymously). The engine's identity session stays the database's (see
 * {@link DirectoryIdentityProvider}), so lookups here go to the directory directly instead of through it. One
 * instance per check: it holds a connection until {@link #close()}.
 */
class DirectoryAccounts extends LdapIdentityProviderSession {

	DirectoryAccounts(LdapConfiguration configuration) {
		super(configuration);
	}

	/** The one account with this user name, or null when there is none or the name is not unique. */
	@Override
	public User findUserById(String userId) {
		LdapUserQueryImpl query = new LdapUserQueryImpl(ldapConfiguration);
		query.userId(userId);
		List<User> found = findUserByQueryCriteria(query);
		return found.size() == 1 ? found.get(0) : null;
	}

	/** Only FITS Flow itself asks (a login, adding a person): no caller's permissions apply. */
	@Override
	protected boolean isAuthenticatedAndAuthorized(String userId) {
		return true;
	}
}

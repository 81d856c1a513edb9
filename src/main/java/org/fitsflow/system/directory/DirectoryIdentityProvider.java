package org.fitsflow.system.directory;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.IdentityProviderException;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's identity session when the school's directory checks passwords. Users, groups (FITS functions),
 * tenants (schools) and memberships stay in the database, written by FITS Flow as before (the engine's membership
 * tables need the user rows); only the password check goes to the directory, and the engine's delay after failed
 * logins applies to it as to a local password. Camunda's LDAP plugin on its own would make all of this read-only
 * and has no tenants.
 */
class DirectoryIdentityProvider extends DbIdentityServiceProvider {

	private static final Logger log = LoggerFactory.getLogger(DirectoryIdentityProvider.class);

	private final DirectoryLogins logins;

	DirectoryIdentityProvider(DirectoryLogins logins) {
		this.logins = logins;
	}

	@Override
	public boolean checkPassword(String userId, String password) {
		try {
			return super.checkPassword(userId, password);
		}
		catch (IdentityProviderException unreachable) {
			// Refused, but not counted as a wrong password: an outage must not lock everyone out.
			log.warn("Login of '{}' refused: the school's directory could not check it ({})", userId,
					unreachable.getMessage());
			return false;
		}
	}

	@Override
	protected boolean matchPassword(String password, UserEntity user) {
		if (logins.isLocal(user.getId())) {
			return super.matchPassword(password, user);
		}
		return logins.directoryAccepts(user.getId(), password);
	}

	/**
	 * A password stored here would be ignored while the directory checks logins, and would come back to life if the
	 * directory were switched off: refused, whoever sets it (FITS Flow's API, Tasklist's profile page, Admin, REST).
	 */
	@Override
	public IdentityOperationResult saveUser(User user) {
		UserEntity entity = (UserEntity) user;
		if (!logins.isLocal(entity.getId()) && setsPassword(entity)) {
			throw new BadUserRequestException(DirectoryLogins.PASSWORD_IN_DIRECTORY);
		}
		return super.saveUser(user);
	}

	/** Whether the entity carries a new password (the engine keeps it in a field without a getter until hashed). */
	private static boolean setsPassword(UserEntity entity) {
		String stored = entity.getPassword();
		entity.encryptPassword();
		return !java.util.Objects.equals(stored, entity.getPassword());
	}
}

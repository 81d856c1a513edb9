package org.fitsflow.system;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A record looked up by its natural key (a school's incident by reference, a school's person by user id) is read from
 * the database once per transaction. One process start asks for the same incident and reporter several times (the
 * log step, the reporter's e-mail, each task's due date and priority); a repeated JPA query would only flush the
 * session, go to the database and hand back the very entity the session already holds. Only an entity the session
 * still manages is given back, so one removed (or read in another transaction) is looked up again. For keys that never
 * change on the record; outside a transaction every call queries.
 */
@Component
public class OncePerTransaction {

	private static final Object RESOURCE = OncePerTransaction.class;

	private final EntityManager entities;

	OncePerTransaction(EntityManager entities) {
		this.entities = entities;
	}

	/** The record of that type and key, read by {@code query} the first time in this transaction. */
	public <T> Optional<T> find(Class<T> type, List<?> key, Supplier<Optional<T>> query) {
		Map<List<?>, Object> known = known();
		if (known == null) {
			return query.get();
		}
		List<Object> typedKey = typed(type, key);
		Object seen = known.get(typedKey);
		if (seen != null && entities.contains(seen)) {
			return Optional.of(type.cast(seen));
		}
		Optional<T> found = query.get();
		found.ifPresent(record -> known.put(typedKey, record));
		return found;
	}

	/** A record this transaction has just stored is known by its key without reading it back. */
	public <T> T remember(Class<T> type, List<?> key, T record) {
		Map<List<?>, Object> known = known();
		if (known != null) {
			known.put(typed(type, key), record);
		}
		return record;
	}

	private static List<Object> typed(Class<?> type, List<?> key) {
		List<Object> typedKey = new ArrayList<>(key.size() + 1); // keys may hold null
		typedKey.add(type);
		typedKey.addAll(key);
		return typedKey;
	}

	@SuppressWarnings("unchecked")
	private static Map<List<?>, Object> known() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return null;
		}
		Map<List<?>, Object> known = (Map<List<?>, Object>) TransactionSynchronizationManager.getResource(RESOURCE);
		if (known == null) {
			Map<List<?>, Object> fresh = new HashMap<>();
			TransactionSynchronizationManager.bindResource(RESOURCE, fresh);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (TransactionSynchronizationManager.getResource(RESOURCE) == fresh) {
						TransactionSynchronizationManager.unbindResource(RESOURCE);
					}
				}
			});
			known = fresh;
		}
		return known;
	}
}

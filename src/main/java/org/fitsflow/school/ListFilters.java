package org.fitsflow.school;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of a list page (Reports' incidents and changes) as sent: each value to show again in its field, what is
 * wrong with any of them to show beside it, and the same filters as a query string for the list's downloads.
 */
public final class ListFilters {

	/** One choice of a filter's select: the value sent, the words shown. */
	public record Choice(String value, String label) {
	}

	private final Map<String, String> values = new LinkedHashMap<>();
	private final Map<String, String> errors = new LinkedHashMap<>();

	/** Keeps the named parameters that have a value (trimmed); any other parameter is ignored. */
	public ListFilters(Map<String, String> params, String... names) {
		for (String name : names) {
			String value = params.get(name);
			if (value != null && !value.isBlank()) {
				values.put(name, value.strip());
			}
		}
	}

	/** The filter's value, or null when it was left empty. */
	public String get(String name) {
		return values.get(name);
	}

	public Map<String, String> getValues() {
		return Collections.unmodifiableMap(values);
	}

	public Map<String, String> getErrors() {
		return Collections.unmodifiableMap(errors);
	}

	/** Reports what is wrong with a filter, to be shown beside its field. */
	public void refuse(String name, String message) {
		errors.put(name, message);
	}

	public boolean isValid() {
		return errors.isEmpty();
	}

	/** A download's filters must all be readable: the errors, else, as a 400. */
	public void checkValid() {
		if (!isValid()) {
			throw new IllegalArgumentException(String.join(" ", errors.values()));
		}
	}

	/**
	 * The option the filter names (by {@code value}), null when the filter is empty; an unknown value is refused
	 * beside the field ("Choose one of the list") and matches nothing.
	 */
	public <T> T oneOf(String name, java.util.Collection<T> options, java.util.function.Function<T, String> value) {
		String given = get(name);
		if (given == null) {
			return null;
		}
		for (T option : options) {
			if (value.apply(option).equals(given)) {
				return option;
			}
		}
		refuse(name, "Choose one of the list, not '" + given + "'.");
		return null;
	}

	/** How a select sends an enum's constant: "on-hold" for ON_HOLD. */
	public static String value(Enum<?> constant) {
		return constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	/** The "from" and "to" days (errors reported beside them). */
	public PagePeriod period() {
		return PagePeriod.read(get("from"), get("to"), errors);
	}

	/** The filters as a query string ("?from=2026-09-01&status=closed"), empty when there are none. */
	public String query() {
		UriComponentsBuilder query = UriComponentsBuilder.newInstance();
		values.forEach(query::queryParam);
		return query.encode().build().toUriString();
	}

	/** A moment as the school's clock showed it (spreadsheets have no zones). */
	public static LocalDateTime local(Instant at, ZoneId zone) {
		return at == null ? null : LocalDateTime.ofInstant(at, zone);
	}
}

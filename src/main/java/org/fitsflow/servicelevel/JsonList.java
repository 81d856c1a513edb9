package org.fitsflow.servicelevel;

import java.util.List;
import java.util.Map;

import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A list of entries as a form's dynamic list or table holds it: a JSON variable (Spin) in the engine, maps in Java.
 * Tasklist submits Json; a REST client may send the same as a string.
 */
public final class JsonList {

	private static final ObjectMapper JSON = new ObjectMapper();

	private JsonList() {
	}

	/** The entries; an empty list for nothing. Refused, naming {@code field}, if it is not a list of entries. */
	public static List<Map<String, Object>> read(String field, Object value) {
		if (value == null) {
			return List.of();
		}
		String text = value instanceof SpinJsonNode node ? node.toString() : value.toString();
		if (value instanceof List<?> || value instanceof Map<?, ?>) {
			text = write(value);
		}
		try {
			return JSON.readValue(text, new TypeReference<List<Map<String, Object>>>() {
			});
		}
		catch (JsonProcessingException e) {
			throw new IllegalArgumentException(field + ": a list of entries is expected.");
		}
	}

	/** The entries as the engine's JSON variable. */
	static SpinJsonNode of(List<? extends Map<String, ?>> entries) {
		return Spin.JSON(write(entries));
	}

	private static String write(Object value) {
		try {
			return JSON.writeValueAsString(value);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	/** An entry's text, trimmed; null when empty. */
	public static String text(Map<String, Object> entry, String key) {
		Object value = entry.get(key);
		if (value == null) {
			return null;
		}
		String text = value.toString().trim();
		return text.isEmpty() ? null : text;
	}

	/** An entry's yes/no (an unticked checkbox may be missing). */
	static boolean yes(Map<String, Object> entry, String key) {
		Object value = entry.get(key);
		return Boolean.TRUE.equals(value) || "true".equals(String.valueOf(value));
	}
}

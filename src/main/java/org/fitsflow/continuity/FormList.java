package org.fitsflow.continuity;

import java.util.List;
import java.util.Map;

import org.camunda.spin.json.SpinJsonNode;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The entries of a form's dynamic list (contacts, manual systems, lessons): a JSON variable in the engine (Tasklist
 * submits Json, a REST client may send the text), rows of named values in Java.
 */
final class FormList {

	private static final ObjectMapper JSON = new ObjectMapper();

	private FormList() {
	}

	/** The rows; none for nothing. Refused, naming {@code field}, if the value is not a list of rows. */
	static List<Map<String, Object>> rows(String field, Object value) {
		if (value == null || value.toString().isBlank()) {
			return List.of();
		}
		try {
			String text = value instanceof SpinJsonNode || value instanceof CharSequence ? value.toString()
					: JSON.writeValueAsString(value);
			return JSON.readValue(text, new TypeReference<List<Map<String, Object>>>() {
			});
		}
		catch (JsonProcessingException e) {
			throw new IllegalArgumentException(field + ": a list of rows is expected.");
		}
	}

	/** The rows as JSON text, for a Json variable a form's list shows. */
	static String json(List<? extends Map<String, ?>> rows) {
		try {
			return JSON.writeValueAsString(rows);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A row's text, trimmed; null when empty. */
	static String text(Map<String, Object> row, String key) {
		Object value = row.get(key);
		String text = value == null ? "" : value.toString().trim();
		return text.isEmpty() ? null : text;
	}

	/** A row's tick box (an unticked one may be missing). */
	static boolean ticked(Map<String, Object> row, String key) {
		Object value = row.get(key);
		return Boolean.TRUE.equals(value) || "true".equals(String.valueOf(value));
	}
}

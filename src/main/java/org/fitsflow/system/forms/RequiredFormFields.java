package org.fitsflow.system.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The rules a Camunda Form puts on its fields (required, longest length), read from the form's JSON. Fields shown
 * or hidden by a condition are left out: whether they apply depends on the other answers, which the browser decides.
 */
final class RequiredFormFields {

	record Field(String key, String label, boolean required, Integer maxLength) {
	}

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final Map<String, List<Field>> CACHE = new ConcurrentHashMap<>();

	private RequiredFormFields() {
	}

	/**
	 * The checked fields of a form, read afresh each time (a form bound with "latest" changes when a process owner
	 * deploys a new version) and parsed once per distinct content.
	 */
	static List<Field> of(Supplier<InputStream> form) {
		byte[] json;
		try (InputStream in = form.get()) {
			if (in == null) {
				return List.of();
			}
			json = in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return CACHE.computeIfAbsent(digest(json), k -> {
			try {
				List<Field> fields = new ArrayList<>();
				collect(JSON.readTree(json).path("components"), fields);
				return List.copyOf(fields);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

	private static String digest(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void collect(JsonNode components, List<Field> fields) {
		for (JsonNode c : components) {
			if (c.has("conditional") || "dynamiclist".equals(c.path("type").asText())) {
				continue;
			}
			if (c.has("components")) {
				collect(c.path("components"), fields);
			}
			if (!c.hasNonNull("key")) {
				continue;
			}
			JsonNode validate = c.path("validate");
			boolean required = validate.path("required").asBoolean(false);
			Integer maxLength = validate.has("maxLength") ? validate.path("maxLength").asInt() : null;
			if (required || maxLength != null) {
				String key = c.path("key").asText();
				fields.add(new Field(key, c.path("label").asText(key), required, maxLength));
			}
		}
	}
}

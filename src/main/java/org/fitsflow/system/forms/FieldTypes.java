package org.fitsflow.system.forms;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Whether a submitted value is what its form field asks for: text for text fields (no longer than a process variable
 * can hold), a finite number within bounds, true or false for a checkbox, one of the offered options for a select or
 * radio, an ISO date or time for a date field. Browsers only send such values; this catches everything else a REST
 * client might send (a Json, Bytes or Date value, "meltdown" for a kind, 1e15 for a cost).
 */
final class FieldTypes {

	/** A process variable's text is stored in a column of 4000 characters. */
	static final int LONGEST_TEXT = 4000;
	/** Without bounds in the form, a number is no bigger than this either way (amounts, counts, days). */
	static final double LARGEST_NUMBER = 1_000_000_000d;

	private static final ObjectMapper JSON = new ObjectMapper();

	private FieldTypes() {
	}

	/** What is wrong with the value, said after the field's name ("is not text"); null when it is right. */
	static String problem(FormFields.Field field, Object value, Function<String, Object> variables) {
		switch (field.type()) {
			case "textfield", "textarea" -> {
				if (!(value instanceof String text)) {
					return "must be text, not " + kind(value);
				}
				int longest = field.maxLength() == null ? LONGEST_TEXT : Math.min(field.maxLength(), LONGEST_TEXT);
				return text.length() > longest ? "is longer than " + longest + " characters" : null;
			}
			case "number" -> {
				return number(field, value);
			}
			case "checkbox" -> {
				return value instanceof Boolean ? null : "must be true or false, not " + kind(value);
			}
			case "select", "radio" -> {
				if (!(value instanceof String text)) {
					return "must be one of the options, not " + kind(value);
				}
				List<String> options = field.optionsFrom() != null ? options(variables.apply(field.optionsFrom()))
						: field.options();
				if (options.isEmpty() || text.isEmpty() || options.contains(text)) {
					return null;
				}
				return "must be one of " + options + ", not '" + shorten(text) + "'";
			}
			case "datetime" -> {
				if (!(value instanceof String text)) {
					return "must be a date or time written like 2026-12-01T16:00, not " + kind(value);
				}
				return text.isEmpty() || isDateOrTime(text) ? null
						: "is not a date or time written like 2026-12-01T16:00: '" + shorten(text) + "'";
			}
			case "checklist", "taglist" -> {
				return value instanceof Collection<?> || isJsonArray(value) ? null : "must be a list, not " + kind(value);
			}
			default -> {
				return null;
			}
		}
	}

	private static String number(FormFields.Field field, Object value) {
		double number;
		if (value instanceof Number n) {
			number = n.doubleValue();
		}
		else if (value instanceof String text && !text.isBlank()) {
			try {
				number = Double.parseDouble(text.trim());
			}
			catch (NumberFormatException e) {
				return "must be a number, not '" + shorten(text) + "'";
			}
		}
		else if (value instanceof String) {
			return null;
		}
		else {
			return "must be a number, not " + kind(value);
		}
		double min = field.min() != null ? field.min() : -LARGEST_NUMBER;
		double max = field.max() != null ? field.max() : LARGEST_NUMBER;
		if (!Double.isFinite(number) || number < min || number > max) {
			return "must be a number from " + plain(min) + " to " + plain(max);
		}
		return null;
	}

	/** The option values a select takes from a variable: a JSON list of {label, value} (or of plain values). */
	private static List<String> options(Object source) {
		List<String> values = new ArrayList<>();
		if (source == null) {
			return values;
		}
		try {
			JsonNode list = JSON.readTree(source instanceof String s ? s : JSON.writeValueAsString(plainJson(source)));
			list.forEach(o -> values.add(o.isObject() ? o.path("value").asText() : o.asText()));
		}
		catch (Exception unreadable) {
			// options we cannot read are not enforced here; the domain checks the answer itself
		}
		return values;
	}

	/** Spin's JSON values print as JSON; lists and maps are written by Jackson. */
	private static Object plainJson(Object source) throws Exception {
		if (source instanceof Collection<?> || source instanceof Map<?, ?>) {
			return source;
		}
		return JSON.readTree(source.toString());
	}

	private static boolean isJsonArray(Object value) {
		try {
			return JSON.readTree(value.toString()).isArray();
		}
		catch (Exception e) {
			return false;
		}
	}

	private static boolean isDateOrTime(String text) {
		for (Function<String, Object> parse : List.<Function<String, Object>>of(OffsetDateTime::parse, ZonedDateTime::parse,
				LocalDateTime::parse, LocalDate::parse, LocalTime::parse, OffsetTime::parse)) {
			try {
				parse.apply(text.trim());
				return true;
			}
			catch (DateTimeParseException notThisOne) {
				// try the next form
			}
		}
		return false;
	}

	private static String kind(Object value) {
		if (value instanceof String) {
			return "text";
		}
		if (value instanceof Boolean) {
			return "true or false";
		}
		if (value instanceof Number) {
			return "a number";
		}
		if (value instanceof java.util.Date) {
			return "a Date";
		}
		if (value instanceof byte[]) {
			return "bytes";
		}
		return "a " + value.getClass().getSimpleName().replace("Impl", "").replace("Jackson", "");
	}

	private static String shorten(String text) {
		return text.length() <= 40 ? text : text.substring(0, 40) + "…";
	}

	private static String plain(double number) {
		return number == Math.rint(number) ? String.format("%,.0f", number) : Double.toString(number);
	}
}

package org.fitsflow.servicelevel;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Response and fix times as a school writes them in its catalogue ("30 minutes", "2 hours", "1 hour 30 minutes",
 * "1.5 h") and as ISO-8601 (PT2H). They are school time: hours of the school day.
 */
final class SupportTimes {

	private static final Pattern PART = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*(hours?|hrs?|h|minutes?|mins?|m)");

	private SupportTimes() {
	}

	static String words(Duration time) {
		if (time == null) {
			return null;
		}
		long hours = time.toHours();
		long minutes = time.toMinutesPart();
		StringBuilder words = new StringBuilder();
		if (hours > 0) {
			words.append(hours).append(hours == 1 ? " hour" : " hours");
		}
		if (minutes > 0 || hours == 0) {
			words.append(words.isEmpty() ? "" : " ").append(minutes).append(minutes == 1 ? " minute" : " minutes");
		}
		return words.toString();
	}

	/** The time written, or null if nothing is; refused (naming {@code field}) if it cannot be read. */
	static Duration parse(String field, String written) {
		if (written == null || written.isBlank()) {
			return null;
		}
		String text = written.trim().toLowerCase(Locale.ROOT);
		if (text.startsWith("pt") || text.startsWith("p")) {
			try {
				return Duration.parse(text.toUpperCase(Locale.ROOT));
			}
			catch (DateTimeParseException e) {
				throw unreadable(field, written);
			}
		}
		if (text.matches("\\d+(?:[.,]\\d+)?")) {
			return hours(text);
		}
		Matcher parts = PART.matcher(text);
		Duration total = Duration.ZERO;
		int end = 0;
		while (parts.find()) {
			if (!text.substring(end, parts.start()).isBlank()) {
				throw unreadable(field, written);
			}
			total = total.plus(parts.group(2).startsWith("h") ? hours(parts.group(1)) : minutes(parts.group(1)));
			end = parts.end();
		}
		if (end == 0 || !text.substring(end).isBlank()) {
			throw unreadable(field, written);
		}
		return total;
	}

	/** The time written, or null; what cannot be read is added to {@code problems} instead. */
	static Duration read(java.util.List<String> problems, String field, String written) {
		try {
			return parse(field, written);
		}
		catch (IllegalArgumentException e) {
			problems.add(e.getMessage());
			return null;
		}
	}

	private static Duration hours(String number) {
		return minutes(String.valueOf(Double.parseDouble(number.replace(',', '.')) * 60));
	}

	private static Duration minutes(String number) {
		return Duration.ofSeconds(Math.round(Double.parseDouble(number.replace(',', '.')) * 60));
	}

	private static IllegalArgumentException unreadable(String field, String written) {
		return new IllegalArgumentException(field + ": '" + written
				+ "' is not a time; write it as '30 minutes', '2 hours' or '1 hour 30 minutes'.");
	}
}

package org.fitsflow.configuration;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of configuration item a school's register holds (003, glossary: hardware, software, the network, services). */
public enum ItemType {

	HARDWARE("Hardware"), SOFTWARE_LICENCE("Software licence"), NETWORK("Network"), SERVICE_COMPONENT("Service component");

	private final String words;

	ItemType(String words) {
		this.words = words;
	}

	/** As the spreadsheet and the Tasklist show it. */
	public String words() {
		return words;
	}

	/** Read from a spreadsheet cell: its words or its name, any case. */
	static Optional<ItemType> read(String text) {
		String t = text.trim();
		return Arrays.stream(values())
			.filter(v -> v.words.equalsIgnoreCase(t) || v.name().equalsIgnoreCase(t.replace(' ', '_').replace('-', '_')))
			.findFirst();
	}

	static String choices() {
		return String.join(", ", Arrays.stream(values()).map(v -> v.words.toLowerCase(Locale.ROOT)).toList());
	}
}

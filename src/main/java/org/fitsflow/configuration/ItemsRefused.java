package org.fitsflow.configuration;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Items refused because some are wrong (a spreadsheet's rows, or one item from the API): each bad entry with its row
 * and what to change, every message starting with the field it is about. Nothing was recorded.
 */
public class ItemsRefused extends IllegalArgumentException {

	/** One bad entry: its spreadsheet row (0 for an item sent alone), its asset reference, the problems. */
	public record BadEntry(int row, String assetReference, List<String> problems) {
		@Override
		public String toString() {
			return (row > 0 ? "row " + row + (assetReference == null ? "" : " (" + assetReference + ")") + ": " : "")
					+ String.join(" ", problems);
		}
	}

	private final transient List<BadEntry> entries;

	ItemsRefused(String what, List<BadEntry> entries) {
		super((what.isEmpty() ? "" : what + " Nothing was changed. ")
				+ entries.stream().map(BadEntry::toString).collect(Collectors.joining("; ")));
		this.entries = List.copyOf(entries);
	}

	public List<BadEntry> entries() {
		return entries;
	}

	/** The fields named by the problems ("services: ..." names services), for API clients. */
	public List<String> fields() {
		return entries.stream().flatMap(e -> e.problems().stream()).map(p -> p.substring(0, Math.max(0, p.indexOf(':'))))
			.filter(f -> !f.isEmpty()).distinct().toList();
	}
}

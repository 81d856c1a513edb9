package org.fitsflow.servicelevel;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A whole catalogue (a review's agreement or an imported spreadsheet) refused because some entries are wrong: each
 * bad entry with its row and what to change. Nothing was recorded.
 */
public class CatalogueRefused extends IllegalArgumentException {

	/** One bad entry: its row (spreadsheet row, or position in the agreed list), its service's name, the problems. */
	public record BadEntry(int row, String service, List<String> problems) {
		@Override
		public String toString() {
			return "row " + row + (service == null ? "" : " (" + service + ")") + ": " + String.join(" ", problems);
		}
	}

	private final transient List<BadEntry> entries;

	CatalogueRefused(String what, List<BadEntry> entries) {
		super(what + " Nothing was changed. " + entries.stream().map(BadEntry::toString).collect(Collectors.joining("; ")));
		this.entries = List.copyOf(entries);
	}

	public List<BadEntry> entries() {
		return entries;
	}
}

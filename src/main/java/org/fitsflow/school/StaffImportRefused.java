package org.fitsflow.school;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A staff list refused because some rows are wrong: each bad row with its number and what to change, every reason
 * starting with the field it is about. Nobody was added.
 */
public class StaffImportRefused extends IllegalArgumentException {

	/** One bad row: its number as the file shows it (headings are row 1), the name on it, the reasons. */
	public record BadRow(int row, String name, List<String> problems) {
		@Override
		public String toString() {
			return "row " + row + (name == null ? "" : " (" + name + ")") + ": " + String.join(" ", problems);
		}
	}

	private final transient List<BadRow> rows;

	StaffImportRefused(List<BadRow> rows) {
		super("The staff list was not imported: nobody was added. " + rows.size() + (rows.size() == 1 ? " row is" : " rows are")
				+ " wrong: " + rows.stream().map(BadRow::toString).collect(Collectors.joining("; ")));
		this.rows = List.copyOf(rows);
	}

	public List<BadRow> rows() {
		return rows;
	}

	/** Each bad row's reasons as "rows[3].email: ...", the API's shape of a wrong field ({@code fields}). */
	public List<String> fields() {
		return rows.stream().flatMap(r -> r.problems().stream().map(p -> "rows[" + r.row() + "]." + p)).toList();
	}
}

package org.fitsflow.maintenance;

import java.util.List;

/**
 * What maintenance sent was refused whole (an activity of the schedule, a monitoring note): each problem starts with
 * the field it is about, so an API client is told every wrong field at once. Nothing was recorded.
 */
public class MaintenanceRefused extends IllegalArgumentException {

	private final transient List<String> problems;

	MaintenanceRefused(String what, List<String> problems) {
		super(what + " Nothing was recorded. " + String.join("; ", problems));
		this.problems = List.copyOf(problems);
	}

	/** The fields named by the problems ("recurrence: ..." names recurrence). */
	public List<String> fields() {
		return problems.stream().map(p -> p.substring(0, Math.max(0, p.indexOf(':')))).filter(f -> !f.isEmpty())
			.distinct().toList();
	}

	static void refuseIf(String what, List<String> problems) {
		if (!problems.isEmpty()) {
			throw new MaintenanceRefused(what, problems);
		}
	}
}

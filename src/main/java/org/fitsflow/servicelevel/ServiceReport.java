package org.fitsflow.servicelevel;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The monthly service report (001, task 6): the six FITS figures for the month, each beside the earlier months of the
 * year, how many response and fix targets were met per priority and per service, and what ICT users said.
 *
 * @param months the months of the year so far, the report's month last; every figure has a value for each
 * @param complete whether the month had ended when the report was built (if not, its figures are so far)
 * @param servers each server's disk space as maintenance last measured it in the month (monitoring notes)
 */
public record ServiceReport(String schoolId, String schoolName, YearMonth month, Instant builtAt, boolean complete,
		List<YearMonth> months, List<Figure> figures, List<TargetResults> targetsByPriority,
		List<TargetResults> targetsByService, Map<String, Integer> changesByOutcome, Feedback feedback,
		List<ServerDiskSpace> servers) {

	/** The figures in the report's order; each key is stable for API clients. */
	public enum FigureKey {
		INCIDENTS_LOGGED("incidents-logged", "Incidents logged"),
		PROBLEMS_LOGGED("problems-logged", "Problems logged"),
		INCIDENTS_RESOLVED("incidents-resolved", "Incidents resolved"),
		INCIDENT_RESOLUTION_HOURS("incident-resolution-hours", "Average time to resolve an incident (hours)"),
		PROBLEMS_RESOLVED("problems-resolved", "Problems resolved"),
		PROBLEM_RESOLUTION_HOURS("problem-resolution-hours", "Average time to resolve a problem (hours)"),
		INCIDENTS_OUTSTANDING("incidents-outstanding", "Incidents outstanding at the month's end"),
		PROBLEMS_OUTSTANDING("problems-outstanding", "Problems outstanding at the month's end"),
		INCIDENTS_REOPENED("incidents-reopened", "Incidents reopened"),
		NEW_INSTALLATIONS("new-installations", "New installations"),
		CHANGES_CARRIED_OUT("changes-carried-out", "Changes carried out"),
		DISK_USED_GB("disk-used-gb", "Server disk space used (GB)"),
		DISK_AVAILABLE_GB("disk-available-gb", "Server disk space available at the month's end (GB)");

		private final String key;
		private final String title;

		FigureKey(String key, String title) {
			this.key = key;
			this.title = title;
		}

		public String key() {
			return key;
		}

		public String title() {
			return title;
		}
	}

	/** One figure: a value per month of {@link ServiceReport#months()} (null where there is none, such as no average). */
	public record Figure(String key, String title, List<Number> values) {

		/** The report month's value. */
		public Number value() {
			return values.get(values.size() - 1);
		}
	}

	/** Response and fix targets that fell due in the month, met and missed, for one priority or one service. */
	public record TargetResults(String label, int responseMet, int responseMissed, int fixMet, int fixMissed) {
	}

	/** One server's disk space at its last reading of the month: capacity, used and free, in GB. */
	public record ServerDiskSpace(String assetReference, String name, BigDecimal capacityGb, BigDecimal usedGb,
			BigDecimal freeGb, LocalDate measuredOn) {
	}

	/** What ICT users said for the month's review: how many were asked and answered, the ratings and comments. */
	public record Feedback(int asked, int answered, Map<String, Integer> ratings, List<String> workedWell,
			List<String> toImprove) {
	}

	/** The figure of that key. */
	public Figure figure(FigureKey key) {
		return figures.stream().filter(f -> f.key().equals(key.key())).findFirst().orElseThrow();
	}
}

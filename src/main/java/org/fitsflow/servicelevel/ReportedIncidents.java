package org.fitsflow.servicelevel;

import java.time.Instant;
import java.util.List;

/**
 * The incidents the monthly service report counts. Incident Management provides them ({@code incident/}), so that
 * Service Level Management, which incidents depend on for the catalogue, does not depend on incidents.
 */
public interface ReportedIncidents {

	/**
	 * The school's incidents that count in the months from {@code from} to {@code to}: logged before {@code to} and
	 * either logged, resolved, reopened or due for a target from {@code from} on, or still unresolved. Only the
	 * school's own records are read, by indexed columns.
	 */
	List<ReportedIncident> forServiceReport(String schoolId, Instant from, Instant to);

	/** One incident as the report counts it: its moments, its priority and service, and its targets' results. */
	record ReportedIncident(Instant loggedAt, Instant resolvedAt, Instant reopenedAt, boolean newRequirement,
			Integer priority, Long serviceId, Instant responseTarget, Boolean responseTargetMet, Instant fixTarget,
			Boolean fixTargetMet) {
	}
}

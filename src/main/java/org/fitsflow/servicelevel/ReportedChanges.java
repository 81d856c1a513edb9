package org.fitsflow.servicelevel;

import java.time.Instant;
import java.util.List;

/** The changes the monthly service report counts; Change Management provides them ({@code change/}). */
public interface ReportedChanges {

	/**
	 * The changes carried out from {@code from} to {@code to}: those whose outcome (step 3) was recorded then.
	 * Requests rejected at either approval were never carried out and are not among them.
	 */
	List<ReportedChange> carriedOut(String schoolId, Instant from, Instant to);

	/** {@code outcome}: successful, unsuccessful or partially-successful. */
	record ReportedChange(Instant outcomeRecordedAt, String outcome) {
	}
}

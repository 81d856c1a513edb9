package org.fitsflow.servicelevel;

import java.time.Instant;
import java.util.List;

/** The problems the monthly service report counts; Problem Management provides them ({@code problem/}). */
public interface ReportedProblems {

	/** The school's problems raised before {@code to} and either raised or closed from {@code from} on, or still open. */
	List<ReportedProblem> forServiceReport(String schoolId, Instant from, Instant to);

	record ReportedProblem(Instant raisedAt, Instant closedAt) {
	}
}

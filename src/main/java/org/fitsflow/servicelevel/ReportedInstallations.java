package org.fitsflow.servicelevel;

import java.time.Instant;
import java.util.List;

/**
 * The new installations the monthly service report counts; Configuration Management provides them
 * ({@code configuration/}): each item a request for change installed, when it entered the register.
 */
public interface ReportedInstallations {

	/** When each item installed from {@code from} to {@code to} was recorded. */
	List<Instant> installedAt(String schoolId, Instant from, Instant to);
}

package org.fitsflow.servicelevel;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The server disk space the monthly service report shows (001 task 6: "the amount of server disk space used that
 * month and available at the end of the month"); maintenance's monitoring provides it ({@code maintenance/}).
 */
public interface ReportedDiskSpace {

	/** One server's disk space as measured: capacity and space free, in GB. */
	record ServerReading(String assetReference, String name, BigDecimal capacityGb, BigDecimal freeGb,
			Instant measuredAt) {
	}

	/** The readings measured from {@code from} to {@code to}, oldest first. */
	List<ServerReading> readings(String schoolId, Instant from, Instant to);
}

package org.fitsflow.maintenance;

import java.math.BigDecimal;
import java.util.List;

/**
 * A monitoring note as maintenance sends it: what was seen, the item and service it is about (if one), the server
 * disk space measured (per server of the configuration register: capacity and free space in GB), and, when a
 * potential problem was found, what it is: it is raised as a problem for maintenance to investigate.
 */
public record MonitoringDetails(String note, String assetReference, String service, List<DiskSpace> diskSpace,
		String potentialProblem) {

	/** One server's disk space: its asset reference in the register, its capacity and the space free, in GB. */
	public record DiskSpace(String assetReference, BigDecimal capacityGb, BigDecimal freeGb) {
	}

	public MonitoringDetails {
		note = trimmed(note);
		assetReference = trimmed(assetReference);
		service = trimmed(service);
		potentialProblem = trimmed(potentialProblem);
		diskSpace = diskSpace == null ? List.of() : List.copyOf(diskSpace);
	}

	private static String trimmed(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}

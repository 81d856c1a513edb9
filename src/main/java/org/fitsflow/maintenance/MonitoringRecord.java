package org.fitsflow.maintenance;

import java.time.Instant;
import java.util.List;

/** A monitoring note as the API shows it, with its disk space figures and the problem it raised. */
public record MonitoringRecord(long id, String note, String assetReference, String service,
		List<MonitoringDetails.DiskSpace> diskSpace, String problemReference, String recordedBy, Instant recordedAt) {
}

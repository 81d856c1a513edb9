package org.fitsflow.maintenance;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code fits.maintenance.*}: how long before an activity that takes a service down its request for change is raised
 * ({@code FITS_MAINTENANCE_CHANGE_NOTICE}, default three weeks: time for the ICT owner's two approvals and for ICT
 * users to be told before the downtime).
 */
@ConfigurationProperties("fits.maintenance")
public record MaintenanceProperties(@DefaultValue("P21D") Period changeNotice) {
}

package org.fitsflow.configuration;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code fits.configuration.asset-audit.*}: how long before the school's date the yearly asset audit starts
 * ({@code lead-time}, default four weeks: time to walk round the school) and how long before it maintenance is
 * reminded if the audit is still open ({@code remind-before}, default a week).
 */
@ConfigurationProperties("fits.configuration.asset-audit")
public record AssetAuditProperties(@DefaultValue("P28D") Period leadTime, @DefaultValue("P7D") Period remindBefore) {
}

package org.fitsflow.incident;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code fits.incidents.*}: how long a reporter may reopen a resolved incident (calendar time). */
@ConfigurationProperties("fits.incidents")
public record IncidentProperties(@DefaultValue("P5D") Duration reopenWithin) {
}

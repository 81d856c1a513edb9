package org.fitsflow.incident;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code fits.incidents.*}: how long a reporter may reopen a resolved incident (calendar time), and how long after
 * its fix target (in school time) an incident still not restored is announced, so that Service Continuity Management
 * can ask the ICT owner whether to invoke the contingency plan.
 */
@ConfigurationProperties("fits.incidents")
public record IncidentProperties(@DefaultValue("P5D") Duration reopenWithin,
		@DefaultValue("PT4H") Duration askWhetherToInvokeAfter) {
}

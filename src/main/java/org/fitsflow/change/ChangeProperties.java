package org.fitsflow.change;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Change Management settings, under {@code fits.changes}: how long before a change's date its implementer is reminded,
 * and the time zone in which a date and time typed without one is read.
 */
@ConfigurationProperties("fits.changes")
public record ChangeProperties(@DefaultValue("P1D") Duration remindImplementerBefore,
		@DefaultValue("Europe/London") String timeZone) {
}

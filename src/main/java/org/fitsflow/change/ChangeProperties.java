package org.fitsflow.change;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Change Management settings, under {@code fits.changes}: how long before a change's date its implementer is
 * reminded. Dates and times are the school's ({@code fits.school-time.zone}).
 */
@ConfigurationProperties("fits.changes")
public record ChangeProperties(@DefaultValue("P1D") Duration remindImplementerBefore) {
}

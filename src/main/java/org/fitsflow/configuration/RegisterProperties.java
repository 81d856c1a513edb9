package org.fitsflow.configuration;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code fits.configuration.*}: how long before a warranty ends or a licence expires the ICT owner and maintenance are
 * reminded ({@code FITS_CONFIGURATION_EXPIRY_NOTICE}, default two months: time to renew or replace it).
 */
@ConfigurationProperties("fits.configuration")
public record RegisterProperties(@DefaultValue("P60D") Period expiryNotice) {
}

package org.fitsflow.finance;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Financial Management settings, under {@code fits.finance}: the month the school's financial period starts
 * (4 = April, the usual school year for budgets) and the currency symbol the record and e-mails show.
 */
@ConfigurationProperties("fits.finance")
public record FinanceProperties(@DefaultValue("4") int periodStartMonth, @DefaultValue("£") String currency) {
}

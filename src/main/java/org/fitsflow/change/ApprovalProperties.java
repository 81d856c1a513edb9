package org.fitsflow.change;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Approval links, under {@code fits.approvals}: the secret that signs them (FITS_APPROVAL_SECRET; required outside
 * demo mode, see {@link ApprovalSecretGuard}) and how long a link works.
 */
@ConfigurationProperties("fits.approvals")
public record ApprovalProperties(String secret, @DefaultValue("P7D") Duration linkValidFor) {
}

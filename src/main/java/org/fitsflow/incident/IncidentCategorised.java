package org.fitsflow.incident;

import java.time.Instant;

/**
 * Published when the single point of contact has categorised a fault or request (not a new requirement), in the
 * transaction that records it. Problem Management listens: it links the incident to an open problem on the same
 * service or asset, or raises one when the same thing keeps going wrong. Incident Management does not know it.
 */
public record IncidentCategorised(String schoolId, String reference, Long serviceId, String assetReference,
		Instant loggedAt) {
}

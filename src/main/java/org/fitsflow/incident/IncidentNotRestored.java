package org.fitsflow.incident;

import java.time.Instant;

/**
 * Published when an incident is still not restored a while after its fix target ({@code Timer_AskWhetherToInvoke},
 * {@code fits.incidents.ask-whether-to-invoke-after}), in the transaction of that timer's task. Service Continuity
 * Management listens: for a service of high importance it asks the ICT owner, once, whether to invoke the
 * contingency plan. Incident Management does not know it.
 */
public record IncidentNotRestored(String schoolId, String reference, Long serviceId, String description,
		Instant loggedAt, Instant fixTarget) {
}

package org.fitsflow.continuity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code fits.continuity.*}: how often staff get progress updates during an invocation when the contingency plan
 * says nothing (the plan's communications plan sets it), the shortest interval a plan may set, and how long the ICT
 * owner has to confirm that the off-site copy of a newly issued plan was replaced before being reminded.
 */
@ConfigurationProperties("fits.continuity")
public record ContinuityProperties(
		@DefaultValue("PT2H") Duration defaultUpdateInterval,
		@DefaultValue("PT15M") Duration shortestUpdateInterval,
		@DefaultValue("P7D") Duration confirmOffsiteCopyWithin) {
}

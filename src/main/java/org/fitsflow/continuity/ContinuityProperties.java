package org.fitsflow.continuity;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code fits.continuity.*}: the two yearly reviews (how long before the school's date each starts, and how long
 * before it the holders of its open tasks are reminded); how often staff get progress updates during an invocation
 * when no contingency plan is issued (the plan's communications plan sets it otherwise) and the shortest interval a
 * plan may set; and how often the ICT owner is reminded to confirm that the off-site copy of a newly issued plan was
 * replaced.
 */
@ConfigurationProperties("fits.continuity")
public record ContinuityProperties(
		@DefaultValue Review riskAssessment,
		@DefaultValue Review planReview,
		@DefaultValue("PT2H") Duration defaultUpdateInterval,
		@DefaultValue("PT15M") Duration shortestUpdateInterval,
		@DefaultValue("P7D") Duration confirmOffsiteCopyWithin) {

	/** A yearly review: it starts {@code leadTime} before the school's date; open tasks are reminded {@code remindBefore} it. */
	public record Review(@DefaultValue("P28D") Period leadTime, @DefaultValue("P7D") Period remindBefore) {
	}
}

package org.fitsflow.problem;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code fits.problems.*}: a problem is raised by itself when one service or asset has had {@code repeatThreshold}
 * incidents within {@code repeatWindow} ("incidents that occur time and time again", 003).
 */
@ConfigurationProperties("fits.problems")
public record ProblemProperties(@DefaultValue("3") int repeatThreshold, @DefaultValue("P30D") Duration repeatWindow) {
}

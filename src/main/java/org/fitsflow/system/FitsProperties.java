package org.fitsflow.system;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The service's own settings, under {@code fits.*} in application.yaml. */
@ConfigurationProperties("fits")
public record FitsProperties(
		@DefaultValue("http://localhost:8080") String baseUrl,
		@DefaultValue Demo demo,
		@DefaultValue School school,
		@DefaultValue Mail mail,
		@DefaultValue Processes processes) {

	public record Demo(@DefaultValue("false") boolean enabled) {
	}

	/** The school a fresh install starts with. */
	public record School(@DefaultValue("our-school") String id, @DefaultValue("Our school") String name) {
	}

	public record Mail(
			@DefaultValue("FITS Flow <fits-flow@localhost>") String from,
			@DefaultValue("PT10S") Duration pollInterval,
			@DefaultValue("PT30S") Duration firstRetryAfter,
			@DefaultValue("20") int batchSize) {
	}

	/** starters: process key to the FITS function groups that may start it from Tasklist. */
	public record Processes(@DefaultValue Map<String, List<String>> starters) {
	}
}

package org.fitsflow.change;

import java.util.Arrays;

/**
 * How a request for change ended, as its caller (an incident or problem) reads it in {@code changeOutcome}: the three
 * outcomes of step 3, or rejected at either approval.
 */
public enum ChangeOutcome {
	SUCCESSFUL("successful"), UNSUCCESSFUL("unsuccessful"), PARTIALLY_SUCCESSFUL("partially-successful"),
	REJECTED("rejected");

	private final String id;

	ChangeOutcome(String id) {
		this.id = id;
	}

	public String id() {
		return id;
	}

	/** The outcomes step 3 may record (rejection is the ICT owner's, not the implementer's). */
	public static ChangeOutcome ofStep3(String id) {
		return Arrays.stream(values()).filter(o -> o != REJECTED && o.id.equals(id)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("outcome: '" + id
					+ "' is not an outcome of change; use successful, unsuccessful or partially-successful."));
	}
}

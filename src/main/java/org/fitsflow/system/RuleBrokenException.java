package org.fitsflow.system;

/** A change that would break one of FITS's rules; the API answers 409 with the rule's name. */
public class RuleBrokenException extends RuntimeException {

	private final String rule;

	protected RuleBrokenException(String rule, String message) {
		super(message);
		this.rule = rule;
	}

	/** A short, stable name of the rule, for API clients. */
	public String getRule() {
		return rule;
	}
}

package org.fitsflow.school;

/** A change that would break one of the guidance's rules on who may hold a FITS function. */
public class FunctionRuleException extends RuntimeException {

	private final String rule;

	FunctionRuleException(String rule, String message) {
		super(message);
		this.rule = rule;
	}

	/** A short, stable name of the rule, for API clients. */
	public String getRule() {
		return rule;
	}
}

package org.fitsflow.school;

import org.fitsflow.system.RuleBrokenException;

/** A change that would break one of the guidance's rules on who may hold a FITS function. */
public class FunctionRuleException extends RuleBrokenException {

	FunctionRuleException(String rule, String message) {
		super(rule, message);
	}
}

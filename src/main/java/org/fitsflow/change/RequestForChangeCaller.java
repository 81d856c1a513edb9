package org.fitsflow.change;

import static org.fitsflow.system.process.ProcessVariable.booleanVariable;
import static org.fitsflow.system.process.ProcessVariable.enumVariable;
import static org.fitsflow.system.process.ProcessVariable.stringVariable;

import org.fitsflow.system.process.ProcessVariable;

/**
 * The caller's side of a request for change: the variables a model that calls {@code request-for-change} (an incident,
 * a problem) keeps, which its call activity maps onto the request's ({@link RequestForChangeProcess#RAISED_FROM} and
 * the rest) and back. Each caller's contract declares them as its own.
 */
public final class RequestForChangeCaller {

	/** What second-level support wrote about the change on its form, if anything. */
	public static final ProcessVariable<String> CHANGE_DESCRIPTION = stringVariable("changeDescription");
	public static final ProcessVariable<String> CHANGE_REASON = stringVariable("changeReason");
	/** In: the request's brief description, reason and originator. */
	public static final ProcessVariable<String> CHANGE_BRIEF_DESCRIPTION = stringVariable("changeBriefDescription");
	public static final ProcessVariable<String> CHANGE_ORIGINATOR = stringVariable("changeOriginator");
	/** In: the FITS function the originator raises it as (second-level support for an incident's fix, and so on). */
	public static final ProcessVariable<RaisedAs> CHANGE_RAISED_AS = enumVariable("changeRaisedAs", RaisedAs.class);
	/** Out: the request's reference and how it ended. */
	public static final ProcessVariable<String> CHANGE_REFERENCE = stringVariable("changeReference");
	public static final ProcessVariable<ChangeOutcome> CHANGE_OUTCOME = enumVariable("changeOutcome", ChangeOutcome.class);
	/** What the caller's gateway reads: whether the change was made, in whole or in part. */
	public static final ProcessVariable<Boolean> CHANGE_MADE = booleanVariable("changeMade");

	private RequestForChangeCaller() {
	}
}

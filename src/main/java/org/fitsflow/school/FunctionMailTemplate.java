package org.fitsflow.school;

import org.fitsflow.system.process.FormValue;

/**
 * The e-mails a process owner can pick in the element template "E-mail a FITS function": each a template in
 * {@code templates/mail/} that needs nothing but what the step gives it (its name, its documentation, the instance's
 * open tasks for the function).
 */
public enum FunctionMailTemplate implements FormValue {
	/** "Waiting for you", with a link to each of the instance's open tasks for the function. */
	WAITING_FOR_YOU("waiting-for-you"),
	/** "For information": the step's name and documentation. */
	FOR_INFORMATION("for-information");

	private final String formValue;

	FunctionMailTemplate(String formValue) {
		this.formValue = formValue;
	}

	@Override
	public String formValue() {
		return formValue;
	}
}

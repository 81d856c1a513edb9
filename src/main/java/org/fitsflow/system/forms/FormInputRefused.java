package org.fitsflow.system.forms;

import org.camunda.bpm.engine.BadUserRequestException;

/** Submitted form data that breaks the form's own rules; the message names each field. */
public class FormInputRefused extends BadUserRequestException {
	public FormInputRefused(String message) {
		super(message);
	}
}

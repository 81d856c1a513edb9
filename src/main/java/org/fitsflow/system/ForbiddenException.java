package org.fitsflow.system;

/** The caller is known but may not do this; the message says who may. */
public class ForbiddenException extends RuntimeException {
	public ForbiddenException(String message) {
		super(message);
	}
}

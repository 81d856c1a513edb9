package org.fitsflow.system.directory;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The school's directory did not answer: the API says so (503, a problem report) and changes nothing. */
class DirectoryUnavailableException extends ErrorResponseException {

	private static final long serialVersionUID = 1L;

	DirectoryUnavailableException(Throwable cause) {
		super(HttpStatus.SERVICE_UNAVAILABLE, problem(), cause);
	}

	private static ProblemDetail problem() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"The school's directory (LDAP) did not answer, so the account could not be checked. Nothing was "
						+ "changed: try again when the directory is back.");
		problem.setTitle("School directory unavailable");
		problem.setType(URI.create("about:blank"));
		return problem;
	}
}

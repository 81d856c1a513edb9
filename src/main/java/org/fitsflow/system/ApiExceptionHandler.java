package org.fitsflow.system;

import java.net.URI;
import java.util.List;
import java.util.NoSuchElementException;

import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns what went wrong into an RFC 9457 problem whose detail says what to change. Nothing is half-done: the
 * services are transactional, so a refused change leaves the records as they were.
 */
@RestControllerAdvice(basePackages = "org.fitsflow")
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	@ExceptionHandler(RuleBrokenException.class)
	ProblemDetail ruleBroken(RuleBrokenException e) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "FITS rule broken", e.getMessage());
		problem.setProperty("rule", e.getRule());
		return problem;
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badInput(IllegalArgumentException e) {
		return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
	}

	@ExceptionHandler(NoSuchElementException.class)
	ProblemDetail notFound(NoSuchElementException e) {
		return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
	}

	@ExceptionHandler({ ForbiddenException.class, AuthorizationException.class })
	ProblemDetail forbidden(RuntimeException e) {
		return problem(HttpStatus.FORBIDDEN, "Not allowed", e.getMessage());
	}

	@ExceptionHandler(CurrentUser.NotAuthenticatedException.class)
	ProblemDetail notAuthenticated(RuntimeException e) {
		return problem(HttpStatus.UNAUTHORIZED, "Not authenticated", e.getMessage());
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<String> fields = e.getBindingResult().getFieldErrors().stream()
			.map(f -> f.getField() + ": " + f.getDefaultMessage())
			.sorted()
			.toList();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", String.join("; ", fields));
		problem.setProperty("fields", fields);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String cause = e.getMostSpecificCause().getMessage();
		return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Invalid request",
				"The body is not the JSON this call expects: " + (cause == null ? "" : cause.lines().findFirst().orElse(""))));
	}

	static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType(URI.create("about:blank"));
		return problem;
	}
}

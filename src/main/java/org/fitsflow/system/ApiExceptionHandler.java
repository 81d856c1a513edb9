package org.fitsflow.system;

import java.net.URI;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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

import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * Turns what went wrong into an RFC 9457 problem whose detail says what to change. Nothing is half-done: the
 * services are transactional, so a refused change leaves the records as they were.
 *
 * <p>Every 400 carries {@code fields}: each wrong field as "field: what is wrong", or an empty list when the request
 * as a whole is wrong (an unknown function, a body that is not JSON), so a client reads one shape.
 */
@RestControllerAdvice(basePackages = "org.fitsflow")
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	/** A refusal's message that names its field first: "password: ...", "'nextDue': ...". */
	private static final Pattern NAMES_A_FIELD = Pattern.compile("^'?([A-Za-z][A-Za-z0-9_.\\[\\]]*)'?: (.+)$", Pattern.DOTALL);

	@ExceptionHandler(RuleBrokenException.class)
	ProblemDetail ruleBroken(RuleBrokenException e) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "FITS rule broken", e.getMessage());
		problem.setProperty("rule", e.getRule());
		return problem;
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badInput(IllegalArgumentException e) {
		return badRequest("Invalid request", e.getMessage(), fieldsNamedIn(e.getMessage()));
	}

	/** A 400 in the one shape every 400 of the API has: a detail and the wrong fields. */
	public static ProblemDetail badRequest(String title, String detail, List<String> fields) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, title, detail);
		problem.setProperty("fields", fields);
		return problem;
	}

	private static List<String> fieldsNamedIn(String message) {
		Matcher named = NAMES_A_FIELD.matcher(message == null ? "" : message);
		return named.matches() ? List.of(named.group(1) + ": " + named.group(2)) : List.of();
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
		return ResponseEntity.badRequest().body(badRequest("Invalid request", String.join("; ", fields), fields));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String cause = e.getMostSpecificCause().getMessage();
		String what = cause == null ? "" : cause.lines().findFirst().orElse("");
		// A value of the wrong kind names its field ("employment"); a body that is not JSON names none.
		List<String> fields = e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
				? List.of(mapping.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName()
						: String.valueOf(r.getIndex())).collect(Collectors.joining(".")) + ": " + what)
				: List.of();
		return ResponseEntity.badRequest().body(badRequest("Invalid request",
				"The body is not the JSON this call expects: " + what, fields));
	}

	/** Spring's own 400s (a missing parameter, a value of the wrong type) get the same shape. */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		ResponseEntity<Object> answer = super.handleExceptionInternal(e, body, headers, status, request);
		if (answer != null && status.value() == 400 && answer.getBody() instanceof ProblemDetail problem
				&& (problem.getProperties() == null || !problem.getProperties().containsKey("fields"))) {
			problem.setProperty("fields", List.of());
		}
		return answer;
	}

	static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType(URI.create("about:blank"));
		return problem;
	}
}

package org.fitsflow.system.web;

import java.sql.SQLException;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.fitsflow.system.forms.FormInputRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the engine API (both {@code /engine-rest} and Tasklist's) answers what went wrong, where Camunda's own handlers
 * would answer 500:
 * <ul>
 * <li>a refused form (the engine wraps an exception thrown by a listener): 400 with our message;</li>
 * <li>two people acting on one task at the same moment, claiming a claimed task, or completing a task that is no
 * longer open (someone else just completed it): 409;</li>
 * <li>something of another school (the engine's tenant check): 403, saying no more;</li>
 * <li>a database error: 500 (400 for a value too long to store) saying nothing was saved, never the SQL; the log has
 * it under a reference the answer gives.</li>
 * </ul>
 * Everything else is left to Camunda's handlers. These outrank them by priority.
 */
public final class EngineApiExceptions {

	private static final Logger log = LoggerFactory.getLogger(EngineApiExceptions.class);

	private EngineApiExceptions() {
	}

	static Response ours(Throwable exception) {
		for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof FormInputRefused refused) {
				return answer(Response.Status.BAD_REQUEST, "InvalidRequestException", refused.getMessage());
			}
			if (t instanceof TaskAlreadyClaimedException claimed) {
				return answer(Response.Status.CONFLICT, "TaskAlreadyClaimedException", claimed.getMessage());
			}
			if ((t instanceof NullValueException || t instanceof NotFoundException) && t.getMessage() != null
					&& t.getMessage().contains("Cannot find task")) {
				return answer(Response.Status.CONFLICT, "TaskNotOpenException", "This task is no longer open: someone "
						+ "completed it just now, or it was withdrawn. Nothing was saved: reload your task list.");
			}
			// The engine's tenant check says so in words only (ENGINE-03xxx ... belongs to no authenticated tenant).
			if (t instanceof ProcessEngineException && t.getMessage() != null
					&& t.getMessage().contains("no authenticated tenant")) {
				return answer(Response.Status.FORBIDDEN, "AuthorizationException", "This belongs to a school you are not "
						+ "a member of.");
			}
			if (t instanceof OptimisticLockingException) {
				return answer(Response.Status.CONFLICT, "OptimisticLockingException", "Someone else changed this at the "
						+ "same moment (for example completed, claimed or decided it). Nothing was saved: reload it and "
						+ "look again.");
			}
			if (t instanceof SQLException sql) {
				return database(exception, sql);
			}
		}
		String message = exception.getMessage();
		if (message != null && (message.contains("### SQL") || message.contains("### Error"))) {
			return database(exception, null);
		}
		return null;
	}

	private static Response database(Throwable exception, SQLException sql) {
		String reference = UUID.randomUUID().toString().substring(0, 8);
		log.warn("Database error answered to a client as {}", reference, exception);
		if (sql != null && "22001".equals(sql.getSQLState())) {
			return answer(Response.Status.BAD_REQUEST, "InvalidRequestException", "A value is longer than FITS Flow can "
					+ "store; nothing was saved. Please shorten it (reference " + reference + ").");
		}
		return answer(Response.Status.INTERNAL_SERVER_ERROR, "ProcessEngineException", "The database could not save "
				+ "this, so nothing was saved. The administrator can find the cause in the log under reference "
				+ reference + ".");
	}

	private static Response answer(Response.Status status, String type, String message) {
		ExceptionDto dto = new ExceptionDto();
		dto.setType(type);
		dto.setMessage(message);
		return Response.status(status).entity(dto).type(MediaType.APPLICATION_JSON_TYPE).build();
	}

	@Priority(1000)
	public static class ForEngineExceptions implements ExceptionMapper<ProcessEngineException> {
		private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

		@Override
		public Response toResponse(ProcessEngineException exception) {
			Response ours = ours(exception);
			return ours != null ? ours : camunda.toResponse(exception);
		}
	}

	@Priority(1000)
	public static class ForRestExceptions implements ExceptionMapper<RestException> {
		private final RestExceptionHandler camunda = new RestExceptionHandler();

		@Override
		public Response toResponse(RestException exception) {
			Response ours = ours(exception);
			return ours != null ? ours : camunda.toResponse(exception);
		}
	}

	@Priority(1000)
	public static class ForOtherExceptions implements ExceptionMapper<Exception> {
		private final ExceptionHandler camunda = new ExceptionHandler();

		@Override
		public Response toResponse(Exception exception) {
			Response ours = ours(exception);
			return ours != null ? ours : camunda.toResponse(exception);
		}
	}
}

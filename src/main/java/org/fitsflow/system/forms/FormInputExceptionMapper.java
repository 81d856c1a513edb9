package org.fitsflow.system.forms;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * The engine wraps an exception thrown by a task listener, and the REST API wraps that again as a server error, so
 * a refused form would come back as 500. These mappers answer 400 with our message instead, and leave every other
 * exception to Camunda's own handlers. They outrank those handlers by priority.
 */
public final class FormInputExceptionMapper {

	private FormInputExceptionMapper() {
	}

	static Response refusedOrNull(Throwable exception) {
		for (Throwable t = exception; t != null && t.getCause() != t; t = t.getCause()) {
			if (t instanceof FormInputRefused refused) {
				ExceptionDto dto = new ExceptionDto();
				dto.setType("InvalidRequestException");
				dto.setMessage(refused.getMessage());
				return Response.status(Response.Status.BAD_REQUEST).entity(dto).type(MediaType.APPLICATION_JSON_TYPE).build();
			}
		}
		return null;
	}

	@Priority(1000)
	public static class ForEngineExceptions implements ExceptionMapper<ProcessEngineException> {
		private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

		@Override
		public Response toResponse(ProcessEngineException exception) {
			Response refused = refusedOrNull(exception);
			return refused != null ? refused : camunda.toResponse(exception);
		}
	}

	@Priority(1000)
	public static class ForRestExceptions implements ExceptionMapper<RestException> {
		private final RestExceptionHandler camunda = new RestExceptionHandler();

		@Override
		public Response toResponse(RestException exception) {
			Response refused = refusedOrNull(exception);
			return refused != null ? refused : camunda.toResponse(exception);
		}
	}
}

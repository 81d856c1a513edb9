package org.fitsflow.system.forms;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;

/**
 * The engine wraps an exception thrown by a task listener, so the REST API would answer a refused form with 500.
 * This answers 400 with our message instead, and leaves every other engine exception to Camunda's own handler.
 */
@Provider
@Priority(1000)
public class FormInputExceptionMapper implements ExceptionMapper<ProcessEngineException> {

	private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

	@Override
	public Response toResponse(ProcessEngineException exception) {
		for (Throwable t = exception; t != null; t = t.getCause()) {
			if (t instanceof FormInputRefused refused) {
				ExceptionDto dto = new ExceptionDto();
				dto.setType("InvalidRequestException");
				dto.setMessage(refused.getMessage());
				return Response.status(Response.Status.BAD_REQUEST).entity(dto).type(MediaType.APPLICATION_JSON_TYPE).build();
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return camunda.toResponse(exception);
	}
}

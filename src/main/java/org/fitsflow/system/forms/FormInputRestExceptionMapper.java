package org.fitsflow.system.forms;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * Starting a process (start and submit-form) wraps every engine exception in a RestException with status 500, so a
 * refused start form would answer 500. This answers 400 with our message instead, and leaves every other
 * RestException to Camunda's own handler.
 */
@Provider
@Priority(1000)
public class FormInputRestExceptionMapper implements ExceptionMapper<RestException> {

	private final RestExceptionHandler camunda = new RestExceptionHandler();

	@Override
	public Response toResponse(RestException exception) {
		for (Throwable t = exception.getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof FormInputRefused refused) {
				ExceptionDto dto = new ExceptionDto();
				dto.setType("InvalidRequestException");
				dto.setMessage(refused.getMessage());
				return Response.status(Response.Status.BAD_REQUEST).entity(dto).type(MediaType.APPLICATION_JSON_TYPE).build();
			}
		}
		return camunda.toResponse(exception);
	}
}

package org.fitsflow.system;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.fitsflow.system.forms.FormInputExceptionMapper;
import org.springframework.stereotype.Component;

/** Camunda's REST API as the starter configures it, plus our answer to a refused form. */
@Component
class RestApiConfiguration extends CamundaJerseyResourceConfig {

	@Override
	protected void registerAdditionalResources() {
		register(FormInputExceptionMapper.ForEngineExceptions.class);
		register(FormInputExceptionMapper.ForRestExceptions.class);
	}
}

package org.fitsflow.system;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.fitsflow.system.web.EngineApiExceptions;
import org.springframework.stereotype.Component;

/** Camunda's REST API as the starter configures it, plus our answers to refused forms, conflicts and database errors. */
@Component
class RestApiConfiguration extends CamundaJerseyResourceConfig {

	@Override
	protected void registerAdditionalResources() {
		register(EngineApiExceptions.ForEngineExceptions.class);
		register(EngineApiExceptions.ForRestExceptions.class);
		register(EngineApiExceptions.ForOtherExceptions.class);
	}
}

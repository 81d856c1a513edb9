package org.fitsflow.system;

import org.fitsflow.system.forms.FormValidation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Our additions to the engine, kept in one place so that a move to a Camunda 7 fork stays cheap. */
@Configuration
class EngineConfiguration {

	@Bean
	FormValidation formValidation() {
		return new FormValidation();
	}

	@Bean
	ModelDeployment modelDeployment() {
		return new ModelDeployment();
	}
}

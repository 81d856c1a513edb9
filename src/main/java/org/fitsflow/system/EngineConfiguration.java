package org.fitsflow.system;

import java.util.Collection;
import java.util.function.Supplier;

import org.fitsflow.system.forms.FormValidation;
import org.fitsflow.system.process.DeploymentGuard;
import org.fitsflow.system.process.ModelDeployment;
import org.fitsflow.system.process.ProcessContract;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
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
	DeploymentGuard deploymentGuard(ObjectProvider<ProcessContract> contracts) {
		return new DeploymentGuard(all(contracts));
	}

	/** fits.models.location: where bpmn/, dmn/ and forms/ are read at start (the classpath unless set). */
	@Bean
	ModelDeployment modelDeployment(@Value("${fits.models.location:classpath*:}") String location,
			ObjectProvider<ProcessContract> contracts) {
		return new ModelDeployment(location, all(contracts));
	}

	/** Every model's contract, looked up when a deployment is checked (the beans need nothing from the engine). */
	private static Supplier<Collection<ProcessContract>> all(ObjectProvider<ProcessContract> contracts) {
		return () -> contracts.orderedStream().toList();
	}
}

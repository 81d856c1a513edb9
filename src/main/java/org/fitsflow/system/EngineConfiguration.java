package org.fitsflow.system;

import org.fitsflow.system.directory.DirectoryLogins;
import org.fitsflow.system.forms.FormValidation;
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
	ModelDeployment modelDeployment() {
		return new ModelDeployment();
	}

	@Bean
	StoredPasswords storedPasswords(FitsProperties fits, SecurityProperties security, DirectoryLogins directory,
			@Value("${camunda.bpm.admin-user.id:admin}") String adminId,
			@Value("${camunda.bpm.admin-user.password:}") String adminPassword) {
		// With the school's directory checking passwords, only the administrator's stored one is ever used.
		return new StoredPasswords(fits.demo().enabled(), adminId, adminPassword, security.retireDemoPasswords(),
				security.resetAdminPassword(), userId -> !directory.enabled() || userId.equals(adminId));
	}

	@Bean
	Authorship authorship(SecurityProperties properties) {
		return new Authorship(properties);
	}

	/** Static, so that it can adjust the database pool before it starts. */
	@Bean
	static TaskListTuning taskListTuning() {
		return new TaskListTuning();
	}

}

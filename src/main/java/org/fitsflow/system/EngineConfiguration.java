package org.fitsflow.system;

import java.util.function.Supplier;

import org.fitsflow.system.directory.DirectoryLogins;
import org.fitsflow.system.forms.ChoiceSource;
import org.fitsflow.system.forms.FormChoices;
import org.fitsflow.system.forms.FormValidation;
import org.fitsflow.system.process.DeploymentGuard;
import org.fitsflow.system.process.ModelDeployment;
import org.fitsflow.system.process.ModelRules;
import org.fitsflow.system.process.ProcessContract;
import org.fitsflow.system.process.TimerRule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Our additions to the engine, kept in one place so that a move to a Camunda 7 fork stays cheap. */
@Configuration
class EngineConfiguration {

	/** Choice sources are FITS beans found by type, looked up when a form is first shown. */
	@Bean
	FormChoices formChoices(ObjectProvider<ChoiceSource> sources) {
		return new FormChoices(() -> sources.orderedStream().toList());
	}

	@Bean
	FormValidation formValidation(FormChoices choices) {
		return new FormValidation(choices);
	}

	@Bean
	DeploymentGuard deploymentGuard(ObjectProvider<ProcessContract> contracts, ObjectProvider<TimerRule> timerRules) {
		return new DeploymentGuard(rules(contracts, timerRules));
	}

	/** fits.models.location: where bpmn/, dmn/ and forms/ are read at start (the classpath unless set). */
	@Bean
	ModelDeployment modelDeployment(@Value("${fits.models.location:classpath*:}") String location,
			ObjectProvider<ProcessContract> contracts, ObjectProvider<TimerRule> timerRules) {
		return new ModelDeployment(location, rules(contracts, timerRules));
	}

	/**
	 * Every model's contract and every timer rule, looked up when a deployment is checked (the beans need nothing from
	 * the engine). They live in the FITS packages; the engine configuration only finds them by type.
	 */
	private static Supplier<ModelRules> rules(ObjectProvider<ProcessContract> contracts,
			ObjectProvider<TimerRule> timerRules) {
		return () -> new ModelRules(contracts.orderedStream().toList(), timerRules.orderedStream().toList());
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

	/** Static, as {@link #taskListTuning()}. */
	@Bean
	static H2Statements h2Statements() {
		return new H2Statements();
	}

}

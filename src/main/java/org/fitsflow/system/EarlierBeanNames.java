package org.fitsflow.system;

import java.util.Map;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The names the models called their beans by before every bean was named after its model and element. A process
 * instance keeps the version of the model it started on, so an incident or request for change started before the
 * rename still calls {@code ${logIncident}} at its next step; these aliases let it finish. Remove them once Cockpit
 * shows no instance of those versions (or after migrating them to the current versions, whose element ids are the
 * same).
 */
@Configuration
class EarlierBeanNames {

	/** Earlier name to the bean's name now. */
	static final Map<String, String> ALIASES = Map.ofEntries(
			Map.entry("logIncident", "incidentManagementLogIncident"),
			Map.entry("recordCategory", "incidentManagementRecordCategory"),
			Map.entry("setIncidentTargets", "incidentManagementSetTargets"),
			Map.entry("recordResponse", "incidentManagementRecordResponse"),
			Map.entry("escalateMissedResponse", "incidentManagementEscalateMissedResponse"),
			Map.entry("escalateMissedFix", "incidentManagementEscalateMissedFix"),
			Map.entry("pauseFixClock", "incidentManagementPauseFixClock"),
			Map.entry("resumeFixClock", "incidentManagementResumeFixClock"),
			Map.entry("recordRestoration", "incidentManagementRecordRestoration"),
			Map.entry("emailProviderServiceDesk", "incidentManagementEmailProviderServiceDesk"),
			Map.entry("prepareIncidentChange", "incidentManagementPrepareRequestForChange"),
			Map.entry("recordIncidentChangeOutcome", "incidentManagementRecordChangeOutcome"),
			Map.entry("raiseProblemFromIncident", "incidentManagementRaiseProblem"),
			Map.entry("recordResolution", "incidentManagementRecordResolution"),
			Map.entry("recordReopening", "incidentManagementRecordReopening"),
			Map.entry("recordClosure", "incidentManagementRecordClosure"),
			Map.entry("incidentTimers", "incidentManagementTimers"),
			Map.entry("recordProblem", "problemManagementRecordProblem"),
			Map.entry("recordDiagnosis", "problemManagementRecordDiagnosis"),
			Map.entry("recordProblemChangeOutcome", "problemManagementRecordChangeOutcome"),
			Map.entry("closeProblem", "problemManagementCloseProblem"),
			Map.entry("openRequestForChange", "requestForChangeOpenRequest"),
			Map.entry("submitChangeStep1", "requestForChangeSubmitStep1"),
			Map.entry("recordProceedDecision", "requestForChangeRecordProceedDecision"),
			Map.entry("submitChangeStep2", "requestForChangeSubmitStep2"),
			Map.entry("tellIctUsersOfChange", "requestForChangeTellIctUsers"),
			Map.entry("recordUsersDiscussion", "requestForChangeRecordDiscussion"),
			Map.entry("recordImplementDecision", "requestForChangeRecordImplementDecision"),
			Map.entry("remindImplementer", "requestForChangeRemindImplementer"),
			Map.entry("recordChangeOutcome", "requestForChangeSubmitOutcome"),
			Map.entry("recordConfigurationUpdate", "requestForChangeRecordConfigurationUpdate"),
			Map.entry("approvalByMail", "requestForChangeApprovalByMail"),
			Map.entry("changeTimers", "requestForChangeTimers"));

	@Bean
	static BeanFactoryPostProcessor earlierBeanNameAliases() {
		return EarlierBeanNames::register;
	}

	private static void register(ConfigurableListableBeanFactory beans) {
		ALIASES.forEach((earlier, now) -> beans.registerAlias(now, earlier));
	}
}

package org.fitsflow.incident;

import java.util.Map;
import java.util.Set;

import org.fitsflow.system.process.ProcessContract;
import org.springframework.stereotype.Component;

/**
 * What the Java code relies on in bpmn/incident-management.bpmn, its forms and the incident-targets table; a
 * deployment that breaks it is refused.
 */
@Component
public final class IncidentManagementProcess implements ProcessContract {

	public static final String KEY = "incident-management";

	private static final Set<String> SECOND_LEVEL_FIELDS = Set.of("resolution", "changeDescription", "changeReason");

	IncidentManagementProcess() {
	}

	@Override
	public String processKey() {
		return KEY;
	}

	@Override
	public Set<String> elementIds() {
		return Set.of("Task_CategoriseIncident", "Task_HandleNewRequirement", "Task_RespondToIncident",
				"Task_RestoreService", "Task_AwaitReporter", "Task_PassToSecondLevel", "Task_FixPermanently",
				"Task_RecordProviderReference", "Task_RecordProviderFix", "Task_CloseIncident",
				"CallActivity_RequestForChange");
	}

	@Override
	public Set<String> messageNames() {
		return Set.of(Incidents.PRIORITY_CHANGED, Incidents.REOPENED);
	}

	@Override
	public Set<String> variableNames() {
		// the reporter (initiator), the priority table's result, and what the request for change answers
		return Set.of("loggedBy", "priority", "changeReference", "changeOutcome");
	}

	@Override
	public Map<String, Set<String>> formFields() {
		return Map.of(
				"incident-report", Set.of("description", "service", "location", "impact", "urgency", "kind",
						"assetReference", "reportedFor"),
				"incident-categorise", Set.of("serviceId", "category", "impact", "urgency", "requirementFunction"),
				"incident-restore", Set.of("workaround", "permanentFixNeeded", "questionForReporter"),
				"incident-fix-permanently", SECOND_LEVEL_FIELDS,
				"incident-new-requirement", SECOND_LEVEL_FIELDS,
				"incident-provider-fix", SECOND_LEVEL_FIELDS,
				"incident-provider-reference", Set.of("providerReference"));
	}

	@Override
	public Map<String, Set<String>> decisionOutputs() {
		return Map.of("incident-targets", Set.of("responseTime", "fixTime"));
	}
}

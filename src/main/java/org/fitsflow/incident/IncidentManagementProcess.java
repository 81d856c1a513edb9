package org.fitsflow.incident;

import static org.fitsflow.system.process.ModelContract.Builder.only;
import static org.fitsflow.system.process.ProcessVariable.booleanVariable;
import static org.fitsflow.system.process.ProcessVariable.enumVariable;
import static org.fitsflow.system.process.ProcessVariable.integerVariable;
import static org.fitsflow.system.process.ProcessVariable.stringVariable;

import java.util.List;

import org.fitsflow.change.ChangeOutcome;
import org.fitsflow.change.RaisedAs;
import org.fitsflow.change.RequestForChangeCaller;
import org.fitsflow.school.TasklistColumns;
import org.fitsflow.servicelevel.CatalogueChoices;
import org.fitsflow.servicelevel.Importance;
import org.fitsflow.system.process.ModelContract;
import org.fitsflow.system.process.ProcessVariable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The contract of {@code bpmn/incident-management.bpmn}: the ids, messages, variables and forms the Java code and the
 * model share. Delegates, timers, services and tests name them only through these constants.
 */
@Component
@Order(1)
public final class IncidentManagementProcess extends ModelContract implements TasklistColumns {

	private static final Builder MODEL = define("incident-management");

	public static final String KEY = MODEL.key();

	// Flow nodes
	public static final String START_REPORTED = MODEL.element("StartEvent_IncidentReported");
	public static final String TASK_LOG_INCIDENT = MODEL.element("Task_LogIncident");
	public static final String TASK_CATEGORISE = MODEL.requiredElement("Task_CategoriseIncident");
	public static final String TASK_RECORD_CATEGORY = MODEL.element("Task_RecordCategory");
	public static final String TASK_HANDLE_NEW_REQUIREMENT = MODEL.requiredElement("Task_HandleNewRequirement");
	public static final String TASK_DETERMINE_PRIORITY = MODEL.element("Task_DeterminePriority");
	public static final String TASK_SET_TARGETS = MODEL.element("Task_SetTargets");
	public static final String SUBPROCESS_RESTORE_SERVICE = MODEL.element("SubProcess_RestoreService");
	public static final String TASK_RESPOND = MODEL.requiredElement("Task_RespondToIncident");
	public static final String TIMER_RESPONSE_TARGET_MISSED = MODEL.element("Timer_ResponseTargetMissed");
	public static final String TASK_ESCALATE_MISSED_RESPONSE = MODEL.element("Task_EscalateMissedResponse");
	public static final String END_RESPONSE_ESCALATED = MODEL.element("EndEvent_ResponseEscalated");
	public static final String TASK_RECORD_RESPONSE = MODEL.element("Task_RecordResponse");
	public static final String TASK_RESTORE_SERVICE = MODEL.requiredElement("Task_RestoreService");
	public static final String TIMER_FIX_TARGET_MISSED = MODEL.element("Timer_FixTargetMissed");
	public static final String TASK_ESCALATE_MISSED_FIX = MODEL.element("Task_EscalateMissedFix");
	public static final String END_FIX_ESCALATED = MODEL.element("EndEvent_FixEscalated");
	public static final String TIMER_ASK_WHETHER_TO_INVOKE = MODEL.element("Timer_AskWhetherToInvoke");
	public static final String TASK_ANNOUNCE_NOT_RESTORED = MODEL.element("Task_AnnounceNotRestored");
	public static final String END_NOT_RESTORED_ANNOUNCED = MODEL.element("EndEvent_NotRestoredAnnounced");
	public static final String TASK_PAUSE_FIX_CLOCK = MODEL.element("Task_PauseFixClock");
	public static final String TASK_AWAIT_REPORTER = MODEL.requiredElement("Task_AwaitReporter");
	public static final String EVENT_REPORTER_ANSWERED = MODEL.element("Message_ReporterAnswered");
	public static final String TASK_RESUME_FIX_CLOCK = MODEL.element("Task_ResumeFixClock");
	public static final String TASK_RECORD_RESTORATION = MODEL.element("Task_RecordRestoration");
	public static final String TASK_RECORD_PASS_ON = MODEL.element("Task_RecordPassOn");
	public static final String TASK_PASS_TO_SECOND_LEVEL = MODEL.requiredElement("Task_PassToSecondLevel");
	public static final String TASK_FIX_PERMANENTLY = MODEL.requiredElement("Task_FixPermanently");
	public static final String TIMER_FOLLOW_UP_TARGET_MISSED = MODEL.element("Timer_FollowUpTargetMissed");
	public static final String TASK_EMAIL_PROVIDER_SERVICE_DESK = MODEL.element("Task_EmailProviderServiceDesk");
	public static final String TASK_RECORD_PROVIDER_REFERENCE = MODEL.requiredElement("Task_RecordProviderReference");
	public static final String TASK_RECORD_PROVIDER_FIX = MODEL.requiredElement("Task_RecordProviderFix");
	public static final String TIMER_PROVIDER_TARGET_MISSED = MODEL.element("Timer_ProviderTargetMissed");
	public static final String TASK_CHASE_FOLLOW_UP = MODEL.element("Task_ChaseFollowUp");
	public static final String END_FOLLOW_UP_CHASED = MODEL.element("EndEvent_FollowUpChased");
	public static final String TASK_PREPARE_REQUEST_FOR_CHANGE = MODEL.element("Task_PrepareRequestForChange");
	public static final String CALL_REQUEST_FOR_CHANGE = MODEL.requiredElement("CallActivity_RequestForChange");
	public static final String TASK_RECORD_CHANGE_OUTCOME = MODEL.element("Task_RecordChangeOutcome");
	public static final String TASK_RAISE_PROBLEM = MODEL.element("Task_RaiseProblem");
	public static final String TASK_RECORD_RESOLUTION = MODEL.element("Task_RecordResolution");
	public static final String GATEWAY_REOPENED_OR_WINDOW_OVER = MODEL.element("Gateway_ReopenedOrWindowOver");
	public static final String EVENT_REPORTER_CONFIRMED = MODEL.element("Event_ReporterConfirmed");
	public static final String EVENT_REPORTER_REOPENED = MODEL.element("Event_ReporterReopened");
	public static final String TIMER_REOPEN_WINDOW_OVER = MODEL.element("Timer_ReopenWindowOver");
	public static final String TASK_RECORD_REOPENING = MODEL.element("Task_RecordReopening");
	public static final String TASK_CLOSE_INCIDENT = MODEL.requiredElement("Task_CloseIncident");
	public static final String TASK_RECORD_CLOSURE = MODEL.element("Task_RecordClosure");
	public static final String END_CLOSED = MODEL.element("EndEvent_IncidentClosed");

	// Messages
	/** The single point of contact changed impact or urgency while service is being restored. */
	public static final String PRIORITY_CHANGED = MODEL.message("IncidentPriorityChanged");
	/** The reporter (or the single point of contact) reopened the resolved incident. */
	public static final String REOPENED = MODEL.message("IncidentReopened");
	/** The reporter (or the single point of contact on their word) confirmed the fix. */
	public static final String CONFIRMED = MODEL.message("IncidentConfirmed");
	/** The reporter answered first-level support's question on My reports (carries {@link #REPORTER_ANSWER}). */
	public static final String REPORTER_ANSWERED = MODEL.message("IncidentReporterAnswered");

	// The report (start form); the starter is recorded by the engine as loggedBy
	public static final ProcessVariable<String> DESCRIPTION = MODEL.variable(stringVariable("description"));
	public static final ProcessVariable<String> SERVICE = MODEL.variable(stringVariable("service"));
	public static final ProcessVariable<String> LOCATION = MODEL.variable(stringVariable("location"));
	public static final ProcessVariable<Impact> IMPACT = MODEL.variable(enumVariable("impact", Impact.class));
	public static final ProcessVariable<Urgency> URGENCY = MODEL.variable(enumVariable("urgency", Urgency.class));
	public static final ProcessVariable<ReportKind> KIND = MODEL.variable(enumVariable("kind", ReportKind.class));
	public static final ProcessVariable<String> ASSET_REFERENCE = MODEL.variable(stringVariable("assetReference"));
	public static final ProcessVariable<String> REPORTED_FOR = MODEL.variable(stringVariable("reportedFor"));
	public static final ProcessVariable<String> LOGGED_BY = MODEL.fromModel(stringVariable("loggedBy"));

	// Logged: the record's reference (also the business key) and what the categorising form shows
	public static final ProcessVariable<String> INCIDENT_REFERENCE = MODEL.variable(
			stringVariable("incidentReference"));
	public static final ProcessVariable<String> REPORTER_NAME = MODEL.variable(stringVariable("reporterName"));
	/**
	 * The categorising form's service select names this as its valuesKey: its options are the school's catalogue when
	 * the form is shown ({@link CatalogueChoices}), never a variable of the process.
	 */
	public static final String CATALOGUE_SERVICES = CatalogueChoices.VALUES_KEY;

	// Categorised by the single point of contact
	public static final ProcessVariable<String> SERVICE_ID = MODEL.variable(stringVariable("serviceId"));
	public static final ProcessVariable<IncidentCategory> CATEGORY = MODEL.variable(
			enumVariable("category", IncidentCategory.class));
	public static final ProcessVariable<RequirementFunction> REQUIREMENT_FUNCTION = MODEL.variable(
			enumVariable("requirementFunction", RequirementFunction.class));
	public static final ProcessVariable<Boolean> NEW_REQUIREMENT = MODEL.variable(booleanVariable("newRequirement"));
	public static final ProcessVariable<String> SERVICE_NAME = MODEL.variable(stringVariable("serviceName"));
	public static final ProcessVariable<Importance> SERVICE_IMPORTANCE = MODEL.variable(
			enumVariable("serviceImportance", Importance.class));
	public static final ProcessVariable<Boolean> SUPPORTED_BY_PROVIDER = MODEL.variable(
			booleanVariable("supportedByProvider"));
	public static final ProcessVariable<String> SUPPORTED_BY_DESCRIPTION = MODEL.variable(
			stringVariable("supportedByDescription"));
	public static final ProcessVariable<String> KNOWN_WORKAROUND = MODEL.variable(stringVariable("knownWorkaround"));
	public static final ProcessVariable<String> KNOWN_PROBLEM = MODEL.variable(stringVariable("knownProblem"));

	// Priority (the incident-priority table's answer) and targets, shown in the school's time zone
	public static final ProcessVariable<Integer> PRIORITY = MODEL.fromModel(integerVariable("priority"));
	/** The priority in words ("1 urgent"), for Tasklist's list, which shows a variable as it is stored. */
	public static final ProcessVariable<String> PRIORITY_IN_WORDS = MODEL.variable(stringVariable("priorityInWords"));
	public static final ProcessVariable<String> RESPONSE_DUE_TEXT = MODEL.variable(stringVariable("responseDueText"));
	public static final ProcessVariable<String> FIX_DUE_TEXT = MODEL.variable(stringVariable("fixDueText"));

	// Tasklist's rows: copies on each task (see TasklistColumns), named apart from the form fields they copy
	public static final ProcessVariable<String> LISTED_REFERENCE = MODEL.variable(stringVariable("listedReference"));
	public static final ProcessVariable<String> LISTED_PRIORITY = MODEL.variable(stringVariable("listedPriority"));
	public static final ProcessVariable<String> LISTED_SERVICE = MODEL.variable(stringVariable("listedService"));
	public static final ProcessVariable<String> LISTED_SERVICE_AS_REPORTED = MODEL.variable(
			stringVariable("listedServiceAsReported"));
	public static final ProcessVariable<String> LISTED_BY = MODEL.variable(stringVariable("listedBy"));

	// First-level support
	public static final ProcessVariable<Boolean> RESPONDED = MODEL.variable(booleanVariable("responded"));
	public static final ProcessVariable<Boolean> TAKEN_ON = MODEL.variable(booleanVariable("takenOn"));
	public static final ProcessVariable<RestoreOutcome> RESTORE_OUTCOME = MODEL.variable(
			enumVariable("restoreOutcome", RestoreOutcome.class));
	public static final ProcessVariable<Boolean> WAITING_ON_REPORTER = MODEL.variable(
			booleanVariable("waitingOnReporter"));
	public static final ProcessVariable<Boolean> CANNOT_RESTORE = MODEL.variable(booleanVariable("cannotRestore"));
	public static final ProcessVariable<String> WORKAROUND = MODEL.variable(stringVariable("workaround"));
	public static final ProcessVariable<Boolean> PERMANENT_FIX_NEEDED = MODEL.variable(
			booleanVariable("permanentFixNeeded"));
	public static final ProcessVariable<String> QUESTION_FOR_REPORTER = MODEL.variable(
			stringVariable("questionForReporter"));
	public static final ProcessVariable<String> REPORTER_ANSWER = MODEL.variable(stringVariable("reporterAnswer"));

	// Follow-up: the single point of contact passes it on, second-level support (or the provider) fixes it
	public static final ProcessVariable<Boolean> PASSED_ON = MODEL.variable(booleanVariable("passedOn"));
	public static final ProcessVariable<String> PROVIDER_REFERENCE = MODEL.variable(
			stringVariable("providerReference"));
	public static final ProcessVariable<String> RESOLUTION = MODEL.variable(stringVariable("resolution"));
	public static final ProcessVariable<SecondLevelOutcome> SECOND_LEVEL_OUTCOME = MODEL.variable(
			enumVariable("secondLevelOutcome", SecondLevelOutcome.class));
	public static final ProcessVariable<Boolean> CHANGE_NEEDED = MODEL.variable(booleanVariable("changeNeeded"));
	public static final ProcessVariable<Boolean> UNDERLYING_PROBLEM = MODEL.variable(
			booleanVariable("underlyingProblem"));
	public static final ProcessVariable<String> PROBLEM_REFERENCE = MODEL.variable(stringVariable("problemReference"));

	// The request for change it calls (request-for-change's in and out variables are mapped in the model)
	public static final ProcessVariable<String> CHANGE_DESCRIPTION = MODEL.variable(RequestForChangeCaller.CHANGE_DESCRIPTION);
	public static final ProcessVariable<String> CHANGE_REASON = MODEL.variable(RequestForChangeCaller.CHANGE_REASON);
	public static final ProcessVariable<String> CHANGE_BRIEF_DESCRIPTION = MODEL.variable(RequestForChangeCaller.CHANGE_BRIEF_DESCRIPTION);
	public static final ProcessVariable<String> CHANGE_ORIGINATOR = MODEL.variable(RequestForChangeCaller.CHANGE_ORIGINATOR);
	public static final ProcessVariable<RaisedAs> CHANGE_RAISED_AS = MODEL.variable(RequestForChangeCaller.CHANGE_RAISED_AS);
	public static final ProcessVariable<String> CHANGE_REFERENCE = MODEL.fromModel(RequestForChangeCaller.CHANGE_REFERENCE);
	public static final ProcessVariable<ChangeOutcome> CHANGE_OUTCOME = MODEL.fromModel(RequestForChangeCaller.CHANGE_OUTCOME);
	public static final ProcessVariable<Boolean> CHANGE_MADE = MODEL.variable(RequestForChangeCaller.CHANGE_MADE);

	// Closure
	public static final ProcessVariable<Boolean> CONFIRM_CLOSED = MODEL.variable(booleanVariable("confirmClosed"));

	// The decisions the Java code evaluates itself (IncidentTargets) and the outputs it reads: the priority as reported,
	// before the single point of contact categorises the incident, and the targets for a priority and a service
	public static final String DECISION_PRIORITY = MODEL.decision("incident-priority");
	public static final String PRIORITY_OUTPUT = MODEL.decisionOutput(DECISION_PRIORITY, "priority");
	public static final String DECISION_TARGETS = MODEL.decision("incident-targets");
	public static final String TARGETS_RESPONSE_TIME = MODEL.decisionOutput(DECISION_TARGETS, "responseTime");
	public static final String TARGETS_FIX_TIME = MODEL.decisionOutput(DECISION_TARGETS, "fixTime");
	public static final String TARGETS_PERMANENT_FIX_TIME = MODEL.decisionOutput(DECISION_TARGETS, "permanentFixTime");

	// The forms, with the fields the Java code reads from them
	public static final String FORM_REPORT = MODEL.form("incident-report", DESCRIPTION, SERVICE, LOCATION, IMPACT, URGENCY,
			KIND, ASSET_REFERENCE, REPORTED_FOR);
	public static final String FORM_CATEGORISE = MODEL.form("incident-categorise", SERVICE_ID, ASSET_REFERENCE, CATEGORY,
			IMPACT, URGENCY, REQUIREMENT_FUNCTION);
	public static final String FORM_RESPOND = MODEL.form("incident-respond", TAKEN_ON);
	public static final String FORM_RESTORE = MODEL.form("incident-restore", RESTORE_OUTCOME, WORKAROUND,
			PERMANENT_FIX_NEEDED, QUESTION_FOR_REPORTER);
	public static final String FORM_AWAIT_REPORTER = MODEL.form("incident-await-reporter", REPORTER_ANSWER);
	public static final String FORM_PASS_TO_SECOND_LEVEL = MODEL.form("incident-pass-to-second-level", PASSED_ON);
	public static final String FORM_FIX_PERMANENTLY = MODEL.form("incident-fix-permanently", RESOLUTION,
			SECOND_LEVEL_OUTCOME, CHANGE_DESCRIPTION, CHANGE_REASON);
	public static final String FORM_PROVIDER_REFERENCE = MODEL.form("incident-provider-reference", PROVIDER_REFERENCE);
	public static final String FORM_PROVIDER_FIX = MODEL.form("incident-provider-fix", RESOLUTION, SECOND_LEVEL_OUTCOME,
			CHANGE_DESCRIPTION, CHANGE_REASON);
	public static final String FORM_NEW_REQUIREMENT = MODEL.form("incident-new-requirement", RESOLUTION,
			only(SECOND_LEVEL_OUTCOME, SecondLevelOutcome.FIXED, SecondLevelOutcome.CHANGE_NEEDED), CHANGE_DESCRIPTION,
			CHANGE_REASON);
	public static final String FORM_CLOSE = MODEL.form("incident-close", CONFIRM_CLOSED);

	IncidentManagementProcess() {
		super(MODEL);
	}

	@Override
	public List<Column> tasklistColumns() {
		return List.of(new Column(INCIDENT_REFERENCE, LISTED_REFERENCE, "Reference"),
				new Column(PRIORITY_IN_WORDS, LISTED_PRIORITY, "Priority"), new Column(SERVICE_NAME, LISTED_SERVICE, "Service"),
				new Column(SERVICE, LISTED_SERVICE_AS_REPORTED, "Service as reported"),
				new Column(REPORTER_NAME, LISTED_BY, "Reported or raised by"));
	}
}

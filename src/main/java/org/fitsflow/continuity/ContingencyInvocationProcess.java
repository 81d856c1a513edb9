package org.fitsflow.continuity;

import static org.fitsflow.system.process.ProcessVariable.booleanVariable;
import static org.fitsflow.system.process.ProcessVariable.enumVariable;
import static org.fitsflow.system.process.ProcessVariable.jsonVariable;
import static org.fitsflow.system.process.ProcessVariable.stringVariable;

import org.fitsflow.system.process.ModelContract;
import org.fitsflow.system.process.ProcessVariable;
import org.springframework.stereotype.Component;

/**
 * The contract of {@code bpmn/contingency-invocation.bpmn}: the ids, messages, variables and forms the Java code and
 * the model share. Delegates, timers, services and tests name them only through these constants.
 */
@Component
public final class ContingencyInvocationProcess extends ModelContract {

	private static final Builder MODEL = define("contingency-invocation");

	public static final String KEY = MODEL.key();

	// Flow nodes
	public static final String START_PLAN_INVOKED = MODEL.element("StartEvent_PlanInvoked");
	public static final String TASK_RECORD_INVOCATION = MODEL.element("Task_RecordInvocation");
	public static final String START_OUTAGE_NOT_RESTORED = MODEL.element("StartEvent_OutageNotRestored");
	public static final String TASK_DECIDE_WHETHER_TO_INVOKE = MODEL.requiredElement("Task_DecideWhetherToInvoke");
	public static final String TASK_RECORD_DECISION = MODEL.element("Task_RecordDecision");
	public static final String END_NOT_INVOKED = MODEL.element("EndEvent_NotInvoked");
	public static final String TASK_TELL_RECOVERY_TEAM = MODEL.element("Task_TellRecoveryTeam");
	public static final String SUBPROCESS_RECOVER_SERVICE = MODEL.element("SubProcess_RecoverService");
	public static final String TASK_PREPARE_RECOVERY = MODEL.element("Task_PrepareRecovery");
	public static final String TASK_START_MANUAL_SYSTEM = MODEL.requiredElement("Task_StartManualSystem");
	public static final String TASK_RECORD_MANUAL_SYSTEM = MODEL.element("Task_RecordManualSystem");
	public static final String END_MANUAL_SYSTEM_IN_USE = MODEL.element("EndEvent_ManualSystemInUse");
	public static final String END_NO_MANUAL_SYSTEM = MODEL.element("EndEvent_NoManualSystem");
	public static final String TASK_CARRY_OUT_RECOVERY_PLAN = MODEL.requiredElement("Task_CarryOutRecoveryPlan");
	public static final String TASK_RECORD_RECOVERY = MODEL.element("Task_RecordRecovery");
	public static final String TASK_CONFIRM_SERVICE_RESTORED = MODEL.requiredElement("Task_ConfirmServiceRestored");
	public static final String TASK_RECORD_SERVICE_CHECK = MODEL.element("Task_RecordServiceCheck");
	public static final String END_SERVICE_RESTORED = MODEL.element("EndEvent_ServiceRestored");
	public static final String TIMER_PROGRESS_UPDATE_DUE = MODEL.element("Timer_ProgressUpdateDue");
	public static final String TASK_SEND_PROGRESS_UPDATE = MODEL.element("Task_SendProgressUpdate");
	public static final String END_PROGRESS_UPDATE_SENT = MODEL.element("EndEvent_ProgressUpdateSent");
	public static final String TASK_TELL_SERVICES_RESTORED = MODEL.element("Task_TellServicesRestored");
	public static final String TASK_REVIEW_INVOCATION = MODEL.requiredElement("Task_ReviewInvocation");
	public static final String TASK_RECORD_REVIEW = MODEL.element("Task_RecordReview");
	public static final String END_REVIEWED = MODEL.element("EndEvent_InvocationReviewed");

	// Messages
	/** An incident on a service of high importance is still not restored: the ICT owner is asked whether to invoke. */
	public static final String OUTAGE_NOT_RESTORED = MODEL.message("OutageNotRestored");

	// Invoked (the start form), or asked about (the message, with the incident and its record)
	public static final ProcessVariable<String> SCHOOL_ID = MODEL.variable(ModelContract.SCHOOL_ID);
	public static final ProcessVariable<String> AFFECTED_SERVICES = MODEL.variable(stringVariable("affectedServices"));
	public static final ProcessVariable<String> WHAT_HAPPENED = MODEL.variable(stringVariable("whatHappened"));
	public static final ProcessVariable<String> LOSS_STARTED_AT = MODEL.variable(stringVariable("lossStartedAt"));
	public static final ProcessVariable<String> INVOCATION_REFERENCE = MODEL.variable(
			stringVariable("invocationReference"));
	public static final ProcessVariable<String> INCIDENT_REFERENCE = MODEL.variable(stringVariable("incidentReference"));
	public static final ProcessVariable<InvocationDecision> DECISION = MODEL.variable(
			enumVariable("decision", InvocationDecision.class));
	public static final ProcessVariable<String> DECISION_REASON = MODEL.variable(stringVariable("decisionReason"));
	public static final ProcessVariable<Boolean> INVOKE = MODEL.variable(booleanVariable("invoke"));

	// Each affected service's recovery (local to its instance of SubProcess_RecoverService)
	/** The catalogue id of the service this instance recovers: the multi-instance element. */
	public static final ProcessVariable<String> AFFECTED_SERVICE = MODEL.fromModel(stringVariable("affectedService"));
	public static final ProcessVariable<String> SERVICE_NAME = MODEL.variable(stringVariable("serviceName"));
	public static final ProcessVariable<Boolean> MANUAL_SYSTEM_IN_PLAN = MODEL.variable(
			booleanVariable("manualSystemInPlan"));
	public static final ProcessVariable<String> MANUAL_SYSTEM_STEPS = MODEL.variable(stringVariable("manualSystemSteps"));
	/** The FITS function that starts the manual system (the ICT owner's, when the plan names one person). */
	public static final ProcessVariable<String> MANUAL_SYSTEM_FUNCTION = MODEL.variable(
			stringVariable("manualSystemFunction"));
	/** The person the plan names to start it, if it names one: the task's assignee. */
	public static final ProcessVariable<String> MANUAL_SYSTEM_PERSON = MODEL.variable(
			stringVariable("manualSystemPerson"));
	public static final ProcessVariable<String> RECOVERY_PLAN_REFERENCE = MODEL.variable(
			stringVariable("recoveryPlanReference"));
	/** When a step really happened, as the form gave it (empty: now). */
	public static final ProcessVariable<String> HAPPENED_AT = MODEL.variable(stringVariable("happenedAt"));
	public static final ProcessVariable<String> STEP_NOTES = MODEL.variable(stringVariable("stepNotes"));
	public static final ProcessVariable<Restoration> RESTORATION = MODEL.variable(
			enumVariable("restoration", Restoration.class));
	public static final ProcessVariable<Boolean> SERVICE_RESTORED = MODEL.variable(booleanVariable("serviceRestored"));

	// The review afterwards
	public static final ProcessVariable<String> REVIEW_NOTES = MODEL.variable(stringVariable("reviewNotes"));
	public static final ProcessVariable<Object> LESSONS = MODEL.variable(jsonVariable("lessons"));
	public static final ProcessVariable<Object> STEPS_TO_ADD = MODEL.variable(jsonVariable("stepsToAdd"));

	// The forms, with the fields the Java code reads from them
	public static final String FORM_INVOKE = MODEL.form("contingency-invocation-invoke", AFFECTED_SERVICES,
			WHAT_HAPPENED, LOSS_STARTED_AT);
	public static final String FORM_DECIDE = MODEL.form("contingency-invocation-decide", DECISION, DECISION_REASON,
			AFFECTED_SERVICES, WHAT_HAPPENED, LOSS_STARTED_AT);
	public static final String FORM_MANUAL_SYSTEM = MODEL.form("contingency-invocation-manual-system", HAPPENED_AT,
			STEP_NOTES);
	public static final String FORM_RECOVERY = MODEL.form("contingency-invocation-recovery", HAPPENED_AT, STEP_NOTES);
	public static final String FORM_CONFIRM_RESTORED = MODEL.form("contingency-invocation-confirm-restored",
			RESTORATION, HAPPENED_AT, STEP_NOTES);
	public static final String FORM_REVIEW = MODEL.form("contingency-invocation-review", REVIEW_NOTES, LESSONS,
			STEPS_TO_ADD);

	ContingencyInvocationProcess() {
		super(MODEL);
	}
}

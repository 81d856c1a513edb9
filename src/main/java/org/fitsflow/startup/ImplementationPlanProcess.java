package org.fitsflow.startup;

import static org.fitsflow.system.process.ProcessVariable.booleanVariable;
import static org.fitsflow.system.process.ProcessVariable.enumVariable;
import static org.fitsflow.system.process.ProcessVariable.stringVariable;

import org.fitsflow.system.process.ModelContract;
import org.fitsflow.system.process.ProcessVariable;
import org.springframework.stereotype.Component;

/**
 * The contract of {@code bpmn/implementation-plan.bpmn}, the ICT owner's checklist (003, section 4): its ids, the
 * dates the model's due dates read, and meeting 2's answer its gateway reads. The single point of contact's two tasks
 * agreed at meeting 2 are due on the dates agreed there; the support procedure is {@link SupportProcedureProcess}.
 */
@Component
public final class ImplementationPlanProcess extends ModelContract {

	private static final Builder MODEL = define("implementation-plan");

	public static final String KEY = MODEL.key();

	// Flow nodes
	public static final String START_IMPLEMENTATION = MODEL.element("StartEvent_ImplementationStarted");
	public static final String TASK_PLAN_AND_PREPARE = MODEL.requiredElement("Task_PlanAndPrepare");
	public static final String TASK_HOLD_MEETING_1 = MODEL.requiredElement("Task_HoldMeeting1");
	public static final String TASK_SCHEDULE_CATALOGUE_REVIEW = MODEL.element("Task_ScheduleCatalogueReview");
	public static final String TASK_PREPARE_FOR_MEETING_2 = MODEL.requiredElement("Task_PrepareForMeeting2");
	public static final String TASK_HOLD_MEETING_2 = MODEL.requiredElement("Task_HoldMeeting2");
	public static final String GATEWAY_SINGLE_POINT_OF_CONTACT_WORK = MODEL.element("Gateway_SinglePointOfContactWork");
	public static final String TASK_PUT_COMMUNICATIONS_IN_PLACE = MODEL.requiredElement("Task_PutCommunicationsInPlace");
	/** The support procedure (support-procedure.bpmn): written by the single point of contact, issued by the ICT owner. */
	public static final String CALL_SUPPORT_PROCEDURE = MODEL.requiredElement("CallActivity_SupportProcedure");
	public static final String GATEWAY_READY_TO_START = MODEL.element("Gateway_ReadyToStart");
	public static final String TASK_CONFIRM_START_DATE = MODEL.requiredElement("Task_ConfirmStartDate");
	public static final String TASK_START_SERVICE_REVIEWS = MODEL.element("Task_StartServiceReviews");
	public static final String END_STARTED = MODEL.element("EndEvent_PrimaryFitsStarted");

	// Plan and prepare; meeting 1 (dates are the form's datetime answers, which the model's due dates read)
	public static final ProcessVariable<String> GUIDANCE_READ_ON = MODEL.variable(stringVariable("guidanceReadOn"));
	public static final ProcessVariable<String> INTENTION_COMMUNICATED_ON = MODEL.variable(
			stringVariable("intentionCommunicatedOn"));
	public static final ProcessVariable<Boolean> FUNCTIONS_ASSIGNED = MODEL.variable(
			booleanVariable("functionsAssigned"));
	public static final ProcessVariable<String> FIRST_MEETING_ON = MODEL.variable(stringVariable("firstMeetingOn"));
	public static final ProcessVariable<String> INTRODUCED_ON = MODEL.variable(stringVariable("introducedOn"));
	public static final ProcessVariable<String> TOOLSETS_DISTRIBUTED_ON = MODEL.variable(
			stringVariable("toolsetsDistributedOn"));
	public static final ProcessVariable<String> START_DATE = MODEL.variable(stringVariable("startDate"));
	public static final ProcessVariable<String> SECOND_MEETING_ON = MODEL.variable(stringVariable("secondMeetingOn"));

	// Before and at meeting 2
	public static final ProcessVariable<String> OWN_TASKS_REVIEWED_ON = MODEL.variable(
			stringVariable("ownTasksReviewedOn"));
	public static final ProcessVariable<String> USERS_UPDATED_ON = MODEL.variable(stringVariable("usersUpdatedOn"));
	public static final ProcessVariable<String> UNDERSTANDING_CHECKED_ON = MODEL.variable(
			stringVariable("understandingCheckedOn"));
	public static final ProcessVariable<String> COMMUNICATIONS_DUE_ON = MODEL.variable(
			stringVariable("communicationsDueOn"));
	public static final ProcessVariable<String> SUPPORT_PROCEDURE_DUE_ON = MODEL.variable(
			stringVariable("supportProcedureDueOn"));
	public static final ProcessVariable<StartDateConfirmed> START_DATE_CONFIRMED = MODEL.variable(
			enumVariable("startDateConfirmed", StartDateConfirmed.class));
	public static final ProcessVariable<Boolean> START_DATE_AGREED = MODEL.variable(booleanVariable("startDateAgreed"));
	public static final ProcessVariable<String> NEXT_MEETING_ON = MODEL.variable(stringVariable("nextMeetingOn"));

	// The single point of contact's work agreed at meeting 2, then starting
	public static final ProcessVariable<String> COMMUNICATIONS_IN_PLACE_ON = MODEL.variable(
			stringVariable("communicationsInPlaceOn"));
	public static final ProcessVariable<String> START_CONFIRMED_ON = MODEL.variable(stringVariable("startConfirmedOn"));

	// The forms, with the fields the model and the Java code read from them
	public static final String FORM_PREPARE = MODEL.form("implementation-plan-prepare", FIRST_MEETING_ON,
			FUNCTIONS_ASSIGNED);
	public static final String FORM_MEETING_1 = MODEL.form("implementation-plan-meeting-1", START_DATE, SECOND_MEETING_ON);
	public static final String FORM_MEETING_2 = MODEL.form("implementation-plan-meeting-2", START_DATE_CONFIRMED,
			START_DATE, COMMUNICATIONS_DUE_ON, SUPPORT_PROCEDURE_DUE_ON);
	public static final String FORM_COMMUNICATIONS = MODEL.form("implementation-plan-communications",
			COMMUNICATIONS_IN_PLACE_ON);

	ImplementationPlanProcess() {
		super(MODEL);
	}
}

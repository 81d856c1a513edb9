package org.fitsflow.servicelevel;

import static org.fitsflow.system.process.ProcessVariable.booleanVariable;
import static org.fitsflow.system.process.ProcessVariable.stringVariable;

import org.fitsflow.system.process.ModelContract;
import org.fitsflow.system.process.ProcessVariable;
import org.springframework.stereotype.Component;

/**
 * The contract of {@code bpmn/review-action.bpmn}: one action a review recorded (what, who, by when), carried out as
 * a Tasklist task for the function or the person named, with a reminder when it is overdue.
 */
@Component
public final class ReviewActionProcess extends ModelContract {

	private static final Builder MODEL = define("review-action");

	public static final String KEY = MODEL.key();

	// Flow nodes
	public static final String START_ACTION_ISSUED = MODEL.element("StartEvent_ActionIssued");
	public static final String SUBPROCESS_CARRY_OUT = MODEL.element("SubProcess_CarryOutAction");
	public static final String GATEWAY_ACTION_FOR_PERSON = MODEL.element("Gateway_ActionForPerson");
	public static final String TASK_CARRY_OUT_PERSONAL_ACTION = MODEL.requiredElement("Task_CarryOutPersonalAction");
	public static final String TASK_CARRY_OUT_FUNCTION_ACTION = MODEL.requiredElement("Task_CarryOutFunctionAction");
	public static final String TIMER_ACTION_OVERDUE = MODEL.element("Timer_ActionOverdue");
	public static final String TASK_REMIND_ACTION_OVERDUE = MODEL.element("Task_RemindActionOverdue");
	public static final String END_REMINDED = MODEL.element("EndEvent_Reminded");
	public static final String TASK_RECORD_ACTION_DONE = MODEL.element("Task_RecordActionDone");
	public static final String END_ACTION_DONE = MODEL.element("EndEvent_ActionDone");

	// Issued by the review that recorded it
	public static final ProcessVariable<String> SCHOOL_ID = MODEL.variable(ModelContract.SCHOOL_ID);
	public static final ProcessVariable<String> ACTION_REFERENCE = MODEL.variable(stringVariable("actionReference"));
	public static final ProcessVariable<String> ACTION_DESCRIPTION = MODEL.variable(stringVariable("actionDescription"));
	public static final ProcessVariable<String> RAISED_IN = MODEL.variable(stringVariable("raisedIn"));
	/** The function's group id, when the action is a function's. */
	public static final ProcessVariable<String> ACTION_FUNCTION = MODEL.variable(stringVariable("actionFunction"));
	/** The person's user id, when the action is one person's. */
	public static final ProcessVariable<String> ACTION_PERSON = MODEL.variable(stringVariable("actionPerson"));
	public static final ProcessVariable<Boolean> ACTION_FOR_PERSON = MODEL.variable(booleanVariable("actionForPerson"));
	/** By when (ISO date): the task's due date; overdue from the next day. */
	public static final ProcessVariable<String> ACTION_DUE = MODEL.variable(stringVariable("actionDue"));

	// Carried out
	public static final ProcessVariable<String> ACTION_OUTCOME = MODEL.variable(stringVariable("actionOutcome"));

	public static final String FORM_CARRY_OUT = MODEL.form("review-action-carry-out", ACTION_OUTCOME);

	ReviewActionProcess() {
		super(MODEL);
	}
}

package org.fitsflow.change;

import static org.fitsflow.system.process.ModelContract.Builder.only;
import static org.fitsflow.system.process.ProcessVariable.booleanVariable;
import static org.fitsflow.system.process.ProcessVariable.dateVariable;
import static org.fitsflow.system.process.ProcessVariable.enumVariable;
import static org.fitsflow.system.process.ProcessVariable.moneyVariable;
import static org.fitsflow.system.process.ProcessVariable.jsonVariable;
import static org.fitsflow.system.process.ProcessVariable.stringVariable;

import java.math.BigDecimal;
import java.util.Date;
import java.util.List;

import org.fitsflow.finance.ExpenditureCategory;
import org.fitsflow.school.TasklistColumns;
import org.fitsflow.system.process.ModelContract;
import org.fitsflow.system.process.ProcessVariable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The contract of {@code bpmn/request-for-change.bpmn}: the ids, variables and forms the Java code and the model share,
 * including the contract of a caller (an incident or problem) that raises a request through a call activity.
 */
@Component
@Order(3)
public final class RequestForChangeProcess extends ModelContract implements TasklistColumns {

	private static final Builder MODEL = define("request-for-change");

	public static final String KEY = MODEL.key();

	// Flow nodes
	public static final String START_REQUESTED = MODEL.element("StartEvent_ChangeRequested");
	public static final String TASK_OPEN_REQUEST = MODEL.element("Task_OpenRequest");
	public static final String TASK_COMPLETE_STEP_1 = MODEL.requiredElement("Task_CompleteStep1");
	public static final String TASK_SUBMIT_STEP_1 = MODEL.element("Task_SubmitStep1");
	public static final String TASK_APPROVE_PROCEEDING = MODEL.requiredElement("Task_ApproveProceeding");
	/** The ICT owner is reminded by e-mail when the decision to proceed has waited two school days. */
	public static final String TIMER_PROCEED_DECISION_DUE = MODEL.element("Timer_ProceedDecisionDue");
	public static final String TASK_REMIND_ICT_OWNER = MODEL.element("Task_RemindIctOwner");
	public static final String END_ICT_OWNER_REMINDED = MODEL.element("EndEvent_IctOwnerReminded");
	public static final String TASK_RECORD_PROCEED_DECISION = MODEL.element("Task_RecordProceedDecision");
	public static final String END_REJECTED_TO_PROCEED = MODEL.element("EndEvent_RejectedToProceed");
	public static final String TASK_COMPLETE_STEP_2 = MODEL.requiredElement("Task_CompleteStep2");
	public static final String TASK_SUBMIT_STEP_2 = MODEL.element("Task_SubmitStep2");
	public static final String TASK_TELL_ICT_USERS = MODEL.element("Task_TellIctUsers");
	public static final String TASK_DISCUSS_WITH_USERS = MODEL.requiredElement("Task_DiscussWithUsers");
	public static final String TASK_RECORD_DISCUSSION = MODEL.element("Task_RecordDiscussion");
	public static final String TASK_APPROVE_IMPLEMENTATION = MODEL.requiredElement("Task_ApproveImplementation");
	public static final String TASK_RECORD_IMPLEMENT_DECISION = MODEL.element("Task_RecordImplementDecision");
	public static final String END_REJECTED_TO_IMPLEMENT = MODEL.element("EndEvent_RejectedToImplement");
	public static final String TASK_ORDER_ITEMS = MODEL.requiredElement("Task_OrderItems");
	public static final String TASK_RECORD_ORDER = MODEL.element("Task_RecordOrder");
	public static final String TASK_RECEIVE_DELIVERY = MODEL.requiredElement("Task_ReceiveDelivery");
	public static final String TASK_RECORD_DELIVERY = MODEL.element("Task_RecordDelivery");
	public static final String TIMER_REMINDER_DUE = MODEL.element("Timer_ReminderDue");
	public static final String TASK_REMIND_IMPLEMENTER = MODEL.element("Task_RemindImplementer");
	public static final String TIMER_CHANGE_DATE_REACHED = MODEL.element("Timer_ChangeDateReached");
	public static final String TASK_RECORD_OUTCOME = MODEL.requiredElement("Task_RecordOutcome");
	public static final String TASK_SUBMIT_OUTCOME = MODEL.element("Task_SubmitOutcome");
	public static final String END_FALLBACK_CARRIED_OUT = MODEL.element("EndEvent_FallbackCarriedOut");
	public static final String TASK_UPDATE_CONFIGURATION_RECORDS = MODEL.requiredElement("Task_UpdateConfigurationRecords");
	public static final String TASK_RECORD_CONFIGURATION_UPDATE = MODEL.element("Task_RecordConfigurationUpdate");
	public static final String END_CHANGE_COMPLETED = MODEL.element("EndEvent_ChangeCompleted");

	// What a caller (an incident, a problem) passes in, and reads back at the end
	public static final ProcessVariable<String> RAISED_FROM = MODEL.fromModel(stringVariable("raisedFrom"));
	public static final ProcessVariable<String> BRIEF_DESCRIPTION = MODEL.fromModel(stringVariable("briefDescription"));
	public static final ProcessVariable<String> REASON = MODEL.fromModel(stringVariable("reason"));
	public static final ProcessVariable<String> ORIGINATOR = MODEL.fromModel(stringVariable("originator"));
	/** The function the request is raised as (a caller may give it; the originator confirms it at step 1). */
	public static final ProcessVariable<RaisedAs> RAISED_AS = MODEL.variable(enumVariable("raisedAs", RaisedAs.class));
	public static final ProcessVariable<String> CHANGE_REFERENCE = MODEL.variable(stringVariable("changeReference"));
	public static final ProcessVariable<ChangeOutcome> CHANGE_OUTCOME = MODEL.variable(
			enumVariable("changeOutcome", ChangeOutcome.class));

	// Step 1 (started in Tasklist, the starter is the originator)
	public static final ProcessVariable<String> STARTER = MODEL.fromModel(stringVariable("starter"));
	public static final ProcessVariable<String> ORIGINATOR_NAME = MODEL.variable(stringVariable("originatorName"));
	// Tasklist's rows: copies on each task (see TasklistColumns), the same columns as an incident's
	public static final ProcessVariable<String> LISTED_REFERENCE = MODEL.variable(stringVariable("listedReference"));
	public static final ProcessVariable<String> LISTED_BY = MODEL.variable(stringVariable("listedBy"));
	public static final ProcessVariable<String> UNIQUE_IDENTIFIERS = MODEL.variable(
			stringVariable("uniqueIdentifiers"));
	public static final ProcessVariable<String> ITEM_NAMES = MODEL.variable(stringVariable("itemNames"));
	/** The items of the school's configuration register the change concerns: asset references picked in a taglist. */
	public static final ProcessVariable<Object> REGISTER_ITEMS = MODEL.variable(jsonVariable("registerItems"));
	public static final ProcessVariable<BigDecimal> COST = MODEL.variable(moneyVariable("cost"));
	public static final ProcessVariable<ExpenditureCategory> COST_CATEGORY = MODEL.variable(
			enumVariable("costCategory", ExpenditureCategory.class));
	public static final ProcessVariable<String> COST_AGAINST_BUDGET = MODEL.variable(
			stringVariable("costAgainstBudget"));
	/** Step 1's cost includes items to buy: provision orders them after approval to implement. */
	public static final ProcessVariable<Boolean> PURCHASE_NEEDED = MODEL.variable(booleanVariable("purchaseNeeded"));
	/** The FITS function that completes step 2 (Task_CompleteStep2's candidate group). */
	public static final ProcessVariable<RaisedAs> STEP_2_FUNCTION = MODEL.variable(
			enumVariable("step2Function", RaisedAs.class));

	/** Every ICT owner approval answers in these two, whether in Tasklist or through an e-mailed link. */
	public static final ProcessVariable<Decision> APPROVAL = MODEL.variable(enumVariable("approval", Decision.class));
	public static final ProcessVariable<String> APPROVAL_COMMENT = MODEL.variable(stringVariable("approvalComment"));
	public static final ProcessVariable<Boolean> PROCEED_APPROVED = MODEL.variable(booleanVariable("proceedApproved"));

	// Step 2, discussed with ICT users
	public static final ProcessVariable<String> FULL_DETAILS = MODEL.variable(stringVariable("fullDetails"));
	public static final ProcessVariable<String> IMPACT_ON_SERVICES = MODEL.variable(stringVariable("impactOnServices"));
	public static final ProcessVariable<String> IMPACT_OF_FAILURE = MODEL.variable(stringVariable("impactOfFailure"));
	public static final ProcessVariable<String> FALLBACK_PLAN = MODEL.variable(stringVariable("fallbackPlan"));
	public static final ProcessVariable<String> CHANGE_DATE_TIME = MODEL.variable(stringVariable("changeDateTime"));
	public static final ProcessVariable<String> IMPLEMENTER = MODEL.variable(stringVariable("implementer"));
	public static final ProcessVariable<Date> CHANGE_DUE = MODEL.variable(dateVariable("changeDue"));
	public static final ProcessVariable<String> CHANGE_WHEN = MODEL.variable(stringVariable("changeWhen"));
	public static final ProcessVariable<UsersAgreement> USERS_AGREE = MODEL.variable(
			enumVariable("usersAgree", UsersAgreement.class));
	public static final ProcessVariable<String> USERS_FEEDBACK = MODEL.variable(stringVariable("usersFeedback"));
	public static final ProcessVariable<Boolean> SCHEDULE_AGREED = MODEL.variable(booleanVariable("scheduleAgreed"));
	public static final ProcessVariable<Boolean> IMPLEMENT_APPROVED = MODEL.variable(
			booleanVariable("implementApproved"));

	// Provision: the order and the delivery (dates are the forms' date answers)
	public static final ProcessVariable<String> SUPPLIER = MODEL.variable(stringVariable("supplier"));
	public static final ProcessVariable<String> ORDER_REFERENCE = MODEL.variable(stringVariable("orderReference"));
	public static final ProcessVariable<String> ORDERED_ON = MODEL.variable(stringVariable("orderedOn"));
	public static final ProcessVariable<String> EXPECTED_DELIVERY_ON = MODEL.variable(
			stringVariable("expectedDeliveryOn"));
	public static final ProcessVariable<String> DELIVERED_ON = MODEL.variable(stringVariable("deliveredOn"));
	public static final ProcessVariable<String> DELIVERY_NOTES = MODEL.variable(stringVariable("deliveryNotes"));

	// Step 3 and the configuration records
	public static final ProcessVariable<ChangeOutcome> OUTCOME = MODEL.variable(
			enumVariable("outcome", ChangeOutcome.class));
	public static final ProcessVariable<String> OUTCOME_NOTES = MODEL.variable(stringVariable("outcomeNotes"));
	public static final ProcessVariable<Boolean> FALLBACK_CARRIED_OUT = MODEL.variable(
			booleanVariable("fallbackCarriedOut"));
	public static final ProcessVariable<FollowUp> FOLLOW_UP = MODEL.variable(enumVariable("followUp", FollowUp.class));
	public static final ProcessVariable<String> FOLLOW_UP_NOTES = MODEL.variable(stringVariable("followUpNotes"));
	public static final ProcessVariable<BigDecimal> ACTUAL_COST = MODEL.variable(moneyVariable("actualCost"));
	public static final ProcessVariable<Boolean> CONFIGURATION_CHANGED = MODEL.variable(
			booleanVariable("configurationChanged"));
	public static final ProcessVariable<String> CONFIGURATION_NOTES = MODEL.variable(
			stringVariable("configurationNotes"));
	/** The items the change installed (a dynamic list): recorded in the register as new installations. */
	public static final ProcessVariable<Object> NEW_ITEMS = MODEL.variable(jsonVariable("newItems"));

	// The forms, with the fields the Java code reads from them
	public static final String FORM_STEP_1 = MODEL.form("request-for-change-step-1", UNIQUE_IDENTIFIERS, ITEM_NAMES,
			REGISTER_ITEMS,
			BRIEF_DESCRIPTION, REASON, COST, COST_CATEGORY, RAISED_AS, PURCHASE_NEEDED);
	public static final String FORM_APPROVE_PROCEEDING = MODEL.form("request-for-change-approve-proceeding", APPROVAL,
			APPROVAL_COMMENT);
	public static final String FORM_STEP_2 = MODEL.form("request-for-change-step-2", FULL_DETAILS, IMPACT_ON_SERVICES,
			IMPACT_OF_FAILURE, FALLBACK_PLAN, CHANGE_DATE_TIME, IMPLEMENTER);
	public static final String FORM_DISCUSS_WITH_USERS = MODEL.form("request-for-change-discuss-with-users", USERS_AGREE,
			USERS_FEEDBACK);
	public static final String FORM_APPROVE_IMPLEMENTATION = MODEL.form("request-for-change-approve-implementation",
			APPROVAL, APPROVAL_COMMENT);
	public static final String FORM_ORDER = MODEL.form("request-for-change-order", SUPPLIER, ORDER_REFERENCE, ORDERED_ON,
			EXPECTED_DELIVERY_ON);
	public static final String FORM_DELIVERY = MODEL.form("request-for-change-delivery", DELIVERED_ON, DELIVERY_NOTES);
	public static final String FORM_STEP_3 = MODEL.form("request-for-change-step-3",
			only(OUTCOME, ChangeOutcome.SUCCESSFUL, ChangeOutcome.UNSUCCESSFUL, ChangeOutcome.PARTIALLY_SUCCESSFUL),
			OUTCOME_NOTES, FALLBACK_CARRIED_OUT, FOLLOW_UP, FOLLOW_UP_NOTES, ACTUAL_COST);
	public static final String FORM_UPDATE_CONFIGURATION = MODEL.form("request-for-change-update-configuration",
			CONFIGURATION_NOTES, NEW_ITEMS);

	RequestForChangeProcess() {
		super(MODEL);
	}

	@Override
	public List<Column> tasklistColumns() {
		return List.of(new Column(CHANGE_REFERENCE, LISTED_REFERENCE, "Reference"),
				new Column(ORIGINATOR_NAME, LISTED_BY, "Reported or raised by"));
	}
}

package org.fitsflow.continuity;

import static org.fitsflow.system.process.ProcessVariable.enumVariable;
import static org.fitsflow.system.process.ProcessVariable.integerVariable;
import static org.fitsflow.system.process.ProcessVariable.jsonVariable;
import static org.fitsflow.system.process.ProcessVariable.stringVariable;

import org.fitsflow.system.process.ModelContract;
import org.fitsflow.system.process.ProcessVariable;
import org.springframework.stereotype.Component;

/**
 * The contract of {@code bpmn/contingency-plan-review.bpmn}: the ids, variables and forms the Java code and the model
 * share. The school's review schedule starts it each year with {@link #REVIEW_DUE}, the school's date for it.
 */
@Component
public final class ContingencyPlanReviewProcess extends ModelContract {

	private static final Builder MODEL = define("contingency-plan-review");

	public static final String KEY = MODEL.key();

	// Flow nodes
	public static final String START_PLAN_REVIEW_DUE = MODEL.element("StartEvent_PlanReviewDue");
	public static final String TASK_OPEN_DRAFT = MODEL.element("Task_OpenDraft");
	public static final String SUBPROCESS_REVIEW_PLAN = MODEL.element("SubProcess_ReviewPlan");
	public static final String TASK_UPDATE_PLAN = MODEL.requiredElement("Task_UpdatePlan");
	public static final String TASK_RECORD_PLAN = MODEL.element("Task_RecordPlan");
	public static final String TASK_REVIEW_RECOVERY_PLAN = MODEL.requiredElement("Task_ReviewRecoveryPlan");
	public static final String TASK_RECORD_RECOVERY_PLAN = MODEL.element("Task_RecordRecoveryPlan");
	public static final String TIMER_REMINDER_DUE = MODEL.element("Timer_ReminderDue");
	public static final String TASK_REMIND_HOLDERS = MODEL.element("Task_RemindHolders");
	public static final String END_HOLDERS_REMINDED = MODEL.element("EndEvent_HoldersReminded");
	public static final String TIMER_REVIEW_OVERDUE = MODEL.element("Timer_ReviewOverdue");
	public static final String TASK_REPORT_OVERDUE = MODEL.element("Task_ReportOverdue");
	public static final String END_OVERDUE_REPORTED = MODEL.element("EndEvent_OverdueReported");
	public static final String TASK_ISSUE_PLAN = MODEL.element("Task_IssuePlan");
	public static final String TASK_CONFIRM_OFFSITE_COPY = MODEL.requiredElement("Task_ConfirmOffsiteCopy");
	public static final String TIMER_OFFSITE_COPY_NOT_CONFIRMED = MODEL.element("Timer_OffsiteCopyNotConfirmed");
	public static final String TASK_REMIND_OFFSITE_COPY = MODEL.element("Task_RemindOffsiteCopy");
	public static final String END_OFFSITE_COPY_REMINDED = MODEL.element("EndEvent_OffsiteCopyReminded");
	public static final String TASK_RECORD_OFFSITE_COPY = MODEL.element("Task_RecordOffsiteCopy");
	public static final String TASK_FILE_ORIGINAL = MODEL.requiredElement("Task_FileOriginal");
	public static final String TASK_RECORD_FILING = MODEL.element("Task_RecordFiling");
	public static final String END_PLAN_FILED = MODEL.element("EndEvent_PlanFiled");

	// Started by the school's review schedule
	public static final ProcessVariable<String> SCHOOL_ID = MODEL.variable(ModelContract.SCHOOL_ID);
	/** The school's date for the review (ISO date): the tasks' due date; reminders count from it. */
	public static final ProcessVariable<String> REVIEW_DUE = MODEL.variable(stringVariable("reviewDue"));
	public static final ProcessVariable<Integer> PLAN_VERSION = MODEL.variable(integerVariable("planVersion"));

	// The ICT owner's plan (the lists are rows of named values, prefilled from the plan in force)
	public static final ProcessVariable<String> PROGRESS_CONTACT = MODEL.variable(stringVariable("progressContact"));
	/** How often staff get progress updates during an invocation (ISO duration: PT2H). */
	public static final ProcessVariable<String> UPDATE_INTERVAL = MODEL.variable(stringVariable("updateInterval"));
	public static final ProcessVariable<Object> CONTACTS = MODEL.variable(jsonVariable("contacts"));
	/** A column of the contacts: key staff or supplier. */
	public static final ProcessVariable<ContactKind> KIND = MODEL.variable(enumVariable("kind", ContactKind.class));
	public static final ProcessVariable<Object> MANUAL_SYSTEMS = MODEL.variable(jsonVariable("manualSystems"));
	public static final ProcessVariable<Object> COMMUNICATIONS = MODEL.variable(jsonVariable("communications"));
	/** Who kept the plan (completed the ICT owner's task): recorded as its issuer. */
	public static final ProcessVariable<String> KEPT_BY = MODEL.variable(stringVariable("keptBy"));

	// Maintenance's disaster-recovery plan
	public static final ProcessVariable<String> RECOVERY_PLAN_REFERENCE = MODEL.variable(
			stringVariable("recoveryPlanReference"));
	public static final ProcessVariable<String> RECOVERY_PLAN_LOCATION = MODEL.variable(
			stringVariable("recoveryPlanLocation"));

	// After issue: the off-site copy and the original
	public static final ProcessVariable<String> OFFSITE_COPY_WHERE = MODEL.variable(stringVariable("offsiteCopyWhere"));
	public static final ProcessVariable<String> FILED_WHERE = MODEL.variable(stringVariable("filedWhere"));

	// The forms, with the fields the Java code reads from them
	public static final String FORM_UPDATE_PLAN = MODEL.form("contingency-plan-review-update", PROGRESS_CONTACT,
			UPDATE_INTERVAL, CONTACTS, KIND, MANUAL_SYSTEMS, COMMUNICATIONS);
	public static final String FORM_RECOVERY_PLAN = MODEL.form("contingency-plan-review-recovery-plan",
			RECOVERY_PLAN_REFERENCE, RECOVERY_PLAN_LOCATION);
	public static final String FORM_OFFSITE_COPY = MODEL.form("contingency-plan-review-offsite-copy", OFFSITE_COPY_WHERE);
	public static final String FORM_FILE_ORIGINAL = MODEL.form("contingency-plan-review-file-original", FILED_WHERE);

	ContingencyPlanReviewProcess() {
		super(MODEL);
	}
}

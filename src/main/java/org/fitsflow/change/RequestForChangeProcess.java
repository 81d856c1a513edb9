package org.fitsflow.change;

/** The request-for-change model's key, element ids and variables, shared by delegates and tests. */
public final class RequestForChangeProcess {

	public static final String KEY = "request-for-change";

	// Variables a caller (incident, problem) passes in, and reads back at the end.
	public static final String RAISED_FROM = "raisedFrom";
	public static final String BRIEF_DESCRIPTION = "briefDescription";
	public static final String REASON = "reason";
	public static final String ORIGINATOR = "originator";
	public static final String CHANGE_REFERENCE = "changeReference";
	public static final String CHANGE_OUTCOME = "changeOutcome";

	// Variables of the process itself.
	public static final String STARTER = "starter";
	public static final String IMPLEMENTER = "implementer";
	public static final String CHANGE_DUE = "changeDue";
	public static final String COST_AGAINST_BUDGET = "costAgainstBudget";
	/** Every ICT owner approval answers in these two, whether in Tasklist or through an e-mailed link. */
	public static final String APPROVAL = "approval";
	public static final String APPROVAL_COMMENT = "approvalComment";
	public static final String PROCEED_APPROVED = "proceedApproved";
	public static final String IMPLEMENT_APPROVED = "implementApproved";
	public static final String USERS_AGREE = "usersAgree";
	public static final String SCHEDULE_AGREED = "scheduleAgreed";

	public static final String TASK_APPROVE_PROCEEDING = "Task_ApproveProceeding";
	public static final String TASK_APPROVE_IMPLEMENTATION = "Task_ApproveImplementation";

	private RequestForChangeProcess() {
	}
}

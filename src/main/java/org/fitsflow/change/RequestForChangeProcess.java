package org.fitsflow.change;

import java.util.Map;
import java.util.Set;

import org.fitsflow.system.process.ProcessContract;
import org.springframework.stereotype.Component;

/**
 * The request-for-change model's key, element ids and variables, shared by delegates and tests; as a
 * {@link ProcessContract}, a deployment that breaks them is refused.
 */
@Component
public final class RequestForChangeProcess implements ProcessContract {

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

	RequestForChangeProcess() {
	}

	@Override
	public String processKey() {
		return KEY;
	}

	@Override
	public Set<String> elementIds() {
		return Set.of("Task_CompleteStep1", TASK_APPROVE_PROCEEDING, "Task_CompleteStep2", "Task_DiscussWithUsers",
				TASK_APPROVE_IMPLEMENTATION, "Task_RecordOutcome", "Task_UpdateConfigurationRecords");
	}

	@Override
	public Set<String> messageNames() {
		return Set.of();
	}

	@Override
	public Set<String> variableNames() {
		// set by the starter (initiator) or by the incident or problem that calls the request
		return Set.of(STARTER, RAISED_FROM, BRIEF_DESCRIPTION, REASON, ORIGINATOR);
	}

	@Override
	public Map<String, Set<String>> formFields() {
		Set<String> approval = Set.of(APPROVAL, APPROVAL_COMMENT);
		return Map.of(
				"request-for-change-step-1", Set.of("uniqueIdentifiers", "itemNames", BRIEF_DESCRIPTION, REASON, "cost",
						"costCategory"),
				"request-for-change-approve-proceeding", approval,
				"request-for-change-step-2", Set.of("fullDetails", "impactOnServices", "impactOfFailure", "fallbackPlan",
						"changeDateTime", IMPLEMENTER),
				"request-for-change-discuss-with-users", Set.of(USERS_AGREE, "usersFeedback"),
				"request-for-change-approve-implementation", approval,
				"request-for-change-step-3", Set.of("outcome", "outcomeNotes", "fallbackCarriedOut", "followUp",
						"followUpNotes", "actualCost"),
				"request-for-change-update-configuration", Set.of("configurationNotes"));
	}
}

package org.fitsflow.change;

/**
 * Where a request for change stands in its three steps; a change that buys items waits for provision to order them
 * and for their delivery before it is scheduled.
 */
public enum ChangeStatus {
	STEP_1, AWAITING_APPROVAL_TO_PROCEED, REJECTED_TO_PROCEED, STEP_2, DISCUSSING_WITH_USERS,
	AWAITING_APPROVAL_TO_IMPLEMENT, REJECTED_TO_IMPLEMENT, ORDERING, AWAITING_DELIVERY, SCHEDULED, OUTCOME_RECORDED, CLOSED
}

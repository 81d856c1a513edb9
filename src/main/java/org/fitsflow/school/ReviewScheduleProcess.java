package org.fitsflow.school;

import static org.fitsflow.system.process.ProcessVariable.stringVariable;

import org.fitsflow.system.process.ModelContract;
import org.fitsflow.system.process.ProcessVariable;
import org.springframework.stereotype.Component;

/**
 * The contract of {@code bpmn/review-schedule.bpmn}: one long-running instance per school and kind of review, in the
 * school's tenant, that waits for the school's date, calls the review model and waits for the next. What a review
 * model receives from it is {@link #REVIEW_DUE}.
 */
@Component
public final class ReviewScheduleProcess extends ModelContract {

	private static final Builder MODEL = define("review-schedule");

	public static final String KEY = MODEL.key();

	// Flow nodes
	public static final String START_SCHEDULED = MODEL.element("StartEvent_ScheduleStarted");
	public static final String GATEWAY_WAIT_FOR_REVIEW = MODEL.element("Gateway_WaitForReview");
	public static final String TIMER_REVIEW_DUE = MODEL.element("Timer_ReviewDue");
	public static final String MESSAGE_DATE_CHANGED = MODEL.element("Message_ReviewDateChanged");
	public static final String TASK_START_REVIEW = MODEL.element("Task_StartReview");
	public static final String CALL_REVIEW = MODEL.requiredElement("CallActivity_Review");
	public static final String TIMER_NEXT_REVIEW_DUE = MODEL.element("Timer_NextReviewDue");
	public static final String TASK_REPORT_REVIEW_STILL_OPEN = MODEL.element("Task_ReportReviewStillOpen");
	public static final String END_STILL_OPEN_REPORTED = MODEL.element("EndEvent_StillOpenReported");

	// Messages
	/** The school's date for the next review changed while the schedule waits: the timer is set again. */
	public static final String REVIEW_DATE_CHANGED = MODEL.message("ReviewDateChanged");

	// Variables
	public static final ProcessVariable<String> SCHOOL_ID = MODEL.variable(ModelContract.SCHOOL_ID);
	/** The process key of the review model the schedule calls (its rhythm's key). */
	public static final ProcessVariable<String> REVIEW_KEY = MODEL.variable(stringVariable("reviewKey"));
	/** The date the review being started falls due (ISO date, such as 2027-02-04), passed to the review model. */
	public static final ProcessVariable<String> REVIEW_DUE = MODEL.variable(stringVariable("reviewDue"));

	ReviewScheduleProcess() {
		super(MODEL);
	}
}

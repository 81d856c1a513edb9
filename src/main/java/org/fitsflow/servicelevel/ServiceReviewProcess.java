package org.fitsflow.servicelevel;

import static org.fitsflow.system.process.ProcessVariable.enumVariable;
import static org.fitsflow.system.process.ProcessVariable.jsonVariable;
import static org.fitsflow.system.process.ProcessVariable.moneyVariable;
import static org.fitsflow.system.process.ProcessVariable.stringVariable;

import java.math.BigDecimal;

import org.fitsflow.school.ReviewScheduleProcess;
import org.fitsflow.system.process.ModelContract;
import org.fitsflow.system.process.ProcessVariable;
import org.springframework.stereotype.Component;

/**
 * The contract of {@code bpmn/service-review.bpmn}, the monthly service review (001 task 6; 003 section 4, "Review"):
 * started by the school's review schedule before each meeting, it asks ICT users for feedback, has maintenance record
 * the disk space, builds the service report for the single point of contact to prepare and the ICT owner to review,
 * records the meeting's minutes and actions, and issues the minutes.
 */
@Component
public final class ServiceReviewProcess extends ModelContract {

	private static final Builder MODEL = define("service-review");

	public static final String KEY = MODEL.key();

	// Flow nodes
	public static final String START_REVIEW_DUE = MODEL.element("StartEvent_ReviewDue");
	public static final String TASK_OPEN_REVIEW = MODEL.element("Task_OpenReview");
	public static final String SUBPROCESS_PREPARE_AND_MEET = MODEL.element("SubProcess_PrepareAndMeet");
	public static final String TASK_MEASURE_DISK_SPACE = MODEL.requiredElement("Task_MeasureDiskSpace");
	public static final String TASK_RECORD_DISK_SPACE = MODEL.element("Task_RecordDiskSpace");
	public static final String SUBPROCESS_ASK_FOR_FEEDBACK = MODEL.element("SubProcess_AskForFeedback");
	public static final String TASK_GIVE_FEEDBACK = MODEL.requiredElement("Task_GiveFeedback");
	public static final String TASK_RECORD_FEEDBACK = MODEL.element("Task_RecordFeedback");
	public static final String TIMER_FEEDBACK_CLOSES = MODEL.element("Timer_FeedbackCloses");
	public static final String TASK_BUILD_REPORT = MODEL.element("Task_BuildReport");
	public static final String TASK_PREPARE_REPORT = MODEL.requiredElement("Task_PrepareReport");
	public static final String TASK_RECORD_REPORT_NOTES = MODEL.element("Task_RecordReportNotes");
	public static final String TASK_PUBLISH_REPORT = MODEL.element("Task_PublishReport");
	public static final String TASK_REVIEW_REPORT = MODEL.requiredElement("Task_ReviewReport");
	public static final String TASK_RECORD_REPORT_REVIEW = MODEL.element("Task_RecordReportReview");
	public static final String TASK_HOLD_MEETING = MODEL.requiredElement("Task_HoldMeeting");
	public static final String TASK_RECORD_MINUTES = MODEL.element("Task_RecordMinutes");
	public static final String TASK_ISSUE_MINUTES = MODEL.element("Task_IssueMinutes");
	public static final String END_REVIEW_HELD = MODEL.element("EndEvent_ReviewHeld");
	public static final String TIMER_REMINDER_DUE = MODEL.element("Timer_ReminderDue");
	public static final String TASK_REMIND_HOLDERS = MODEL.element("Task_RemindHolders");
	public static final String END_HOLDERS_REMINDED = MODEL.element("EndEvent_HoldersReminded");
	public static final String TIMER_MEETING_OVERDUE = MODEL.element("Timer_MeetingOverdue");
	public static final String TASK_REPORT_MEETING_OVERDUE = MODEL.element("Task_ReportMeetingOverdue");
	public static final String END_OVERDUE_REPORTED = MODEL.element("EndEvent_OverdueReported");

	// From the schedule: the meeting's date. Its call activity names the review by a variable, which the deployment
	// check cannot follow, so this is held by the tests (ModelContractsTest, ReviewSchedulesTest), not the check.
	public static final ProcessVariable<String> REVIEW_DUE = MODEL.variable(ReviewScheduleProcess.REVIEW_DUE);

	// Opened
	public static final ProcessVariable<String> REVIEW_REFERENCE = MODEL.variable(stringVariable("reviewReference"));
	public static final ProcessVariable<String> REPORT_MONTH = MODEL.variable(stringVariable("reportMonth"));

	// Feedback, one ICT user per instance of the subprocess
	public static final ProcessVariable<String> FEEDBACK_FROM = MODEL.fromModel(stringVariable("feedbackFrom"));
	public static final ProcessVariable<FeedbackRating> RATING = MODEL.variable(enumVariable("rating", FeedbackRating.class));
	public static final ProcessVariable<String> WORKED_WELL = MODEL.variable(stringVariable("workedWell"));
	public static final ProcessVariable<String> TO_IMPROVE = MODEL.variable(stringVariable("toImprove"));

	// Maintenance: the server's disk space (GB)
	public static final ProcessVariable<BigDecimal> DISK_USED_GB = MODEL.variable(moneyVariable("diskUsedGb"));
	public static final ProcessVariable<BigDecimal> DISK_AVAILABLE_GB = MODEL.variable(moneyVariable("diskAvailableGb"));

	// The report, as the forms show it
	/** The figures as rows of the forms' table: figure, the report's month, and the earlier months in words. */
	public static final ProcessVariable<Object> REPORT_FIGURES = MODEL.variable(jsonVariable("reportFigures"));
	public static final ProcessVariable<String> REPORT_SUMMARY = MODEL.variable(stringVariable("reportSummary"));
	public static final ProcessVariable<String> REPORT_NOTES = MODEL.variable(stringVariable("reportNotes"));
	public static final ProcessVariable<String> REPORT_LINK = MODEL.variable(stringVariable("reportLink"));

	// The ICT owner's review of the report, and the meeting
	public static final ProcessVariable<String> POINTS_TO_RAISE = MODEL.variable(stringVariable("pointsToRaise"));
	public static final ProcessVariable<String> OPEN_ACTIONS = MODEL.variable(stringVariable("openActions"));
	public static final ProcessVariable<String> EXPERIENCES = MODEL.variable(stringVariable("experiences"));
	public static final ProcessVariable<String> REPORT_POINTS = MODEL.variable(stringVariable("reportPoints"));
	public static final ProcessVariable<String> FEEDBACK_POINTS = MODEL.variable(stringVariable("feedbackPoints"));
	/** The actions agreed: a list of {what, function, person, byWhen} from the meeting form's dynamic list. */
	public static final ProcessVariable<Object> ACTIONS = MODEL.variable(jsonVariable("actions"));
	public static final ProcessVariable<String> NEXT_MEETING_ON = MODEL.variable(stringVariable("nextMeetingOn"));

	// The forms, with the fields the Java code reads
	public static final String FORM_DISK_SPACE = MODEL.form("service-review-disk-space", DISK_USED_GB, DISK_AVAILABLE_GB);
	public static final String FORM_FEEDBACK = MODEL.form("service-review-feedback", RATING, WORKED_WELL, TO_IMPROVE);
	public static final String FORM_PREPARE_REPORT = MODEL.form("service-review-prepare-report", REPORT_NOTES);
	public static final String FORM_REVIEW_REPORT = MODEL.form("service-review-review-report", POINTS_TO_RAISE);
	public static final String FORM_MEETING = MODEL.form("service-review-meeting", EXPERIENCES, REPORT_POINTS,
			FEEDBACK_POINTS, ACTIONS, NEXT_MEETING_ON);

	ServiceReviewProcess() {
		super(MODEL);
	}
}

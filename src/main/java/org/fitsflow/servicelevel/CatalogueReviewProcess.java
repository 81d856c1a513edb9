package org.fitsflow.servicelevel;

import static org.fitsflow.system.process.ProcessVariable.booleanVariable;
import static org.fitsflow.system.process.ProcessVariable.integerVariable;
import static org.fitsflow.system.process.ProcessVariable.jsonVariable;
import static org.fitsflow.system.process.ProcessVariable.stringVariable;

import org.fitsflow.school.ReviewScheduleProcess;
import org.fitsflow.system.process.ModelContract;
import org.fitsflow.system.process.ProcessVariable;
import org.springframework.stereotype.Component;

/**
 * The contract of {@code bpmn/catalogue-review.bpmn}, the yearly service catalogue review (001, task 1, steps 1 to 9):
 * maintenance lists the ICT services from the current catalogue, the single point of contact checks the list, the
 * meeting agrees each service's levels and support, details of new services are gathered, the agreed catalogue
 * becomes a dated version, is published and the original filed.
 */
@Component
public final class CatalogueReviewProcess extends ModelContract {

	private static final Builder MODEL = define("catalogue-review");

	public static final String KEY = MODEL.key();

	// Flow nodes
	public static final String START_REVIEW_DUE = MODEL.element("StartEvent_ReviewDue");
	public static final String TASK_OPEN_REVIEW = MODEL.element("Task_OpenReview");
	public static final String SUBPROCESS_REVIEW_CATALOGUE = MODEL.element("SubProcess_ReviewCatalogue");
	public static final String TASK_LIST_SERVICES = MODEL.requiredElement("Task_ListServices");
	public static final String TASK_RECORD_SERVICE_LIST = MODEL.element("Task_RecordServiceList");
	public static final String TASK_CHECK_SERVICE_LIST = MODEL.requiredElement("Task_CheckServiceList");
	public static final String TASK_RECORD_LIST_CHECKED = MODEL.element("Task_RecordListChecked");
	public static final String TASK_HOLD_MEETING = MODEL.requiredElement("Task_HoldCatalogueMeeting");
	public static final String TASK_CHECK_AGREEMENT = MODEL.element("Task_CheckAgreement");
	public static final String GATEWAY_DETAILS_TO_GATHER = MODEL.element("Gateway_DetailsToGather");
	public static final String TASK_GATHER_DETAILS = MODEL.requiredElement("Task_GatherDetails");
	public static final String TASK_RECORD_CATALOGUE = MODEL.element("Task_RecordCatalogue");
	public static final String TASK_PUBLISH_CATALOGUE = MODEL.element("Task_PublishCatalogue");
	public static final String TASK_FILE_ORIGINAL = MODEL.requiredElement("Task_FileOriginal");
	public static final String TASK_RECORD_FILING = MODEL.element("Task_RecordFiling");
	public static final String END_CATALOGUE_REVIEWED = MODEL.element("EndEvent_CatalogueReviewed");
	public static final String TIMER_REMINDER_DUE = MODEL.element("Timer_ReminderDue");
	public static final String TASK_REMIND_HOLDERS = MODEL.element("Task_RemindHolders");
	public static final String END_HOLDERS_REMINDED = MODEL.element("EndEvent_HoldersReminded");
	public static final String TIMER_REVIEW_OVERDUE = MODEL.element("Timer_ReviewOverdue");
	public static final String TASK_REPORT_REVIEW_OVERDUE = MODEL.element("Task_ReportReviewOverdue");
	public static final String END_OVERDUE_REPORTED = MODEL.element("EndEvent_OverdueReported");

	// From the schedule: the school's date for the review. Its call activity names the review by a variable, which the
	// deployment check cannot follow, so this is held by the tests (ModelContractsTest, ReviewSchedulesTest).
	public static final ProcessVariable<String> REVIEW_DUE = MODEL.variable(ReviewScheduleProcess.REVIEW_DUE);
	public static final ProcessVariable<String> REVIEW_REFERENCE = MODEL.variable(stringVariable("reviewReference"));

	/**
	 * The catalogue being reviewed, as the forms' dynamic list edits it: one entry per service with the fields of
	 * {@link CatalogueEntries} (name, description, availability, end users, importance, times, support, and whether
	 * details are still to gather or a provider's contract is to update).
	 */
	public static final ProcessVariable<Object> SERVICES = MODEL.variable(jsonVariable("services"));
	public static final ProcessVariable<Boolean> LIST_COMPLETE = MODEL.variable(booleanVariable("listComplete"));
	/** User ids of the ICT users' representatives at the meeting (comma separated); they receive the catalogue. */
	public static final ProcessVariable<String> REPRESENTATIVES = MODEL.variable(stringVariable("representatives"));
	public static final ProcessVariable<String> CONTRACTS_UPDATED_BY = MODEL.variable(stringVariable("contractsUpdatedBy"));
	public static final ProcessVariable<Boolean> DETAILS_TO_GATHER = MODEL.variable(booleanVariable("detailsToGather"));
	public static final ProcessVariable<Integer> CATALOGUE_VERSION = MODEL.variable(integerVariable("catalogueVersion"));
	public static final ProcessVariable<String> CATALOGUE_LINK = MODEL.variable(stringVariable("catalogueLink"));
	public static final ProcessVariable<String> FILED_WHERE = MODEL.variable(stringVariable("filedWhere"));

	// The forms, with the fields the Java code reads
	public static final String FORM_LIST_SERVICES = MODEL.form("catalogue-review-list-services", SERVICES);
	public static final String FORM_CHECK_LIST = MODEL.form("catalogue-review-check-list", SERVICES, LIST_COMPLETE);
	public static final String FORM_MEETING = MODEL.form("catalogue-review-meeting", SERVICES, REPRESENTATIVES,
			CONTRACTS_UPDATED_BY);
	public static final String FORM_GATHER_DETAILS = MODEL.form("catalogue-review-gather-details", SERVICES);
	public static final String FORM_FILE_ORIGINAL = MODEL.form("catalogue-review-file-original", FILED_WHERE);

	CatalogueReviewProcess() {
		super(MODEL);
	}
}

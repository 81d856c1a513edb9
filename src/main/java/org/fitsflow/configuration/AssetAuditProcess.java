package org.fitsflow.configuration;

import static org.fitsflow.system.process.ProcessVariable.booleanVariable;
import static org.fitsflow.system.process.ProcessVariable.enumVariable;
import static org.fitsflow.system.process.ProcessVariable.jsonVariable;
import static org.fitsflow.system.process.ProcessVariable.stringVariable;

import org.fitsflow.school.ReviewScheduleProcess;
import org.fitsflow.system.process.ModelContract;
import org.fitsflow.system.process.ProcessVariable;
import org.springframework.stereotype.Component;

/**
 * The contract of {@code bpmn/asset-audit.bpmn}, the yearly audit of a school's assets against its configuration
 * register (002: "carry out audits of assets against records, to maintain accurate asset data"): started by the
 * school's review schedule on its own date; maintenance checks the register against what is there and records each
 * discrepancy, each corrected in the register or raised as a request for change; the audit is kept with its date and
 * a baseline of the register, and the ICT owner receives the outcome.
 */
@Component
public final class AssetAuditProcess extends ModelContract {

	private static final Builder MODEL = define("asset-audit");

	public static final String KEY = MODEL.key();

	// Flow nodes
	public static final String START_AUDIT_DUE = MODEL.element("StartEvent_AuditDue");
	public static final String TASK_OPEN_AUDIT = MODEL.element("Task_OpenAudit");
	public static final String TASK_CHECK_REGISTER = MODEL.requiredElement("Task_CheckRegister");
	public static final String TASK_RECORD_DISCREPANCIES = MODEL.element("Task_RecordDiscrepancies");
	public static final String GATEWAY_CORRECTIONS_TO_MAKE = MODEL.element("Gateway_CorrectionsToMake");
	public static final String TASK_CORRECT_REGISTER = MODEL.element("Task_CorrectRegister");
	public static final String GATEWAY_CORRECTIONS_MADE = MODEL.element("Gateway_CorrectionsMade");
	public static final String GATEWAY_CHANGES_TO_RAISE = MODEL.element("Gateway_ChangesToRaise");
	public static final String TASK_RAISE_CHANGES = MODEL.element("Task_RaiseChanges");
	public static final String GATEWAY_CHANGES_RAISED = MODEL.element("Gateway_ChangesRaised");
	public static final String TASK_RECORD_AUDIT = MODEL.element("Task_RecordAudit");
	public static final String TASK_REPORT_OUTCOME = MODEL.element("Task_ReportOutcome");
	public static final String END_AUDIT_RECORDED = MODEL.element("EndEvent_AuditRecorded");
	public static final String TIMER_REMINDER_DUE = MODEL.element("Timer_ReminderDue");
	public static final String TASK_REMIND_MAINTENANCE = MODEL.element("Task_RemindMaintenance");
	public static final String END_MAINTENANCE_REMINDED = MODEL.element("EndEvent_MaintenanceReminded");
	public static final String TIMER_AUDIT_OVERDUE = MODEL.element("Timer_AuditOverdue");
	public static final String TASK_REPORT_AUDIT_OVERDUE = MODEL.element("Task_ReportAuditOverdue");
	public static final String END_OVERDUE_REPORTED = MODEL.element("EndEvent_OverdueReported");

	// From the schedule: the school's date for the audit (see CatalogueReviewProcess for why the tests hold it).
	public static final ProcessVariable<String> REVIEW_DUE = MODEL.variable(ReviewScheduleProcess.REVIEW_DUE);
	public static final ProcessVariable<String> AUDIT_REFERENCE = MODEL.variable(stringVariable("auditReference"));

	/** Maintenance ticks that every item of the register was checked against what is there. */
	public static final ProcessVariable<Boolean> REGISTER_CHECKED = MODEL.variable(booleanVariable("registerChecked"));
	/**
	 * The discrepancies found, as the form's dynamic list gives them: one entry each with {@link #KIND},
	 * {@link #ASSET_REFERENCE}, {@link #FIELD}, {@link #FOUND}, {@link #TYPE}, {@link #LOCATION}, {@link #DESCRIPTION}
	 * and {@link #RESOLUTION}. None: the register matches what is there.
	 */
	public static final ProcessVariable<Object> DISCREPANCIES = MODEL.variable(jsonVariable("discrepancies"));
	public static final ProcessVariable<DiscrepancyKind> KIND = MODEL.variable(enumVariable("kind", DiscrepancyKind.class));
	/** The item's asset reference, or for an asset found without a record, the reference it is to have. */
	public static final ProcessVariable<String> ASSET_REFERENCE = MODEL.variable(stringVariable("assetReference"));
	/** Which detail of the item differs (a record that differs). */
	public static final ProcessVariable<AuditedField> FIELD = MODEL.variable(enumVariable("field", AuditedField.class));
	/** What is there: the detail as found, or the name of an asset found without a record. */
	public static final ProcessVariable<String> FOUND = MODEL.variable(stringVariable("found"));
	/** An asset found without a record: its type (as {@link ItemType}) and where it is. */
	public static final ProcessVariable<String> TYPE = MODEL.variable(stringVariable("type"));
	public static final ProcessVariable<String> LOCATION = MODEL.variable(stringVariable("location"));
	public static final ProcessVariable<String> DESCRIPTION = MODEL.variable(stringVariable("description"));
	public static final ProcessVariable<DiscrepancyResolution> RESOLUTION = MODEL.variable(
			enumVariable("resolution", DiscrepancyResolution.class));

	// What the gateways read
	public static final ProcessVariable<Boolean> CORRECTIONS_TO_MAKE = MODEL.variable(booleanVariable("correctionsToMake"));
	public static final ProcessVariable<Boolean> CHANGES_TO_RAISE = MODEL.variable(booleanVariable("changesToRaise"));

	// The form, with the fields the Java code reads
	public static final String FORM_CHECK_REGISTER = MODEL.form("asset-audit-check-register", REGISTER_CHECKED,
			DISCREPANCIES, KIND, ASSET_REFERENCE, FIELD, FOUND, TYPE, LOCATION, DESCRIPTION, RESOLUTION);

	AssetAuditProcess() {
		super(MODEL);
	}
}

package org.fitsflow.startup;

import static org.fitsflow.system.process.ProcessVariable.stringVariable;

import org.fitsflow.system.process.ModelContract;
import org.fitsflow.system.process.ProcessVariable;
import org.springframework.stereotype.Component;

/**
 * The contract of {@code bpmn/support-procedure.bpmn} (001, start-up task 2): the single point of contact writes the
 * user support procedure, the ICT owner issues it with a covering memo, and both go to every ICT user. Called by the
 * implementation plan with the dates agreed at meeting 2; started again by the single point of contact for a revision.
 */
@Component
public final class SupportProcedureProcess extends ModelContract {

	private static final Builder MODEL = define("support-procedure");

	public static final String KEY = MODEL.key();

	// Flow nodes
	public static final String START_SUPPORT_PROCEDURE = MODEL.element("StartEvent_SupportProcedureNeeded");
	public static final String TASK_WRITE = MODEL.requiredElement("Task_WriteSupportProcedure");
	public static final String TASK_ISSUE = MODEL.requiredElement("Task_IssueSupportProcedure");
	public static final String TASK_SEND_TO_ICT_USERS = MODEL.element("Task_SendToIctUsers");
	public static final String END_ISSUED = MODEL.element("EndEvent_SupportProcedureIssued");

	// In from the implementation plan (dates as its forms give them, 2026-12-16); absent for a revision
	/** The date agreed at meeting 2 for the procedure to be submitted to the ICT owner. */
	public static final ProcessVariable<String> WRITE_BY = MODEL.variable(stringVariable("writeBy"));
	/** The start date: the procedure is issued before FITS starts. */
	public static final ProcessVariable<String> ISSUE_BY = MODEL.variable(stringVariable("issueBy"));

	// The forms
	public static final ProcessVariable<String> SUPPORT_PROCEDURE = MODEL.variable(stringVariable("supportProcedure"));
	public static final ProcessVariable<String> COVERING_MEMO = MODEL.variable(stringVariable("coveringMemo"));
	public static final String FORM_WRITE = MODEL.form("support-procedure-write", SUPPORT_PROCEDURE);
	public static final String FORM_ISSUE = MODEL.form("support-procedure-issue", SUPPORT_PROCEDURE, COVERING_MEMO);

	SupportProcedureProcess() {
		super(MODEL);
	}
}

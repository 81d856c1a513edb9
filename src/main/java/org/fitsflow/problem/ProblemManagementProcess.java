package org.fitsflow.problem;

import static org.fitsflow.system.process.ModelContract.Builder.only;
import static org.fitsflow.system.process.ProcessVariable.booleanVariable;
import static org.fitsflow.system.process.ProcessVariable.enumVariable;
import static org.fitsflow.system.process.ProcessVariable.stringVariable;

import java.util.List;

import org.fitsflow.change.ChangeOutcome;
import org.fitsflow.change.RaisedAs;
import org.fitsflow.change.RequestForChangeCaller;
import org.fitsflow.school.TasklistColumns;
import org.fitsflow.system.process.ModelContract;
import org.fitsflow.system.process.ProcessVariable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The contract of {@code bpmn/problem-management.bpmn}: the ids, messages, variables and forms the Java code and the
 * model share. Delegates, services and tests name them only through these constants.
 */
@Component
@Order(2)
public final class ProblemManagementProcess extends ModelContract implements TasklistColumns {

	private static final Builder MODEL = define("problem-management");

	public static final String KEY = MODEL.key();

	// Flow nodes
	public static final String START_RAISED = MODEL.element("StartEvent_ProblemRaised");
	public static final String TASK_RECORD_PROBLEM = MODEL.element("Task_RecordProblem");
	public static final String START_REPEATED_INCIDENTS = MODEL.element("StartEvent_RepeatedIncidents");
	public static final String TASK_INVESTIGATE = MODEL.requiredElement("Task_InvestigateProblem");
	public static final String TASK_RECORD_DIAGNOSIS = MODEL.element("Task_RecordDiagnosis");
	public static final String CALL_REQUEST_FOR_CHANGE = MODEL.requiredElement("CallActivity_RequestForChange");
	public static final String TASK_RECORD_CHANGE_OUTCOME = MODEL.element("Task_RecordChangeOutcome");
	public static final String TASK_VERIFY_FIX = MODEL.requiredElement("Task_VerifyFix");
	public static final String TASK_CLOSE_PROBLEM = MODEL.element("Task_CloseProblem");
	public static final String END_CLOSED = MODEL.element("EndEvent_ProblemClosed");

	// Messages
	/** Starts the model for a problem already recorded (repeated incidents, an incident's underlying cause). */
	public static final String PROBLEM_DETECTED = MODEL.message("ProblemDetected");

	// Raised: the start form (the starter is recorded by the engine as raisedBy), or the message
	public static final ProcessVariable<String> DESCRIPTION = MODEL.variable(stringVariable("description"));
	public static final ProcessVariable<String> SERVICE = MODEL.variable(stringVariable("service"));
	public static final ProcessVariable<String> ASSET_REFERENCE = MODEL.variable(stringVariable("assetReference"));
	public static final ProcessVariable<Problem.Source> SOURCE = MODEL.variable(
			enumVariable("source", Problem.Source.class));
	public static final ProcessVariable<String> RAISED_BY = MODEL.fromModel(stringVariable("raisedBy"));
	public static final ProcessVariable<String> SCHOOL_ID = MODEL.variable(ModelContract.SCHOOL_ID);
	public static final ProcessVariable<String> PROBLEM_REFERENCE = MODEL.variable(stringVariable("problemReference"));
	// Tasklist's rows: copies on each task (see TasklistColumns), the same columns as an incident's
	public static final ProcessVariable<String> LISTED_REFERENCE = MODEL.variable(stringVariable("listedReference"));
	public static final ProcessVariable<String> LISTED_SERVICE_AS_REPORTED = MODEL.variable(
			stringVariable("listedServiceAsReported"));
	public static final ProcessVariable<String> LISTED_BY = MODEL.variable(stringVariable("listedBy"));
	public static final ProcessVariable<String> LINKED_INCIDENTS = MODEL.variable(stringVariable("linkedIncidents"));
	/** The function that investigates and verifies (the tasks' candidate group): maintenance or second-level support. */
	public static final ProcessVariable<Investigator> INVESTIGATED_BY = MODEL.variable(
			enumVariable("investigatedBy", Investigator.class));

	// Investigated by second-level support
	public static final ProcessVariable<String> ROOT_CAUSE = MODEL.variable(stringVariable("rootCause"));
	public static final ProcessVariable<String> WORKAROUND = MODEL.variable(stringVariable("workaround"));
	public static final ProcessVariable<Boolean> CHANGE_NEEDED = MODEL.variable(booleanVariable("changeNeeded"));
	public static final ProcessVariable<String> CHANGE_DESCRIPTION = MODEL.variable(RequestForChangeCaller.CHANGE_DESCRIPTION);
	public static final ProcessVariable<String> CHANGE_REASON = MODEL.variable(RequestForChangeCaller.CHANGE_REASON);

	// The request for change it calls (request-for-change's in and out variables are mapped in the model)
	public static final ProcessVariable<String> CHANGE_BRIEF_DESCRIPTION = MODEL.variable(RequestForChangeCaller.CHANGE_BRIEF_DESCRIPTION);
	public static final ProcessVariable<String> CHANGE_ORIGINATOR = MODEL.variable(RequestForChangeCaller.CHANGE_ORIGINATOR);
	public static final ProcessVariable<RaisedAs> CHANGE_RAISED_AS = MODEL.variable(RequestForChangeCaller.CHANGE_RAISED_AS);
	public static final ProcessVariable<String> CHANGE_REFERENCE = MODEL.fromModel(RequestForChangeCaller.CHANGE_REFERENCE);
	public static final ProcessVariable<ChangeOutcome> CHANGE_OUTCOME = MODEL.fromModel(RequestForChangeCaller.CHANGE_OUTCOME);
	public static final ProcessVariable<Boolean> CHANGE_MADE = MODEL.variable(RequestForChangeCaller.CHANGE_MADE);

	// Verified
	public static final ProcessVariable<Verification> VERIFICATION = MODEL.variable(
			enumVariable("verification", Verification.class));
	public static final ProcessVariable<Boolean> FIX_VERIFIED = MODEL.variable(booleanVariable("fixVerified"));

	// The forms, with the fields the Java code reads from them
	public static final String FORM_RAISE = MODEL.form("problem-raise", DESCRIPTION, SERVICE, ASSET_REFERENCE,
			only(SOURCE, Problem.Source.SECOND_LEVEL_SUPPORT, Problem.Source.MONITORING));
	public static final String FORM_INVESTIGATE = MODEL.form("problem-investigate", ROOT_CAUSE, WORKAROUND, CHANGE_NEEDED,
			CHANGE_DESCRIPTION, CHANGE_REASON);
	public static final String FORM_VERIFY = MODEL.form("problem-verify", VERIFICATION);

	ProblemManagementProcess() {
		super(MODEL);
	}

	@Override
	public List<Column> tasklistColumns() {
		return List.of(new Column(PROBLEM_REFERENCE, LISTED_REFERENCE, "Reference"),
				new Column(SERVICE, LISTED_SERVICE_AS_REPORTED, "Service as reported"),
				new Column(RAISED_BY, LISTED_BY, "Reported or raised by"));
	}
}

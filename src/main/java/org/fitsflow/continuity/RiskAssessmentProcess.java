package org.fitsflow.continuity;

import static org.fitsflow.system.process.ProcessVariable.enumVariable;
import static org.fitsflow.system.process.ProcessVariable.jsonVariable;
import static org.fitsflow.system.process.ProcessVariable.stringVariable;

import org.fitsflow.system.process.ModelContract;
import org.fitsflow.system.process.ProcessVariable;
import org.springframework.stereotype.Component;

/**
 * The contract of {@code bpmn/risk-assessment.bpmn}: the ids, variables and forms the Java code and the model share.
 * The school's review schedule starts it each year with {@link #REVIEW_DUE}, the school's date for it.
 */
@Component
public final class RiskAssessmentProcess extends ModelContract {

	private static final Builder MODEL = define("risk-assessment");

	public static final String KEY = MODEL.key();

	// Flow nodes
	public static final String START_ASSESSMENT_DUE = MODEL.element("StartEvent_AssessmentDue");
	public static final String TASK_OPEN_ASSESSMENT = MODEL.element("Task_OpenAssessment");
	public static final String SUBPROCESS_ASSESS_AND_DECIDE = MODEL.element("SubProcess_AssessAndDecide");
	public static final String TASK_ASSESS_RISKS = MODEL.requiredElement("Task_AssessRisks");
	public static final String TASK_RECORD_ASSESSMENT = MODEL.element("Task_RecordAssessment");
	public static final String TASK_DECIDE_RECOMMENDATIONS = MODEL.requiredElement("Task_DecideRecommendations");
	public static final String TASK_RECORD_DECISIONS = MODEL.element("Task_RecordDecisions");
	public static final String TIMER_REMINDER_DUE = MODEL.element("Timer_ReminderDue");
	public static final String TASK_REMIND_HOLDERS = MODEL.element("Task_RemindHolders");
	public static final String END_HOLDERS_REMINDED = MODEL.element("EndEvent_HoldersReminded");
	public static final String TIMER_ASSESSMENT_OVERDUE = MODEL.element("Timer_AssessmentOverdue");
	public static final String TASK_REPORT_OVERDUE = MODEL.element("Task_ReportOverdue");
	public static final String END_OVERDUE_REPORTED = MODEL.element("EndEvent_OverdueReported");
	public static final String TASK_ACT_ON_RECOMMENDATIONS = MODEL.element("Task_ActOnRecommendations");
	public static final String TASK_SEND_FOR_FILING = MODEL.element("Task_SendForFiling");
	public static final String TASK_FILE_ORIGINAL = MODEL.requiredElement("Task_FileOriginal");
	public static final String TASK_RECORD_FILING = MODEL.element("Task_RecordFiling");
	public static final String END_ASSESSMENT_FILED = MODEL.element("EndEvent_AssessmentFiled");

	// Started by the school's review schedule
	public static final ProcessVariable<String> SCHOOL_ID = MODEL.variable(ModelContract.SCHOOL_ID);
	/** The school's date for the assessment (ISO date): the tasks' due date; reminders count from it. */
	public static final ProcessVariable<String> REVIEW_DUE = MODEL.variable(stringVariable("reviewDue"));
	public static final ProcessVariable<String> ASSESSMENT_REFERENCE = MODEL.variable(
			stringVariable("assessmentReference"));
	/** What design starts from: the baseline, the recommendations carried forward and the lessons (for the form). */
	public static final ProcessVariable<String> BASELINE_NOTE = MODEL.variable(stringVariable("baselineNote"));

	// Design's assessment: the risks (rows of service, threat, likelihood, harm, existing measures) and recommendations
	public static final ProcessVariable<Object> RISKS = MODEL.variable(jsonVariable("risks"));
	/** A column of the risks: the risk-rating table's first input. */
	public static final ProcessVariable<Likelihood> LIKELIHOOD = MODEL.variable(
			enumVariable("likelihood", Likelihood.class));
	/** A column of the risks: the risk-rating table's second input (the impact: how much harm). */
	public static final ProcessVariable<Harm> HARM = MODEL.variable(enumVariable("harm", Harm.class));
	public static final ProcessVariable<Object> RECOMMENDATIONS = MODEL.variable(jsonVariable("recommendations"));

	// The ICT owner's decisions: one row per recommendation (decision, reason, and for a task who and by when)
	public static final ProcessVariable<String> RISK_SUMMARY = MODEL.variable(stringVariable("riskSummary"));
	public static final ProcessVariable<Object> DECISIONS = MODEL.variable(jsonVariable("decisions"));
	/** A column of the decisions. */
	public static final ProcessVariable<RecommendationDecision> DECISION = MODEL.variable(
			enumVariable("decision", RecommendationDecision.class));

	// The decision the Java code evaluates itself (RiskRatings) for each risk, and the output it reads
	public static final String DECISION_RISK_RATING = MODEL.decision("risk-rating");
	public static final String RISK_RATING = MODEL.decisionOutput(DECISION_RISK_RATING, "rating");

	// Filed by the single point of contact
	public static final ProcessVariable<String> FILED_WHERE = MODEL.variable(stringVariable("filedWhere"));

	// The forms, with the fields the Java code reads from them
	public static final String FORM_ASSESS = MODEL.form("risk-assessment-assess", RISKS, LIKELIHOOD, HARM,
			RECOMMENDATIONS);
	public static final String FORM_DECIDE = MODEL.form("risk-assessment-decide", DECISIONS, DECISION);
	public static final String FORM_FILE_ORIGINAL = MODEL.form("risk-assessment-file-original", FILED_WHERE);

	RiskAssessmentProcess() {
		super(MODEL);
	}
}

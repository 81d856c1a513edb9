package org.fitsflow.maintenance;

import static org.fitsflow.system.process.ProcessVariable.booleanVariable;
import static org.fitsflow.system.process.ProcessVariable.stringVariable;

import org.fitsflow.change.ChangeOutcome;
import org.fitsflow.change.RaisedAs;
import org.fitsflow.change.RequestForChangeCaller;
import org.fitsflow.system.process.ModelContract;
import org.fitsflow.system.process.ProcessVariable;
import org.springframework.stereotype.Component;

/**
 * The contract of {@code bpmn/preventative-maintenance.bpmn}: one occurrence of an activity of the school's
 * preventative maintenance schedule, started by the schedule for that activity and date (business key: school,
 * activity and date, so one occurrence never fires twice), its timer in the model at the school's own date (less the
 * notice a request for change needs, when the activity takes a service down). The next occurrence is started as this
 * one finishes.
 */
@Component
public final class PreventativeMaintenanceProcess extends ModelContract {

	private static final Builder MODEL = define("preventative-maintenance");

	public static final String KEY = MODEL.key();

	// Flow nodes
	public static final String START_OCCURRENCE_SCHEDULED = MODEL.element("StartEvent_OccurrenceScheduled");
	public static final String TIMER_ACTIVITY_DUE = MODEL.element("Timer_ActivityDue");
	public static final String GATEWAY_TAKES_SERVICE_DOWN = MODEL.element("Gateway_TakesServiceDown");
	public static final String TASK_PREPARE_CHANGE = MODEL.element("Task_PrepareChange");
	public static final String CALL_REQUEST_FOR_CHANGE = MODEL.requiredElement("CallActivity_RequestForChange");
	public static final String TASK_RECORD_CHANGE_OUTCOME = MODEL.element("Task_RecordChangeOutcome");
	public static final String GATEWAY_CHANGE_MADE = MODEL.element("Gateway_ChangeMade");
	public static final String TASK_RECORD_NOT_CARRIED_OUT = MODEL.element("Task_RecordNotCarriedOut");
	public static final String TASK_CARRY_OUT_ACTIVITY = MODEL.requiredElement("Task_CarryOutActivity");
	public static final String TASK_RECORD_ACTIVITY_DONE = MODEL.element("Task_RecordActivityDone");
	public static final String TASK_SCHEDULE_NEXT = MODEL.element("Task_ScheduleNextOccurrence");
	public static final String END_OCCURRENCE_FINISHED = MODEL.element("EndEvent_OccurrenceFinished");

	// Started by the schedule
	public static final ProcessVariable<String> SCHOOL_ID = MODEL.variable(ModelContract.SCHOOL_ID);
	public static final ProcessVariable<String> ACTIVITY_REFERENCE = MODEL.variable(stringVariable("activityReference"));
	/** What is done, and how (shown on the task). */
	public static final ProcessVariable<String> ACTIVITY = MODEL.variable(stringVariable("activity"));
	public static final ProcessVariable<String> INSTRUCTIONS = MODEL.variable(stringVariable("instructions"));
	/** The occurrence's date (ISO date), the school's own. */
	public static final ProcessVariable<String> DUE_ON = MODEL.variable(stringVariable("dueOn"));
	/** What Gateway_TakesServiceDown reads. */
	public static final ProcessVariable<Boolean> TAKES_SERVICE_DOWN = MODEL.variable(booleanVariable("takesServiceDown"));
	/** The agreed downtime in words (window, services, with whom agreed), for the task and the request for change. */
	public static final ProcessVariable<String> DOWNTIME = MODEL.variable(stringVariable("downtime"));

	// The request for change it calls when the activity takes a service down (mapped in the model)
	public static final ProcessVariable<String> CHANGE_BRIEF_DESCRIPTION = MODEL.variable(RequestForChangeCaller.CHANGE_BRIEF_DESCRIPTION);
	public static final ProcessVariable<String> CHANGE_REASON = MODEL.variable(RequestForChangeCaller.CHANGE_REASON);
	public static final ProcessVariable<String> CHANGE_ORIGINATOR = MODEL.variable(RequestForChangeCaller.CHANGE_ORIGINATOR);
	public static final ProcessVariable<RaisedAs> CHANGE_RAISED_AS = MODEL.variable(RequestForChangeCaller.CHANGE_RAISED_AS);
	public static final ProcessVariable<String> CHANGE_REFERENCE = MODEL.fromModel(RequestForChangeCaller.CHANGE_REFERENCE);
	public static final ProcessVariable<ChangeOutcome> CHANGE_OUTCOME = MODEL.fromModel(RequestForChangeCaller.CHANGE_OUTCOME);
	public static final ProcessVariable<Boolean> CHANGE_MADE = MODEL.variable(RequestForChangeCaller.CHANGE_MADE);

	// Maintenance's record of the work
	public static final ProcessVariable<String> ACTIVITY_NOTES = MODEL.variable(stringVariable("activityNotes"));

	public static final String FORM_CARRY_OUT = MODEL.form("preventative-maintenance-carry-out", ACTIVITY_NOTES);

	PreventativeMaintenanceProcess() {
		super(MODEL);
	}
}

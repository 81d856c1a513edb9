package org.fitsflow.configuration;

import static org.fitsflow.system.process.ProcessVariable.enumVariable;
import static org.fitsflow.system.process.ProcessVariable.stringVariable;

import org.fitsflow.system.process.ModelContract;
import org.fitsflow.system.process.ProcessVariable;
import org.springframework.stereotype.Component;

/**
 * The contract of {@code bpmn/expiry-reminder.bpmn}: one reminder that an item's warranty or licence runs out, started
 * by the register for each item and date (business key: school, item and date, so never twice for one expiry), its
 * timer in the model at the school's own date less the notice.
 */
@Component
public final class ExpiryReminderProcess extends ModelContract {

	private static final Builder MODEL = define("expiry-reminder");

	public static final String KEY = MODEL.key();

	// Flow nodes
	public static final String START_EXPIRY_RECORDED = MODEL.element("StartEvent_ExpiryRecorded");
	public static final String TIMER_REMINDER_DUE = MODEL.element("Timer_ReminderDue");
	public static final String TASK_REMIND_OF_EXPIRY = MODEL.element("Task_RemindOfExpiry");
	public static final String END_REMINDED = MODEL.element("EndEvent_Reminded");

	// Started by the register
	public static final ProcessVariable<String> SCHOOL_ID = MODEL.variable(ModelContract.SCHOOL_ID);
	public static final ProcessVariable<String> ASSET_REFERENCE = MODEL.variable(stringVariable("assetReference"));
	public static final ProcessVariable<String> ITEM_NAME = MODEL.variable(stringVariable("itemName"));
	public static final ProcessVariable<ExpiryKind> EXPIRY = MODEL.variable(enumVariable("expiry", ExpiryKind.class));
	/** The date it runs out (ISO date), the school's own. */
	public static final ProcessVariable<String> EXPIRES_ON = MODEL.variable(stringVariable("expiresOn"));

	ExpiryReminderProcess() {
		super(MODEL);
	}
}

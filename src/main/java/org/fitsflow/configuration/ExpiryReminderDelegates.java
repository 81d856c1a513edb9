package org.fitsflow.configuration;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The delegates of {@code bpmn/expiry-reminder.bpmn}. */
final class ExpiryReminderDelegates {

	private ExpiryReminderDelegates() {
	}

	@Component("expiryReminderRemindOfExpiry")
	static class RemindOfExpiry implements JavaDelegate {
		private final ExpiryReminders reminders;

		RemindOfExpiry(ExpiryReminders reminders) {
			this.reminders = reminders;
		}

		@Override
		public void execute(DelegateExecution execution) {
			reminders.remind(execution.getTenantId(), ExpiryReminderProcess.ASSET_REFERENCE.required(execution),
					ExpiryReminderProcess.ITEM_NAME.get(execution), ExpiryReminderProcess.EXPIRY.required(execution),
					LocalDate.parse(ExpiryReminderProcess.EXPIRES_ON.required(execution)));
		}
	}
}

package org.fitsflow.maintenance;

import static org.fitsflow.maintenance.PreventativeMaintenanceProcess.*;
import static org.fitsflow.system.process.Refusing.badInput;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fitsflow.change.ChangeOutcome;
import org.fitsflow.change.RaisedAs;
import org.fitsflow.system.process.ActingUser;
import org.springframework.stereotype.Component;

/**
 * The Java side of {@code bpmn/preventative-maintenance.bpmn}: each maps its variables in, makes one call to
 * {@link MaintenanceSchedule}, and maps the answer out. The school is the instance's tenant, never a variable.
 */
final class PreventativeMaintenanceDelegates {

	private PreventativeMaintenanceDelegates() {
	}

	private static String activity(DelegateExecution execution) {
		return ACTIVITY_REFERENCE.required(execution);
	}

	private static LocalDate dueOn(DelegateExecution execution) {
		return LocalDate.parse(DUE_ON.required(execution));
	}

	/** The timer fired: the occurrence is in hand and can no longer be replaced. */
	@Component("preventativeMaintenanceActivityDue")
	static class ActivityDue implements ExecutionListener {
		private final MaintenanceSchedule schedule;

		ActivityDue(MaintenanceSchedule schedule) {
			this.schedule = schedule;
		}

		@Override
		public void notify(DelegateExecution execution) {
			schedule.occurrenceDue(execution.getTenantId(), activity(execution), dueOn(execution));
		}
	}

	@Component("preventativeMaintenancePrepareChange")
	static class PrepareChange implements JavaDelegate {
		private final MaintenanceSchedule schedule;

		PrepareChange(MaintenanceSchedule schedule) {
			this.schedule = schedule;
		}

		@Override
		public void execute(DelegateExecution execution) {
			MaintenanceSchedule.ChangeRequest change = schedule.changeRequest(execution.getTenantId(), activity(execution),
					dueOn(execution));
			CHANGE_BRIEF_DESCRIPTION.set(execution, change.briefDescription());
			CHANGE_REASON.set(execution, change.reason());
			CHANGE_ORIGINATOR.set(execution, change.originator());
			CHANGE_RAISED_AS.set(execution, RaisedAs.MAINTENANCE);
		}
	}

	@Component("preventativeMaintenanceRecordChangeOutcome")
	static class RecordChangeOutcome implements JavaDelegate {
		private final MaintenanceSchedule schedule;

		RecordChangeOutcome(MaintenanceSchedule schedule) {
			this.schedule = schedule;
		}

		@Override
		public void execute(DelegateExecution execution) {
			ChangeOutcome outcome = CHANGE_OUTCOME.required(execution);
			schedule.changeFinished(execution.getTenantId(), activity(execution), dueOn(execution),
					CHANGE_REFERENCE.get(execution));
			CHANGE_MADE.set(execution, outcome.made());
		}
	}

	@Component("preventativeMaintenanceRecordNotCarriedOut")
	static class RecordNotCarriedOut implements JavaDelegate {
		private final MaintenanceSchedule schedule;

		RecordNotCarriedOut(MaintenanceSchedule schedule) {
			this.schedule = schedule;
		}

		@Override
		public void execute(DelegateExecution execution) {
			schedule.notCarriedOut(execution.getTenantId(), activity(execution), dueOn(execution),
					CHANGE_REFERENCE.get(execution), CHANGE_OUTCOME.required(execution));
		}
	}

	@Component("preventativeMaintenanceRecordActivityDone")
	static class RecordActivityDone implements JavaDelegate {
		private final MaintenanceSchedule schedule;

		RecordActivityDone(MaintenanceSchedule schedule) {
			this.schedule = schedule;
		}

		@Override
		public void execute(DelegateExecution execution) {
			badInput(() -> schedule.done(execution.getTenantId(), activity(execution), dueOn(execution),
					ACTIVITY_NOTES.get(execution), ActingUser.of(execution)));
		}
	}

	@Component("preventativeMaintenanceScheduleNextOccurrence")
	static class ScheduleNextOccurrence implements JavaDelegate {
		private final MaintenanceSchedule schedule;

		ScheduleNextOccurrence(MaintenanceSchedule schedule) {
			this.schedule = schedule;
		}

		@Override
		public void execute(DelegateExecution execution) {
			schedule.scheduleNext(execution.getTenantId(), activity(execution), execution.getProcessInstanceId());
		}
	}
}

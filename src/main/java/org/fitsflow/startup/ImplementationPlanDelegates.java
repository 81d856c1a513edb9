package org.fitsflow.startup;

import static org.fitsflow.startup.ImplementationPlanProcess.NEXT_MEETING_ON;
import static org.fitsflow.startup.ImplementationPlanProcess.START_DATE;
import static org.fitsflow.startup.ImplementationPlanProcess.START_DATE_AGREED;
import static org.fitsflow.startup.ImplementationPlanProcess.START_DATE_CONFIRMED;
import static org.fitsflow.system.process.Refusing.badInput;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.fitsflow.school.FunctionCheck;
import org.fitsflow.school.ReviewSchedules;
import org.fitsflow.school.SchoolDates;
import org.fitsflow.servicelevel.CatalogueReviewProcess;
import org.fitsflow.servicelevel.ServiceReviewProcess;
import org.fitsflow.system.forms.FormInputRefused;
import org.fitsflow.system.process.ActingUser;
import org.fitsflow.system.process.ProcessVariable;
import org.springframework.stereotype.Component;

/**
 * The Java side of {@code bpmn/implementation-plan.bpmn}: the functions check, meeting 2's answer as its gateway reads
 * it, and the two reviews the plan sets going on the school's schedule.
 */
final class ImplementationPlanDelegates {

	private ImplementationPlanDelegates() {
	}

	/**
	 * Task_PlanAndPrepare is completed only once every function is held and the rules on who holds them are kept
	 * ("Assign functions to personnel"): otherwise it is refused saying which function and which rule, and stays open.
	 */
	@Component("implementationPlanFunctionsAssigned")
	static class FunctionsAssigned implements TaskListener {
		private final FunctionCheck functions;

		FunctionsAssigned(FunctionCheck functions) {
			this.functions = functions;
		}

		@Override
		public void notify(DelegateTask task) {
			List<String> findings = functions.findings(task.getTenantId());
			if (!findings.isEmpty()) {
				throw new FormInputRefused("'" + ImplementationPlanProcess.FUNCTIONS_ASSIGNED
						+ "': the functions are not all assigned as FITS requires. " + String.join(" ", findings)
						+ " Assign the functions in FITS Flow, then complete this step.");
			}
		}
	}

	/** The ICT owner's answer on Task_HoldMeeting2, as the boolean Gateway_StartDateConfirmed reads. */
	@Component("implementationPlanStartDateConfirmed")
	static class StartDateConfirmedAnswered implements TaskListener {
		@Override
		public void notify(DelegateTask task) {
			START_DATE_AGREED.set(task, START_DATE_CONFIRMED.get(task) == StartDateConfirmed.YES);
		}
	}

	/**
	 * Once meeting 1 has agreed the start date, the yearly catalogue review is scheduled, due the day before it (001,
	 * task 1: the catalogue exists before the start date); a school that has the schedule already has it moved.
	 */
	@Component("implementationPlanScheduleCatalogueReview")
	static class ScheduleCatalogueReview implements JavaDelegate {
		private final ReviewSchedules schedules;
		private final SchoolDates dates;

		ScheduleCatalogueReview(ReviewSchedules schedules, SchoolDates dates) {
			this.schedules = schedules;
			this.dates = dates;
		}

		@Override
		public void execute(DelegateExecution execution) {
			LocalDate due = date(START_DATE, execution).minusDays(1);
			LocalDate today = dates.today();
			badInput(() -> schedules.startOrMove(execution.getTenantId(), CatalogueReviewProcess.KEY,
					due.isBefore(today) ? today : due, ActingUser.of(execution)));
		}
	}

	/** The plan ends by starting the monthly service reviews: meeting 3 on the date agreed at meeting 2. */
	@Component("implementationPlanStartServiceReviews")
	static class StartServiceReviews implements JavaDelegate {
		private final ReviewSchedules schedules;

		StartServiceReviews(ReviewSchedules schedules) {
			this.schedules = schedules;
		}

		@Override
		public void execute(DelegateExecution execution) {
			badInput(() -> schedules.startOrMove(execution.getTenantId(), ServiceReviewProcess.KEY,
					date(NEXT_MEETING_ON, execution), ActingUser.of(execution)));
		}
	}

	/** A date the plan's forms recorded (a datetime field sends "2027-01-04" or "2027-01-04T00:00"). */
	private static LocalDate date(ProcessVariable<String> variable, DelegateExecution execution) {
		String typed = variable.required(execution).trim();
		try {
			return LocalDate.parse(typed.length() > 10 ? typed.substring(0, 10) : typed);
		}
		catch (DateTimeParseException e) {
			throw new org.fitsflow.system.forms.FormInputRefused("'" + variable + "' is a date such as 2027-01-04, not '"
					+ typed + "'.");
		}
	}
}

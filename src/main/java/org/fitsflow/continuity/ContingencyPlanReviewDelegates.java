package org.fitsflow.continuity;

import static org.fitsflow.continuity.ContingencyPlanReviewProcess.*;
import static org.fitsflow.system.process.Refusing.badInput;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.fitsflow.school.ReviewNotices;
import org.fitsflow.system.process.ActingUser;
import org.springframework.stereotype.Component;

/**
 * The Java side of {@code bpmn/contingency-plan-review.bpmn}: one bean per service task, named after the model and the
 * element; each makes one call to {@link ContingencyPlans}. Who kept the plan, reviewed the recovery plan, confirmed
 * the off-site copy and filed the original is the engine's authenticated user.
 */
final class ContingencyPlanReviewDelegates {

	static final String TITLE = "yearly contingency plan review";

	private ContingencyPlanReviewDelegates() {
	}

	private static int version(DelegateExecution execution) {
		return PLAN_VERSION.required(execution);
	}

	private static LocalDate due(DelegateExecution execution) {
		return LocalDate.parse(REVIEW_DUE.required(execution));
	}

	/** Opens the draft from the plan in force, and puts what it says into the review's forms. */
	@Component("contingencyPlanReviewOpenDraft")
	static class OpenDraft implements JavaDelegate {
		private final ContingencyPlans plans;

		OpenDraft(ContingencyPlans plans) {
			this.plans = plans;
		}

		@Override
		public void execute(DelegateExecution execution) {
			ContingencyPlan draft = plans.draft(execution.getTenantId(), ActingUser.of(execution),
					execution.getProcessInstanceId());
			PLAN_VERSION.set(execution, draft.getVersion());
			execution.setProcessBusinessKey("contingency-plan-v" + draft.getVersion());
			PROGRESS_CONTACT.set(execution, draft.getProgressContact());
			UPDATE_INTERVAL.set(execution, draft.getUpdateInterval().toString());
			Map<String, String> lists = plans.formLists(draft);
			CONTACTS.set(execution, SpinValues.jsonValue(lists.get(CONTACTS.name())).create());
			MANUAL_SYSTEMS.set(execution, SpinValues.jsonValue(lists.get(MANUAL_SYSTEMS.name())).create());
			COMMUNICATIONS.set(execution, SpinValues.jsonValue(lists.get(COMMUNICATIONS.name())).create());
			RECOVERY_PLAN_REFERENCE.set(execution, draft.getRecoveryPlanReference());
			RECOVERY_PLAN_LOCATION.set(execution, draft.getRecoveryPlanLocation());
		}
	}

	@Component("contingencyPlanReviewRecordPlan")
	static class RecordPlan implements JavaDelegate {
		private final ContingencyPlans plans;

		RecordPlan(ContingencyPlans plans) {
			this.plans = plans;
		}

		@Override
		public void execute(DelegateExecution execution) {
			String by = ActingUser.of(execution);
			badInput(() -> plans.keep(execution.getTenantId(), plans.contents(execution.getTenantId(),
					PROGRESS_CONTACT.get(execution), UPDATE_INTERVAL.get(execution), CONTACTS.get(execution),
					MANUAL_SYSTEMS.get(execution), COMMUNICATIONS.get(execution)), by));
			KEPT_BY.set(execution, by);
		}
	}

	@Component("contingencyPlanReviewRecordRecoveryPlan")
	static class RecordRecoveryPlan implements JavaDelegate {
		private final ContingencyPlans plans;

		RecordRecoveryPlan(ContingencyPlans plans) {
			this.plans = plans;
		}

		@Override
		public void execute(DelegateExecution execution) {
			badInput(() -> plans.recoveryPlanReviewed(execution.getTenantId(), RECOVERY_PLAN_REFERENCE.get(execution),
					RECOVERY_PLAN_LOCATION.get(execution), ActingUser.of(execution)));
		}
	}

	@Component("contingencyPlanReviewIssuePlan")
	static class IssuePlan implements JavaDelegate {
		private final ContingencyPlans plans;

		IssuePlan(ContingencyPlans plans) {
			this.plans = plans;
		}

		@Override
		public void execute(DelegateExecution execution) {
			plans.issue(execution.getTenantId(), KEPT_BY.required(execution));
		}
	}

	@Component("contingencyPlanReviewRemindOffsiteCopy")
	static class RemindOffsiteCopy implements JavaDelegate {
		private final ContingencyPlans plans;

		RemindOffsiteCopy(ContingencyPlans plans) {
			this.plans = plans;
		}

		@Override
		public void execute(DelegateExecution execution) {
			plans.remindOffsiteCopy(execution.getTenantId(), version(execution));
		}
	}

	@Component("contingencyPlanReviewRecordOffsiteCopy")
	static class RecordOffsiteCopy implements JavaDelegate {
		private final ContingencyPlans plans;

		RecordOffsiteCopy(ContingencyPlans plans) {
			this.plans = plans;
		}

		@Override
		public void execute(DelegateExecution execution) {
			badInput(() -> plans.offsiteCopyReplaced(execution.getTenantId(), version(execution),
					OFFSITE_COPY_WHERE.get(execution), ActingUser.of(execution)));
		}
	}

	@Component("contingencyPlanReviewRecordFiling")
	static class RecordFiling implements JavaDelegate {
		private final ContingencyPlans plans;

		RecordFiling(ContingencyPlans plans) {
			this.plans = plans;
		}

		@Override
		public void execute(DelegateExecution execution) {
			badInput(() -> plans.filed(execution.getTenantId(), version(execution), FILED_WHERE.get(execution),
					ActingUser.of(execution)));
		}
	}

	@Component("contingencyPlanReviewRemindHolders")
	static class RemindHolders extends ReviewNoticeDelegate {
		RemindHolders(ReviewNotices notices) {
			super(notices, TITLE, ContingencyPlanReviewDelegates::due, false);
		}
	}

	@Component("contingencyPlanReviewReportOverdue")
	static class ReportOverdue extends ReviewNoticeDelegate {
		ReportOverdue(ReviewNotices notices) {
			super(notices, TITLE, ContingencyPlanReviewDelegates::due, true);
		}
	}
}

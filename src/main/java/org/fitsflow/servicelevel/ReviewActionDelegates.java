package org.fitsflow.servicelevel;

import static org.fitsflow.servicelevel.ReviewActionProcess.*;
import static org.fitsflow.system.process.Refusing.badInput;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fitsflow.system.process.ActingUser;
import org.springframework.stereotype.Component;

/** The Java side of {@code bpmn/review-action.bpmn}: one bean per service task, named after the model and element. */
final class ReviewActionDelegates {

	private ReviewActionDelegates() {
	}

	@Component("reviewActionRemindActionOverdue")
	static class RemindActionOverdue implements JavaDelegate {
		private final ReviewActions actions;

		RemindActionOverdue(ReviewActions actions) {
			this.actions = actions;
		}

		@Override
		public void execute(DelegateExecution execution) {
			actions.remindOverdue(execution.getTenantId(), execution.getProcessBusinessKey());
		}
	}

	@Component("reviewActionRecordActionDone")
	static class RecordActionDone implements JavaDelegate {
		private final ReviewActions actions;

		RecordActionDone(ReviewActions actions) {
			this.actions = actions;
		}

		@Override
		public void execute(DelegateExecution execution) {
			badInput(() -> actions.done(execution.getTenantId(), execution.getProcessBusinessKey(),
					ACTION_OUTCOME.get(execution), ActingUser.of(execution)));
		}
	}
}

package org.fitsflow.change;

import static org.fitsflow.change.RequestForChangeProcess.*;
import static org.fitsflow.system.process.Refusing.badInput;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fitsflow.configuration.FormItems;
import org.fitsflow.system.process.ActingUser;
import org.springframework.stereotype.Component;

/**
 * The Java side of {@code bpmn/request-for-change.bpmn}: one bean per service task, named after the model and the
 * element ({@code requestForChangeSubmitStep1} for {@code Task_SubmitStep1}). Each maps its variables in, makes one
 * call to {@link Changes}, and maps the answer out. The ICT owner's decisions are signed by whoever completed the
 * task ({@link ActingUser}: the ICT owner in Tasklist, or the ICT owner on whose behalf an e-mailed link was
 * confirmed).
 */
final class RequestForChangeDelegates {

	private RequestForChangeDelegates() {
	}

	/** The request is found by its process instance (whose business key is its reference), never by a variable. */
	private static String reference(DelegateExecution execution) {
		return execution.getProcessBusinessKey();
	}

	/** The decision is on the request now; the next approval form must not open with this answer ticked. */
	private static void forgetAnswer(DelegateExecution execution) {
		APPROVAL.remove(execution);
		APPROVAL_COMMENT.remove(execution);
	}

	@Component("requestForChangeOpenRequest")
	static class OpenRequest implements JavaDelegate {
		private final Changes changes;

		OpenRequest(Changes changes) {
			this.changes = changes;
		}

		@Override
		public void execute(DelegateExecution execution) {
			String originator = ORIGINATOR.get(execution);
			RequestForChange rfc = changes.open(execution.getTenantId(), execution.getProcessInstanceId(),
					RAISED_FROM.get(execution), BRIEF_DESCRIPTION.get(execution), REASON.get(execution),
					originator == null || originator.isBlank() ? STARTER.get(execution) : originator);
			execution.setProcessBusinessKey(rfc.getReference());
			CHANGE_REFERENCE.set(execution, rfc.getReference());
			ORIGINATOR.set(execution, rfc.getOriginatorUserId());
			ORIGINATOR_NAME.set(execution, rfc.getOriginatorName());
		}
	}

	@Component("requestForChangeSubmitStep1")
	static class SubmitStep1 implements JavaDelegate {
		private final Changes changes;

		SubmitStep1(Changes changes) {
			this.changes = changes;
		}

		@Override
		public void execute(DelegateExecution execution) {
			// The cost against the budget is for the ICT owner's eyes only (ApprovalByMail puts it on the approval):
			// the budget's remainder, like a staff cost, tells what staff cost.
			RaisedAs raisedAs = RAISED_AS.get(execution);
			boolean purchaseNeeded = PURCHASE_NEEDED.isTrue(execution);
			changes.submitStep1(execution.getTenantId(), reference(execution),
					new Changes.Step1(UNIQUE_IDENTIFIERS.get(execution), ITEM_NAMES.get(execution),
							badInput(() -> FormItems.references(REGISTER_ITEMS.name(), REGISTER_ITEMS.get(execution))),
							BRIEF_DESCRIPTION.get(execution), REASON.get(execution), COST.get(execution),
							COST_CATEGORY.get(execution), raisedAs, purchaseNeeded));
			// An unticked checkbox is not submitted: the gateway needs a value either way.
			PURCHASE_NEEDED.set(execution, purchaseNeeded);
			STEP_2_FUNCTION.set(execution, raisedAs.step2By());
		}
	}

	@Component("requestForChangeRecordProceedDecision")
	static class RecordProceedDecision implements JavaDelegate {
		private final Changes changes;

		RecordProceedDecision(Changes changes) {
			this.changes = changes;
		}

		@Override
		public void execute(DelegateExecution execution) {
			boolean approved = changes.decideProceeding(execution.getTenantId(), reference(execution),
					APPROVAL.get(execution), APPROVAL_COMMENT.get(execution), ActingUser.of(execution));
			PROCEED_APPROVED.set(execution, approved);
			forgetAnswer(execution);
			if (!approved) {
				CHANGE_OUTCOME.set(execution, ChangeOutcome.REJECTED);
			}
		}
	}

	@Component("requestForChangeSubmitStep2")
	static class SubmitStep2 implements JavaDelegate {
		private final Changes changes;

		SubmitStep2(Changes changes) {
			this.changes = changes;
		}

		@Override
		public void execute(DelegateExecution execution) {
			Changes.Planned planned = changes.submitStep2(execution.getTenantId(), reference(execution),
					new Changes.Step2(FULL_DETAILS.get(execution), IMPACT_ON_SERVICES.get(execution),
							IMPACT_OF_FAILURE.get(execution), FALLBACK_PLAN.get(execution), CHANGE_DATE_TIME.get(execution),
							IMPLEMENTER.get(execution)));
			CHANGE_DUE.set(execution, Date.from(planned.changeAt()));
			IMPLEMENTER.set(execution, planned.implementer());
			// Shown to the ICT owner and the implementer in the school's time zone.
			CHANGE_WHEN.set(execution, planned.changeWhen());
		}
	}

	@Component("requestForChangeTellIctUsers")
	static class TellIctUsers implements JavaDelegate {
		private final Changes changes;

		TellIctUsers(Changes changes) {
			this.changes = changes;
		}

		@Override
		public void execute(DelegateExecution execution) {
			changes.tellIctUsers(execution.getTenantId(), reference(execution));
		}
	}

	@Component("requestForChangeRecordDiscussion")
	static class RecordDiscussion implements JavaDelegate {
		private final Changes changes;

		RecordDiscussion(Changes changes) {
			this.changes = changes;
		}

		@Override
		public void execute(DelegateExecution execution) {
			boolean agreed = changes.recordDiscussion(execution.getTenantId(), reference(execution),
					USERS_AGREE.get(execution), USERS_FEEDBACK.get(execution));
			SCHEDULE_AGREED.set(execution, agreed);
			// Asked afresh after a reschedule, so the form does not come back with the old answer ticked.
			USERS_AGREE.remove(execution);
		}
	}

	@Component("requestForChangeRecordImplementDecision")
	static class RecordImplementDecision implements JavaDelegate {
		private final Changes changes;

		RecordImplementDecision(Changes changes) {
			this.changes = changes;
		}

		@Override
		public void execute(DelegateExecution execution) {
			boolean approved = changes.decideImplementation(execution.getTenantId(), reference(execution),
					APPROVAL.get(execution), APPROVAL_COMMENT.get(execution), ActingUser.of(execution));
			IMPLEMENT_APPROVED.set(execution, approved);
			forgetAnswer(execution);
			if (!approved) {
				CHANGE_OUTCOME.set(execution, ChangeOutcome.REJECTED);
			}
		}
	}

	@Component("requestForChangeRecordOrder")
	static class RecordOrder implements JavaDelegate {
		private final Changes changes;

		RecordOrder(Changes changes) {
			this.changes = changes;
		}

		@Override
		public void execute(DelegateExecution execution) {
			changes.recordOrder(execution.getTenantId(), reference(execution), new Changes.Order(SUPPLIER.get(execution),
					ORDER_REFERENCE.get(execution), ORDERED_ON.get(execution), EXPECTED_DELIVERY_ON.get(execution)),
					ActingUser.of(execution));
		}
	}

	@Component("requestForChangeRecordDelivery")
	static class RecordDelivery implements JavaDelegate {
		private final Changes changes;

		RecordDelivery(Changes changes) {
			this.changes = changes;
		}

		@Override
		public void execute(DelegateExecution execution) {
			changes.recordDelivery(execution.getTenantId(), reference(execution), DELIVERED_ON.get(execution),
					DELIVERY_NOTES.get(execution), ActingUser.of(execution));
		}
	}

	@Component("requestForChangeRemindImplementer")
	static class RemindImplementer implements JavaDelegate {
		private final Changes changes;

		RemindImplementer(Changes changes) {
			this.changes = changes;
		}

		@Override
		public void execute(DelegateExecution execution) {
			changes.remindImplementer(execution.getTenantId(), reference(execution));
		}
	}

	@Component("requestForChangeSubmitOutcome")
	static class SubmitOutcome implements JavaDelegate {
		private final Changes changes;

		SubmitOutcome(Changes changes) {
			this.changes = changes;
		}

		@Override
		public void execute(DelegateExecution execution) {
			ChangeOutcome outcome = changes.recordOutcome(execution.getTenantId(), reference(execution),
					new Changes.Step3(OUTCOME.get(execution), OUTCOME_NOTES.get(execution),
							FALLBACK_CARRIED_OUT.get(execution), FOLLOW_UP.get(execution), FOLLOW_UP_NOTES.get(execution),
							ACTUAL_COST.get(execution)),
					ActingUser.of(execution));
			CHANGE_OUTCOME.set(execution, outcome);
			CONFIGURATION_CHANGED.set(execution, outcome.changedConfiguration());
		}
	}

	@Component("requestForChangeRecordConfigurationUpdate")
	static class RecordConfigurationUpdate implements JavaDelegate {
		private final Changes changes;

		RecordConfigurationUpdate(Changes changes) {
			this.changes = changes;
		}

		@Override
		public void execute(DelegateExecution execution) {
			changes.recordConfigurationUpdated(execution.getTenantId(), reference(execution),
					CONFIGURATION_NOTES.get(execution),
					badInput(() -> FormItems.newItems(NEW_ITEMS.name(), NEW_ITEMS.get(execution))), ActingUser.of(execution));
		}
	}
}

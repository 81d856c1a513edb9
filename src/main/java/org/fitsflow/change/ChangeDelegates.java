package org.fitsflow.change;

import static org.fitsflow.change.RequestForChangeProcess.*;

import java.math.BigDecimal;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * The thin delegates of the request-for-change model: each maps variables to one call of {@link Changes} and maps
 * the answer back. The ICT owner's decisions are signed by whoever completed the task (the engine's authenticated
 * user: the ICT owner in Tasklist, or the ICT owner on whose behalf an e-mailed link was confirmed).
 */
final class ChangeDelegates {

	private ChangeDelegates() {
	}

	/** The request is found by its process instance (whose business key is its reference), never by a variable. */
	static String reference(DelegateExecution execution) {
		return execution.getProcessBusinessKey();
	}

	static String string(DelegateExecution execution, String name) {
		Object value = execution.getVariable(name);
		return value == null ? null : value.toString();
	}

	static BigDecimal money(DelegateExecution execution, String name) {
		Object value = execution.getVariable(name);
		if (value == null || value.toString().isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(value.toString().trim());
		}
		catch (NumberFormatException e) {
			throw new org.fitsflow.system.forms.FormInputRefused("'" + name + "' is not an amount of money: " + value);
		}
	}

	/** The decision is on the request now; the next approval form must not open with this answer ticked. */
	static void forgetAnswer(DelegateExecution execution) {
		execution.removeVariable(APPROVAL);
		execution.removeVariable(APPROVAL_COMMENT);
	}

	static String whoIsActing(DelegateExecution execution) {
		Authentication authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		return authentication == null || authentication.getUserId() == null ? "system" : authentication.getUserId();
	}

	@Component("openRequestForChange")
	static class Open implements JavaDelegate {
		private final Changes changes;

		Open(Changes changes) {
			this.changes = changes;
		}

		@Override
		public void execute(DelegateExecution execution) {
			String originator = string(execution, ORIGINATOR);
			if (originator == null || originator.isBlank()) {
				originator = string(execution, STARTER);
			}
			RequestForChange rfc = changes.open(execution.getTenantId(), execution.getProcessInstanceId(),
					string(execution, RAISED_FROM), string(execution, BRIEF_DESCRIPTION), string(execution, REASON), originator);
			execution.setProcessBusinessKey(rfc.getReference());
			execution.setVariable(CHANGE_REFERENCE, rfc.getReference());
			execution.setVariable(ORIGINATOR, rfc.getOriginatorUserId());
			execution.setVariable("originatorName", rfc.getOriginatorName());
		}
	}

	@Component("submitChangeStep1")
	static class SubmitStep1 implements JavaDelegate {
		private final Changes changes;

		SubmitStep1(Changes changes) {
			this.changes = changes;
		}

		@Override
		public void execute(DelegateExecution execution) {
			// The cost against the budget is shown to the ICT owner only (ApprovalByMail): it reveals staff costs.
			changes.submitStep1(execution.getTenantId(), reference(execution),
					new Changes.Step1(string(execution, "uniqueIdentifiers"), string(execution, "itemNames"),
							string(execution, BRIEF_DESCRIPTION), string(execution, REASON), money(execution, "cost"),
							string(execution, "costCategory")));
		}
	}

	@Component("recordProceedDecision")
	static class RecordProceedDecision implements JavaDelegate {
		private final Changes changes;

		RecordProceedDecision(Changes changes) {
			this.changes = changes;
		}

		@Override
		public void execute(DelegateExecution execution) {
			boolean approved = changes.decideProceeding(execution.getTenantId(), reference(execution),
					string(execution, APPROVAL), string(execution, APPROVAL_COMMENT), whoIsActing(execution));
			execution.setVariable(PROCEED_APPROVED, approved);
			forgetAnswer(execution);
			if (!approved) {
				execution.setVariable(CHANGE_OUTCOME, ChangeOutcome.REJECTED.id());
			}
		}
	}

	@Component("submitChangeStep2")
	static class SubmitStep2 implements JavaDelegate {
		private final Changes changes;

		SubmitStep2(Changes changes) {
			this.changes = changes;
		}

		@Override
		public void execute(DelegateExecution execution) {
			var changeAt = changes.submitStep2(execution.getTenantId(), reference(execution),
					new Changes.Step2(string(execution, "fullDetails"), string(execution, "impactOnServices"),
							string(execution, "impactOfFailure"), string(execution, "fallbackPlan"),
							string(execution, "changeDateTime"), string(execution, IMPLEMENTER)));
			execution.setVariable(CHANGE_DUE, Date.from(changeAt));
			execution.setVariable(IMPLEMENTER, string(execution, IMPLEMENTER).trim());
			RequestForChange rfc = changes.find(execution.getTenantId(), reference(execution));
			// Shown to the ICT owner and the implementer in the school's time zone.
			execution.setVariable("changeWhen", changes.model(rfc).get("changeAt"));
		}
	}

	@Component("tellIctUsersOfChange")
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

	@Component("recordUsersDiscussion")
	static class RecordUsersDiscussion implements JavaDelegate {
		private final Changes changes;

		RecordUsersDiscussion(Changes changes) {
			this.changes = changes;
		}

		@Override
		public void execute(DelegateExecution execution) {
			boolean agreed = changes.recordDiscussion(execution.getTenantId(), reference(execution),
					string(execution, USERS_AGREE), string(execution, "usersFeedback"));
			execution.setVariable(SCHEDULE_AGREED, agreed);
			// Asked afresh after a reschedule, so the form does not come back with the old answer ticked.
			execution.removeVariable(USERS_AGREE);
		}
	}

	@Component("recordImplementDecision")
	static class RecordImplementDecision implements JavaDelegate {
		private final Changes changes;

		RecordImplementDecision(Changes changes) {
			this.changes = changes;
		}

		@Override
		public void execute(DelegateExecution execution) {
			boolean approved = changes.decideImplementation(execution.getTenantId(), reference(execution),
					string(execution, APPROVAL), string(execution, APPROVAL_COMMENT), whoIsActing(execution));
			execution.setVariable(IMPLEMENT_APPROVED, approved);
			forgetAnswer(execution);
			if (!approved) {
				execution.setVariable(CHANGE_OUTCOME, ChangeOutcome.REJECTED.id());
			}
		}
	}

	@Component("remindImplementer")
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

	@Component("recordChangeOutcome")
	static class RecordOutcome implements JavaDelegate {
		private final Changes changes;

		RecordOutcome(Changes changes) {
			this.changes = changes;
		}

		@Override
		public void execute(DelegateExecution execution) {
			Object fallback = execution.getVariable("fallbackCarriedOut");
			ChangeOutcome outcome = changes.recordOutcome(execution.getTenantId(), reference(execution),
					new Changes.Step3(string(execution, "outcome"), string(execution, "outcomeNotes"),
							fallback instanceof Boolean b ? b : Boolean.valueOf(String.valueOf(fallback)),
							string(execution, "followUp"), string(execution, "followUpNotes"), money(execution, "actualCost")),
					whoIsActing(execution));
			execution.setVariable(CHANGE_OUTCOME, outcome.id());
		}
	}

	@Component("recordConfigurationUpdate")
	static class RecordConfigurationUpdate implements JavaDelegate {
		private final Changes changes;

		RecordConfigurationUpdate(Changes changes) {
			this.changes = changes;
		}

		@Override
		public void execute(DelegateExecution execution) {
			changes.recordConfigurationUpdated(execution.getTenantId(), reference(execution),
					string(execution, "configurationNotes"), whoIsActing(execution));
		}
	}
}

package org.fitsflow.continuity;

import static org.fitsflow.continuity.ContingencyInvocationProcess.*;

import java.util.function.Supplier;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fitsflow.system.ForbiddenException;
import org.fitsflow.system.process.ActingUser;
import org.fitsflow.system.process.Refusing;
import org.springframework.stereotype.Component;

/**
 * The Java side of {@code bpmn/contingency-invocation.bpmn}: one bean per service task, named after the model and
 * the element. Each maps its variables in, makes one call to {@link Invocations}, and maps the answer out. Who acted
 * is the engine's authenticated user; a refusal of what a form said is a bad request (the task stays open), and a
 * caller who is not the school's ICT owner is refused as unauthorized.
 */
final class ContingencyInvocationDelegates {

	private ContingencyInvocationDelegates() {
	}

	/** The invocation is found by its process instance (whose business key is its reference), never by a variable. */
	private static String reference(DelegateExecution execution) {
		return execution.getProcessBusinessKey();
	}

	private static Long service(DelegateExecution execution) {
		return Long.valueOf(AFFECTED_SERVICE.required(execution));
	}

	/** Bad input is a 400 with its message; someone who may not do this is refused as the engine refuses them. */
	static <T> T asCaller(Supplier<T> work) {
		try {
			return Refusing.badInput(work);
		}
		catch (ForbiddenException e) {
			throw new AuthorizationException(e.getMessage());
		}
	}

	/** The step's time and notes were read: the next form of this service starts empty. */
	private static void forgetStep(DelegateExecution execution) {
		HAPPENED_AT.set(execution, null);
		STEP_NOTES.set(execution, null);
	}

	@Component("contingencyInvocationRecordInvocation")
	static class RecordInvocation implements JavaDelegate {
		private final Invocations invocations;

		RecordInvocation(Invocations invocations) {
			this.invocations = invocations;
		}

		@Override
		public void execute(DelegateExecution execution) {
			Invocation invocation = asCaller(() -> invocations.invoke(execution.getTenantId(), ActingUser.of(execution),
					AFFECTED_SERVICES.get(execution), WHAT_HAPPENED.get(execution), LOSS_STARTED_AT.get(execution),
					execution.getProcessInstanceId()));
			execution.setProcessBusinessKey(invocation.getReference());
			INVOCATION_REFERENCE.set(execution, invocation.getReference());
		}
	}

	@Component("contingencyInvocationRecordDecision")
	static class RecordDecision implements JavaDelegate {
		private final Invocations invocations;

		RecordDecision(Invocations invocations) {
			this.invocations = invocations;
		}

		@Override
		public void execute(DelegateExecution execution) {
			boolean invoke = asCaller(() -> invocations.decide(execution.getTenantId(), reference(execution),
					DECISION.get(execution), DECISION_REASON.get(execution), AFFECTED_SERVICES.get(execution),
					WHAT_HAPPENED.get(execution), LOSS_STARTED_AT.get(execution), ActingUser.of(execution)));
			INVOKE.set(execution, invoke);
		}
	}

	@Component("contingencyInvocationTellRecoveryTeam")
	static class TellRecoveryTeam implements JavaDelegate {
		private final Invocations invocations;

		TellRecoveryTeam(Invocations invocations) {
			this.invocations = invocations;
		}

		@Override
		public void execute(DelegateExecution execution) {
			invocations.tellRecoveryTeam(execution.getTenantId(), reference(execution));
		}
	}

	/**
	 * What this service's recovery needs, kept in its own instance of the sub-process (so parallel recoveries of
	 * several services never write over each other's forms).
	 */
	@Component("contingencyInvocationPrepareRecovery")
	static class PrepareRecovery implements JavaDelegate {
		private final Invocations invocations;

		PrepareRecovery(Invocations invocations) {
			this.invocations = invocations;
		}

		@Override
		public void execute(DelegateExecution execution) {
			Invocations.Recovery recovery = invocations.recovery(execution.getTenantId(), reference(execution),
					service(execution));
			SERVICE_NAME.setLocal(execution, recovery.serviceName());
			MANUAL_SYSTEM_IN_PLAN.setLocal(execution, recovery.manualSystemInPlan());
			MANUAL_SYSTEM_STEPS.setLocal(execution, recovery.manualSystemSteps());
			MANUAL_SYSTEM_FUNCTION.setLocal(execution, recovery.manualSystemFunction());
			MANUAL_SYSTEM_PERSON.setLocal(execution, recovery.manualSystemPerson());
			RECOVERY_PLAN_REFERENCE.setLocal(execution, recovery.recoveryPlanReference());
			HAPPENED_AT.setLocal(execution, null);
			STEP_NOTES.setLocal(execution, null);
			RESTORATION.setLocal(execution, null);
			SERVICE_RESTORED.setLocal(execution, false);
		}
	}

	@Component("contingencyInvocationRecordManualSystem")
	static class RecordManualSystem implements JavaDelegate {
		private final Invocations invocations;

		RecordManualSystem(Invocations invocations) {
			this.invocations = invocations;
		}

		@Override
		public void execute(DelegateExecution execution) {
			asCaller(() -> {
				invocations.manualSystemStarted(execution.getTenantId(), reference(execution), service(execution),
						HAPPENED_AT.get(execution), STEP_NOTES.get(execution), ActingUser.of(execution));
				return null;
			});
			forgetStep(execution);
		}
	}

	@Component("contingencyInvocationRecordRecovery")
	static class RecordRecovery implements JavaDelegate {
		private final Invocations invocations;

		RecordRecovery(Invocations invocations) {
			this.invocations = invocations;
		}

		@Override
		public void execute(DelegateExecution execution) {
			asCaller(() -> {
				invocations.recoveryDone(execution.getTenantId(), reference(execution), service(execution),
						HAPPENED_AT.get(execution), STEP_NOTES.get(execution), ActingUser.of(execution));
				return null;
			});
			forgetStep(execution);
		}
	}

	/** The ICT owner's check, as the yes/no Gateway_ServiceRestored reads. */
	@Component("contingencyInvocationRecordServiceCheck")
	static class RecordServiceCheck implements JavaDelegate {
		private final Invocations invocations;

		RecordServiceCheck(Invocations invocations) {
			this.invocations = invocations;
		}

		@Override
		public void execute(DelegateExecution execution) {
			boolean restored = asCaller(() -> invocations.checked(execution.getTenantId(), reference(execution),
					service(execution), RESTORATION.get(execution), HAPPENED_AT.get(execution), STEP_NOTES.get(execution),
					ActingUser.of(execution)));
			SERVICE_RESTORED.set(execution, restored);
			RESTORATION.set(execution, null);
			forgetStep(execution);
		}
	}

	@Component("contingencyInvocationSendProgressUpdate")
	static class SendProgressUpdate implements JavaDelegate {
		private final Invocations invocations;

		SendProgressUpdate(Invocations invocations) {
			this.invocations = invocations;
		}

		@Override
		public void execute(DelegateExecution execution) {
			invocations.sendProgressUpdate(execution.getTenantId(), reference(execution));
		}
	}

	@Component("contingencyInvocationTellServicesRestored")
	static class TellServicesRestored implements JavaDelegate {
		private final Invocations invocations;

		TellServicesRestored(Invocations invocations) {
			this.invocations = invocations;
		}

		@Override
		public void execute(DelegateExecution execution) {
			invocations.tellServicesRestored(execution.getTenantId(), reference(execution));
		}
	}

	@Component("contingencyInvocationRecordReview")
	static class RecordReview implements JavaDelegate {
		private final Invocations invocations;

		RecordReview(Invocations invocations) {
			this.invocations = invocations;
		}

		@Override
		public void execute(DelegateExecution execution) {
			asCaller(() -> invocations.review(execution.getTenantId(), reference(execution), REVIEW_NOTES.get(execution),
					LESSONS.get(execution), STEPS_TO_ADD.get(execution), ActingUser.of(execution)));
		}
	}
}

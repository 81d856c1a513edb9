package org.fitsflow.problem;

import static org.fitsflow.problem.ProblemManagementProcess.*;
import static org.fitsflow.system.process.Refusing.badInput;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.fitsflow.change.ChangeOutcome;
import org.fitsflow.system.process.ActingUser;
import org.springframework.stereotype.Component;

/**
 * The Java side of {@code bpmn/problem-management.bpmn}: one bean per service task (and per gateway whose answer
 * comes from a form), named after the model and the element. Each maps its variables in, makes one call to
 * {@link Problems}, and maps the answer out.
 */
final class ProblemManagementDelegates {

	private ProblemManagementDelegates() {
	}

	/** The problem is found by its process instance (whose business key is its reference), never by a variable. */
	private static String reference(DelegateExecution execution) {
		return execution.getProcessBusinessKey();
	}

	@Component("problemManagementRecordProblem")
	static class RecordProblem implements JavaDelegate {
		private final Problems problems;

		RecordProblem(Problems problems) {
			this.problems = problems;
		}

		@Override
		public void execute(DelegateExecution execution) {
			Problem problem = badInput(() -> problems.raise(execution.getTenantId(), DESCRIPTION.get(execution),
					SERVICE.get(execution), ASSET_REFERENCE.get(execution), SOURCE.get(execution), RAISED_BY.get(execution)));
			execution.setProcessBusinessKey(problem.getReference());
			PROBLEM_REFERENCE.set(execution, problem.getReference());
			LINKED_INCIDENTS.set(execution, "none yet");
			INVESTIGATED_BY.set(execution, problem.investigator());
		}
	}

	@Component("problemManagementRecordDiagnosis")
	static class RecordDiagnosis implements JavaDelegate {
		private final Problems problems;

		RecordDiagnosis(Problems problems) {
			this.problems = problems;
		}

		@Override
		public void execute(DelegateExecution execution) {
			badInput(() -> problems.diagnose(execution.getTenantId(), reference(execution), ROOT_CAUSE.get(execution),
					WORKAROUND.get(execution)));
			boolean changeNeeded = CHANGE_NEEDED.isTrue(execution);
			// An unticked checkbox is not submitted: the gateway needs a value either way.
			CHANGE_NEEDED.set(execution, changeNeeded);
			if (changeNeeded) {
				Problems.ChangeRequest change = problems.changeRequest(execution.getTenantId(), reference(execution),
						CHANGE_DESCRIPTION.get(execution), CHANGE_REASON.get(execution));
				CHANGE_BRIEF_DESCRIPTION.set(execution, change.briefDescription());
				CHANGE_REASON.set(execution, change.reason());
				CHANGE_ORIGINATOR.set(execution, ActingUser.of(execution));
				Investigator investigator = INVESTIGATED_BY.get(execution);
				CHANGE_RAISED_AS.set(execution, (investigator == null ? Investigator.SECOND_LEVEL_SUPPORT : investigator).raisedAs());
			}
		}
	}

	@Component("problemManagementRecordChangeOutcome")
	static class RecordChangeOutcome implements JavaDelegate {
		private final Problems problems;

		RecordChangeOutcome(Problems problems) {
			this.problems = problems;
		}

		@Override
		public void execute(DelegateExecution execution) {
			ChangeOutcome outcome = CHANGE_OUTCOME.required(execution);
			problems.recordChangeOutcome(execution.getTenantId(), reference(execution), CHANGE_REFERENCE.get(execution),
					outcome.formValue());
			CHANGE_MADE.set(execution, outcome.made());
		}
	}

	/** Second-level support's answer on Task_VerifyFix, as the boolean Gateway_FixVerified reads. */
	@Component("problemManagementFixVerified")
	static class FixVerifiedAnswered implements TaskListener {
		@Override
		public void notify(DelegateTask task) {
			FIX_VERIFIED.set(task, VERIFICATION.get(task) == Verification.VERIFIED);
		}
	}

	@Component("problemManagementCloseProblem")
	static class CloseProblem implements JavaDelegate {
		private final Problems problems;

		CloseProblem(Problems problems) {
			this.problems = problems;
		}

		@Override
		public void execute(DelegateExecution execution) {
			problems.close(execution.getTenantId(), reference(execution));
		}
	}
}

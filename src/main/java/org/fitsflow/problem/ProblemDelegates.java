package org.fitsflow.problem;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fitsflow.incident.Originator;
import org.fitsflow.system.forms.FormInputRefused;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The problem-management model's service tasks: each maps variables to one call of {@link Problems}. */
@Configuration
class ProblemDelegates {

	private final Problems problems;

	ProblemDelegates(Problems problems) {
		this.problems = problems;
	}

	@Bean
	JavaDelegate recordProblem() {
		return execution -> {
			Problem problem;
			try {
				problem = problems.raise(execution.getTenantId(), string(execution, "description"),
						string(execution, "service"), string(execution, "assetReference"), string(execution, "source"),
						string(execution, "raisedBy"));
			}
			catch (IllegalArgumentException e) {
				throw new FormInputRefused(e.getMessage());
			}
			execution.setProcessBusinessKey(problem.getReference());
			execution.setVariable("problemReference", problem.getReference());
			execution.setVariable("linkedIncidents", "none yet");
		};
	}

	@Bean
	JavaDelegate recordDiagnosis() {
		return execution -> {
			Problem problem;
			try {
				problem = problems.diagnose(execution.getTenantId(), reference(execution), string(execution, "rootCause"),
						string(execution, "workaround"));
			}
			catch (IllegalArgumentException e) {
				throw new FormInputRefused(e.getMessage());
			}
			boolean changeNeeded = Boolean.TRUE.equals(execution.getVariable("changeNeeded"));
			execution.setVariable("changeNeeded", changeNeeded);
			if (changeNeeded) {
				String brief = string(execution, "changeDescription");
				String reason = string(execution, "changeReason");
				execution.setVariable("changeBriefDescription",
						brief == null || brief.isBlank() ? "Permanent fix for " + problem.getReference() : brief);
				execution.setVariable("changeReason", reason == null || reason.isBlank()
						? "Root cause of " + problem.getReference() + ": " + problem.getRootCause() : reason);
				execution.setVariable("changeOriginator", Originator.of(execution));
			}
		};
	}

	@Bean
	JavaDelegate recordProblemChangeOutcome() {
		return execution -> problems.recordChangeOutcome(execution.getTenantId(), reference(execution),
				string(execution, "changeReference"), string(execution, "changeOutcome"));
	}

	@Bean
	JavaDelegate closeProblem() {
		return execution -> problems.close(execution.getTenantId(), reference(execution));
	}

	/** The problem is found by its process instance (whose business key is its reference), never by a variable. */
	private static String reference(DelegateExecution execution) {
		return execution.getProcessBusinessKey();
	}

	private static String string(DelegateExecution execution, String name) {
		Object value = execution.getVariable(name);
		return value == null ? null : value.toString();
	}
}

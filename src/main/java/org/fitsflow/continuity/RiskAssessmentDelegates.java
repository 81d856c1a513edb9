package org.fitsflow.continuity;

import static org.fitsflow.continuity.RiskAssessmentProcess.*;
import static org.fitsflow.system.process.Refusing.badInput;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.fitsflow.school.ReviewNotices;
import org.fitsflow.system.process.ActingUser;
import org.springframework.stereotype.Component;

/**
 * The Java side of {@code bpmn/risk-assessment.bpmn}: one bean per service task, named after the model and the
 * element. Each maps its variables in, makes one call to {@link RiskAssessments}, and maps the answer out; who
 * assessed, decided and filed is the engine's authenticated user.
 */
final class RiskAssessmentDelegates {

	static final String TITLE = "yearly risk assessment";

	private RiskAssessmentDelegates() {
	}

	/** The assessment is found by its process instance (whose business key is its reference), never by a variable. */
	private static String reference(DelegateExecution execution) {
		return execution.getProcessBusinessKey();
	}

	static LocalDate due(DelegateExecution execution) {
		return LocalDate.parse(REVIEW_DUE.required(execution));
	}

	@Component("riskAssessmentOpenAssessment")
	static class OpenAssessment implements JavaDelegate {
		private final RiskAssessments assessments;

		OpenAssessment(RiskAssessments assessments) {
			this.assessments = assessments;
		}

		@Override
		public void execute(DelegateExecution execution) {
			RiskAssessment assessment = assessments.open(execution.getTenantId(), due(execution),
					execution.getProcessInstanceId());
			execution.setProcessBusinessKey(assessment.getReference());
			ASSESSMENT_REFERENCE.set(execution, assessment.getReference());
			BASELINE_NOTE.set(execution, assessments.baselineNote(assessment));
			RISKS.set(execution, SpinValues.jsonValue(assessments.baselineRisks(assessment)).create());
		}
	}

	@Component("riskAssessmentRecordAssessment")
	static class RecordAssessment implements JavaDelegate {
		private final RiskAssessments assessments;

		RecordAssessment(RiskAssessments assessments) {
			this.assessments = assessments;
		}

		@Override
		public void execute(DelegateExecution execution) {
			RiskAssessment assessment = badInput(() -> assessments.assess(execution.getTenantId(), reference(execution),
					RISKS.get(execution), RECOMMENDATIONS.get(execution), ActingUser.of(execution)));
			RISK_SUMMARY.set(execution, assessments.summary(assessment));
			DECISIONS.set(execution, SpinValues.jsonValue(assessments.decisionRows(assessment)).create());
		}
	}

	@Component("riskAssessmentRecordDecisions")
	static class RecordDecisions implements JavaDelegate {
		private final RiskAssessments assessments;

		RecordDecisions(RiskAssessments assessments) {
			this.assessments = assessments;
		}

		@Override
		public void execute(DelegateExecution execution) {
			badInput(() -> assessments.decide(execution.getTenantId(), reference(execution), DECISIONS.get(execution),
					ActingUser.of(execution)));
		}
	}

	@Component("riskAssessmentActOnRecommendations")
	static class ActOnRecommendations implements JavaDelegate {
		private final RiskAssessments assessments;

		ActOnRecommendations(RiskAssessments assessments) {
			this.assessments = assessments;
		}

		@Override
		public void execute(DelegateExecution execution) {
			assessments.actOn(execution.getTenantId(), reference(execution));
		}
	}

	@Component("riskAssessmentSendForFiling")
	static class SendForFiling implements JavaDelegate {
		private final RiskAssessments assessments;

		SendForFiling(RiskAssessments assessments) {
			this.assessments = assessments;
		}

		@Override
		public void execute(DelegateExecution execution) {
			assessments.sendForFiling(execution.getTenantId(), reference(execution));
		}
	}

	@Component("riskAssessmentRecordFiling")
	static class RecordFiling implements JavaDelegate {
		private final RiskAssessments assessments;

		RecordFiling(RiskAssessments assessments) {
			this.assessments = assessments;
		}

		@Override
		public void execute(DelegateExecution execution) {
			badInput(() -> assessments.filed(execution.getTenantId(), reference(execution), FILED_WHERE.get(execution),
					ActingUser.of(execution)));
		}
	}

	@Component("riskAssessmentRemindHolders")
	static class RemindHolders extends ReviewNoticeDelegate {
		RemindHolders(ReviewNotices notices) {
			super(notices, TITLE, RiskAssessmentDelegates::due, false);
		}
	}

	@Component("riskAssessmentReportOverdue")
	static class ReportOverdue extends ReviewNoticeDelegate {
		ReportOverdue(ReviewNotices notices) {
			super(notices, TITLE, RiskAssessmentDelegates::due, true);
		}
	}
}

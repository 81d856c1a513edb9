package org.fitsflow.continuity;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.fitsflow.system.AsSystem;
import org.fitsflow.system.process.FormValue;
import org.fitsflow.system.process.ProcessVariables;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Rates a risk from its likelihood and harm with {@code dmn/risk-rating.dmn}: the rule is the school's, in the table a
 * process owner changes in Camunda Modeler, not here. The table is deployed for every school.
 */
@Component
class RiskRatings {

	private final DecisionService decisions;
	private final AsSystem asSystem;

	RiskRatings(@Lazy DecisionService decisions, AsSystem asSystem) {
		this.decisions = decisions;
		this.asSystem = asSystem;
	}

	RiskRating rate(Likelihood likelihood, Harm harm) {
		VariableMap inputs = ProcessVariables.with(RiskAssessmentProcess.LIKELIHOOD, likelihood)
			.and(RiskAssessmentProcess.HARM, harm);
		// Applied by the application for a person already allowed to record the assessment.
		String rating = asSystem.call(() -> decisions.evaluateDecisionTableByKey(RiskAssessmentProcess.DECISION_RISK_RATING)
			.decisionDefinitionWithoutTenantId().variables(inputs).evaluate().getSingleResult().getEntry(RiskAssessmentProcess.RISK_RATING));
		return FormValue.of(RiskRating.class, RiskAssessmentProcess.RISK_RATING, rating);
	}
}

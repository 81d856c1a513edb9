package org.fitsflow.continuity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.fitsflow.system.process.FormValue;
import org.fitsflow.system.process.ProcessVariables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A table test per rule of risk-rating, and proof that every combination of its inputs has exactly one answer. */
class RiskRatingDecisionTest {

	private static DmnEngine dmn;
	private static DmnDecision rating;

	@BeforeAll
	static void parse() throws Exception {
		dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		try (InputStream in = RiskRatingDecisionTest.class.getResourceAsStream("/dmn/risk-rating.dmn")) {
			rating = dmn.parseDecision(RiskAssessmentProcess.DECISION_RISK_RATING, in);
		}
	}

	@ParameterizedTest(name = "{0} and {1} -> {2}")
	@CsvSource({ "unlikely,minor,low", "unlikely,serious,low", "unlikely,severe,medium", "possible,minor,low",
			"possible,serious,medium", "possible,severe,high", "likely,minor,medium", "likely,serious,high",
			"likely,severe,high" })
	void eachRule(String likelihood, String harm, String expected) {
		DmnDecisionTableResult result = evaluate(FormValue.of(Likelihood.class, "likelihood", likelihood),
				FormValue.of(Harm.class, "harm", harm));
		assertThat(result).hasSize(1);
		assertThat((String) result.getSingleEntry()).isEqualTo(expected);
		assertThat(result.getSingleResult().getEntryMap()).containsOnlyKeys(RiskAssessmentProcess.RISK_RATING);
	}

	@Test
	void everyCombinationOfInputs_hasExactlyOneAnswer_andEveryRuleIsSomeCombination() {
		Set<String> rulesHit = new HashSet<>();
		int combinations = 0;
		for (Likelihood likelihood : Likelihood.values()) {
			for (Harm harm : Harm.values()) {
				combinations++;
				// Hit policy UNIQUE: the engine refuses a combination that two rules match.
				DmnDecisionTableResult result = evaluate(likelihood, harm);
				assertThat(result).as(likelihood + "/" + harm).hasSize(1);
				assertThat(FormValue.values(RiskRating.class)).contains((String) result.getSingleEntry());
				rulesHit.add(likelihood.formValue() + "/" + harm.formValue());
			}
		}
		var rules = ((DmnDecisionTableImpl) rating.getDecisionLogic()).getRules();
		assertThat(rules).extracting(DmnDecisionTableRuleImpl::getId).doesNotHaveDuplicates();
		assertThat(combinations).isEqualTo(Likelihood.values().length * Harm.values().length);
		assertThat(rules).hasSize(combinations);
		assertThat(rulesHit).hasSize(combinations);
	}

	@Test
	void moreLikelyOrMoreHarmful_isNeverRatedLower() {
		for (Likelihood likelihood : Likelihood.values()) {
			for (Harm harm : Harm.values()) {
				RiskRating here = rate(likelihood, harm);
				if (likelihood.ordinal() + 1 < Likelihood.values().length) {
					assertThat(rate(Likelihood.values()[likelihood.ordinal() + 1], harm).ordinal())
						.as("more likely than " + likelihood + ", " + harm).isLessThanOrEqualTo(here.ordinal());
				}
				if (harm.ordinal() + 1 < Harm.values().length) {
					assertThat(rate(likelihood, Harm.values()[harm.ordinal() + 1]).ordinal())
						.as("more harmful than " + likelihood + ", " + harm).isLessThanOrEqualTo(here.ordinal());
				}
			}
		}
	}

	private static RiskRating rate(Likelihood likelihood, Harm harm) {
		return FormValue.of(RiskRating.class, RiskAssessmentProcess.RISK_RATING, evaluate(likelihood, harm).getSingleEntry());
	}

	/** The table's inputs as the Java side passes them: the form values, named by the contract. */
	private static DmnDecisionTableResult evaluate(Likelihood likelihood, Harm harm) {
		Map<String, Object> inputs = ProcessVariables.with(RiskAssessmentProcess.LIKELIHOOD, likelihood)
			.and(RiskAssessmentProcess.HARM, harm);
		return dmn.evaluateDecisionTable(rating, inputs);
	}
}

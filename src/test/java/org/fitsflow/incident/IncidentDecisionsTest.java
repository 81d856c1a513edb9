package org.fitsflow.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.junit.jupiter.api.BeforeAll;
import org.fitsflow.servicelevel.Importance;
import org.fitsflow.system.process.FormValue;
import org.fitsflow.system.process.ProcessVariables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A table test per rule of incident-priority and incident-targets, and proof that every combination has one answer. */
class IncidentDecisionsTest {

	private static DmnEngine dmn;
	private static DmnDecision priority;
	private static DmnDecision targets;

	@BeforeAll
	static void parse() throws Exception {
		dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		try (InputStream in = IncidentDecisionsTest.class.getResourceAsStream("/dmn/incident-priority.dmn")) {
			priority = dmn.parseDecision("incident-priority", in);
		}
		try (InputStream in = IncidentDecisionsTest.class.getResourceAsStream("/dmn/incident-targets.dmn")) {
			targets = dmn.parseDecision("incident-targets", in);
		}
	}

	@ParameterizedTest(name = "{0}, {1}, {2} importance -> priority {3}")
	@CsvSource({
			"one-user,work-continues,low,4", "one-user,work-continues,medium,4", "one-user,work-continues,high,3",
			"one-user,work-impaired,low,4", "one-user,work-impaired,medium,3", "one-user,work-impaired,high,3",
			"one-user,work-stopped,low,3", "one-user,work-stopped,medium,3", "one-user,work-stopped,high,2",
			"several-users,work-continues,low,4", "several-users,work-continues,medium,3", "several-users,work-continues,high,3",
			"several-users,work-impaired,low,3", "several-users,work-impaired,medium,3", "several-users,work-impaired,high,2",
			"several-users,work-stopped,low,3", "several-users,work-stopped,medium,2", "several-users,work-stopped,high,2",
			"whole-class,work-continues,low,3", "whole-class,work-continues,medium,3", "whole-class,work-continues,high,2",
			"whole-class,work-impaired,low,3", "whole-class,work-impaired,medium,2", "whole-class,work-impaired,high,2",
			"whole-class,work-stopped,low,2", "whole-class,work-stopped,medium,2", "whole-class,work-stopped,high,1",
			"whole-school,work-continues,low,3", "whole-school,work-continues,medium,2", "whole-school,work-continues,high,2",
			"whole-school,work-impaired,low,2", "whole-school,work-impaired,medium,2", "whole-school,work-impaired,high,1",
			"whole-school,work-stopped,low,2", "whole-school,work-stopped,medium,1", "whole-school,work-stopped,high,1" })
	void priorityRule(String impact, String urgency, String importance, int expected) {
		DmnDecisionTableResult result = dmn.evaluateDecisionTable(priority, inputs(impact, urgency, importance));
		assertThat(result).hasSize(1);
		assertThat((Integer) result.getSingleEntry()).isEqualTo(expected);
	}

	@Test
	void everyCombinationOfInputs_hasExactlyOneAnswer_andEveryRuleIsSomeCombination() {
		Set<String> rulesHit = new HashSet<>();
		int combinations = 0;
		for (String impact : FormValue.values(Impact.class)) {
			for (String urgency : FormValue.values(Urgency.class)) {
				for (String importance : FormValue.values(Importance.class)) {
					combinations++;
					// Hit policy UNIQUE: the engine refuses a combination that two rules match.
					DmnDecisionTableResult result = dmn.evaluateDecisionTable(priority, inputs(impact, urgency, importance));
					assertThat(result).as(impact + "/" + urgency + "/" + importance).hasSize(1);
					rulesHit.add(impact + urgency + importance);
				}
			}
		}
		int rules = ((DmnDecisionTableImpl) priority.getDecisionLogic()).getRules().size();
		assertThat(combinations).isEqualTo(36);
		assertThat(rules).isEqualTo(combinations);
		assertThat(rulesHit).hasSize(36);
	}

	@Test
	void aClassroomNetworkFailure_outranksALocalPrintingProblem() {
		int network = dmn.evaluateDecisionTable(priority, (Map<String, Object>) ProcessVariables.with(IncidentManagementProcess.IMPACT,
				Impact.WHOLE_CLASS).and(IncidentManagementProcess.URGENCY, Urgency.WORK_STOPPED)
			.and(IncidentManagementProcess.SERVICE_IMPORTANCE, Importance.HIGH)).getSingleEntry();
		int printing = dmn.evaluateDecisionTable(priority, (Map<String, Object>) ProcessVariables.with(IncidentManagementProcess.IMPACT,
				Impact.ONE_USER).and(IncidentManagementProcess.URGENCY, Urgency.WORK_IMPAIRED)
			.and(IncidentManagementProcess.SERVICE_IMPORTANCE, Importance.LOW)).getSingleEntry();
		assertThat(network).isLessThan(printing);
	}

	@ParameterizedTest(name = "priority {0} -> respond within {1}, fix within {2}")
	@CsvSource({ "1,PT30M,PT2H", "2,PT1H,PT4H", "3,PT2H,PT16H", "4,PT4H,PT40H" })
	void targetsRule(int forPriority, String responseTime, String fixTime) {
		DmnDecisionTableResult result = dmn.evaluateDecisionTable(targets,
				(Map<String, Object>) ProcessVariables.with(IncidentManagementProcess.PRIORITY, forPriority));
		assertThat(result).hasSize(1);
		assertThat(result.getSingleResult().getEntryMap()).containsEntry("responseTime", responseTime)
			.containsEntry("fixTime", fixTime);
	}

	/** The table's inputs, as the model's variables hold them: the form values. */
	private static Map<String, Object> inputs(String impact, String urgency, String importance) {
		return Map.of(IncidentManagementProcess.IMPACT.name(), impact, IncidentManagementProcess.URGENCY.name(), urgency,
				IncidentManagementProcess.SERVICE_IMPORTANCE.name(), importance);
	}
}

package org.fitsflow.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Duration;
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

/**
 * A table test per rule of incident-priority and incident-targets, and proof for each table that every combination of
 * its inputs has exactly one answer.
 */
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

	@ParameterizedTest(name = "no times agreed, priority {0} -> respond within {1}, fix within {2}, fix permanently within {3}")
	@CsvSource({ "1,PT30M,PT2H,PT8H", "2,PT1H,PT4H,PT16H", "3,PT2H,PT16H,PT40H", "4,PT4H,PT40H,PT80H" })
	void targetsRule_withoutAgreedTimes_byPriorityAlone(int forPriority, String response, String fix, String permanentFix) {
		for (String importance : FormValue.values(Importance.class)) {
			DmnDecisionTableResult result = dmn.evaluateDecisionTable(targets, targetInputs(forPriority, importance, null, null));
			assertThat(result).hasSize(1);
			assertThat(times(result)).containsExactly(Duration.parse(response), Duration.parse(fix), Duration.parse(permanentFix));
		}
	}

	/**
	 * A service whose catalogue entry agrees a response time of 1 hour and a fix time of 8 hours: the times hold for
	 * the priority its importance implies (high 2, medium 3, low 4), halve for each priority more urgent and double
	 * for each less.
	 */
	@ParameterizedTest(name = "agreed 1h/8h, {0} importance, priority {1} -> respond within {2}, fix within {3}, fix permanently within {4}")
	@CsvSource({
			"high,1,PT30M,PT4H,PT8H", "high,2,PT1H,PT8H,PT16H", "high,3,PT2H,PT16H,PT40H", "high,4,PT4H,PT32H,PT80H",
			"medium,1,PT15M,PT2H,PT8H", "medium,2,PT30M,PT4H,PT16H", "medium,3,PT1H,PT8H,PT40H", "medium,4,PT2H,PT16H,PT80H",
			"low,1,PT7M30S,PT1H,PT8H", "low,2,PT15M,PT2H,PT16H", "low,3,PT30M,PT4H,PT40H", "low,4,PT1H,PT8H,PT80H" })
	void targetsRule_withAgreedTimes_byPriorityAndImportance(String importance, int forPriority, String response, String fix,
			String permanentFix) {
		DmnDecisionTableResult result = dmn.evaluateDecisionTable(targets,
				targetInputs(forPriority, importance, Duration.ofHours(1), Duration.ofHours(8)));
		assertThat(result).hasSize(1);
		assertThat(times(result)).containsExactly(Duration.parse(response), Duration.parse(fix), Duration.parse(permanentFix));
	}

	@Test
	void targets_everyCombinationOfInputs_hasExactlyOneAnswer_andEveryRuleIsSomeCombination() {
		Set<String> rulesHit = new HashSet<>();
		int combinations = 0;
		for (int p = 1; p <= 4; p++) {
			for (String importance : FormValue.values(Importance.class)) {
				for (boolean agreed : List.of(true, false)) {
					combinations++;
					DmnDecisionTableResult result = dmn.evaluateDecisionTable(targets, targetInputs(p, importance,
							agreed ? Duration.ofMinutes(45) : null, agreed ? Duration.ofHours(6) : null));
					assertThat(result).as(p + "/" + importance + "/" + agreed).hasSize(1);
					assertThat(times(result)).as(p + "/" + importance + "/" + agreed)
						.allMatch(t -> t != null && !t.isNegative() && !t.isZero());
					rulesHit.add(agreed ? p + importance : "default" + p);
				}
			}
		}
		int rules = ((DmnDecisionTableImpl) targets.getDecisionLogic()).getRules().size();
		assertThat(combinations).isEqualTo(24);
		assertThat(rulesHit).hasSize(rules).hasSize(16);
	}

	@Test
	void aCataloguedService_hasShorterTargetsForAWholeSchoolOutageThanForOneUser() {
		// The demo's network: high importance, 30 minutes to respond and 2 hours to fix.
		List<Duration> wholeSchool = times(dmn.evaluateDecisionTable(targets,
				targetInputs(1, "high", Duration.ofMinutes(30), Duration.ofHours(2))));
		List<Duration> oneUser = times(dmn.evaluateDecisionTable(targets,
				targetInputs(3, "high", Duration.ofMinutes(30), Duration.ofHours(2))));
		assertThat(wholeSchool.get(0)).isLessThan(oneUser.get(0));
		assertThat(wholeSchool.get(1)).isLessThan(oneUser.get(1));
	}

	/** The targets table's inputs as IncidentTargets gives them: the agreed times only when both are agreed. */
	private static Map<String, Object> targetInputs(int forPriority, String importance, Duration response, Duration fix) {
		return ProcessVariables.with(IncidentManagementProcess.PRIORITY, forPriority)
			.and(IncidentManagementProcess.SERVICE_IMPORTANCE, FormValue.of(Importance.class, "importance", importance))
			.and(IncidentTargets.AGREED_TIMES, response != null && fix != null)
			.and(IncidentTargets.AGREED_RESPONSE_TIME, response)
			.and(IncidentTargets.AGREED_FIX_TIME, fix);
	}

	private static List<Duration> times(DmnDecisionTableResult result) {
		Map<String, Object> answer = result.getSingleResult().getEntryMap();
		return java.util.Arrays.asList(IncidentTargets.RESPONSE_TIME.get(answer), IncidentTargets.FIX_TIME.get(answer),
				IncidentTargets.PERMANENT_FIX_TIME.get(answer));
	}

	/** The table's inputs, as the model's variables hold them: the form values. */
	private static Map<String, Object> inputs(String impact, String urgency, String importance) {
		return Map.of(IncidentManagementProcess.IMPACT.name(), impact, IncidentManagementProcess.URGENCY.name(), urgency,
				IncidentManagementProcess.SERVICE_IMPORTANCE.name(), importance);
	}
}

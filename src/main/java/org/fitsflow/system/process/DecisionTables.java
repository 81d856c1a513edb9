package org.fitsflow.system.process;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * DMN tables asked from Java, answered once per version of the table and set of inputs. The engine's FEEL engine
 * parses every cell and builds its whole function library for each rule it tests (about 100 tests for the priority
 * table): a third of an incident report's time went there (issue 15, "Intake speed"). The tables asked here are
 * lookups of their inputs, so the answer for the same inputs from the same version is the same; a process owner's
 * new version is a new definition and is asked afresh, on every node (the latest version is looked up each time).
 * A table whose latest version cannot be found as one definition is evaluated by key, as the engine would.
 */
@Component
public class DecisionTables {

	/** Enough for every combination the FITS tables have; a table asked with ever new inputs is cleared. */
	static final int MAX_ANSWERS = 10_000;

	private record Question(String definitionId, Map<String, Object> inputs) {
	}

	private final RepositoryService repository;
	private final DecisionService decisions;
	private final Map<Question, Object> answers = new ConcurrentHashMap<>();

	DecisionTables(@Lazy RepositoryService repository, @Lazy DecisionService decisions) {
		this.repository = repository;
		this.decisions = decisions;
	}

	/** The answer of the latest version of table {@code key} for these inputs, read from its result by {@code answer}. */
	@SuppressWarnings("unchecked")
	public <T> T decide(String key, Map<String, Object> inputs, Function<DmnDecisionResult, T> answer) {
		List<DecisionDefinition> latest = repository.createDecisionDefinitionQuery().decisionDefinitionKey(key)
			.latestVersion().list();
		if (latest.size() != 1) {
			return answer.apply(decisions.evaluateDecisionByKey(key).variables(inputs).evaluate());
		}
		String definitionId = latest.get(0).getId();
		Question question = new Question(definitionId, new HashMap<>(inputs));
		Object known = answers.get(question);
		if (known == null) {
			known = answer.apply(decisions.evaluateDecisionById(definitionId).variables(inputs).evaluate());
			if (answers.size() >= MAX_ANSWERS) {
				answers.clear();
			}
			answers.put(question, known);
		}
		return (T) known;
	}
}

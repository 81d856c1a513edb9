package org.fitsflow.system.process;

import java.util.Map;
import java.util.Set;

/**
 * What the Java code relies on in one model: its key, the element ids and message names it refers to, the variables
 * it shares with the model, the form fields it reads and the decisions it evaluates. Each model's contract class
 * publishes one (as a Spring bean, see {@link ModelContract}), so that delegates and tests share the names, and a
 * deployment from Camunda Modeler that breaks the contract is refused before any instance runs on it.
 *
 * <p>Two levels. Everything listed here is held by the repository's tests ({@code ModelContractsTest}): a process
 * owner's edit that drops any of it fails a test before it is committed. A deployment is refused (by
 * {@code DeploymentGuard}) only for what the running service cannot do without: {@link #requiredElementIds()},
 * {@link #messageNames()}, {@link #variablesFromModel()}, {@link #formFields()} and {@link #decisionOutputs()}. So a
 * process owner may take out a reminder or add a step from Modeler, but not lose a step the Java code completes or a
 * variable it reads.
 */
public interface ProcessContract {

	/** The process definition key, equal to the model's file name (bpmn/&lt;key&gt;.bpmn). */
	String processKey();

	/** Ids of the flow nodes (tasks, events, gateways, timers) the Java code or its tests refer to. */
	Set<String> elementIds();

	/**
	 * Of {@link #elementIds()}, those every deployed version must keep: the steps where people's work waits (user
	 * tasks, which the Java code, approval links and the migration of running instances find by id) and the calls
	 * into other models. A deployment whose model lacks one is refused.
	 */
	Set<String> requiredElementIds();

	/** Names of the messages the Java code correlates or the model catches. A deployment that loses one is refused. */
	Set<String> messageNames();

	/**
	 * Every variable the Java code and the model share: those the model provides (through its forms, see
	 * {@link #formFields()}, or otherwise, see {@link #variablesFromModel()}) and those the Java code sets itself for
	 * the model's gateways, expressions and forms (a delegate or a listener sets them, so no deployment can lose them).
	 */
	Set<String> variableNames();

	/**
	 * Of {@link #variableNames()}, those the Java code reads that the model itself must set other than through a form
	 * field: the start event's initiator, a business rule task's result variable, an input, output or call activity
	 * mapping, or a calling model's mapping into it. A deployment after which nothing sets one is refused.
	 */
	Set<String> variablesFromModel();

	/**
	 * The form fields the Java code reads: form id to the field keys it expects in that form. A form deployed without
	 * one of them is refused.
	 */
	Map<String, Set<String>> formFields();

	/**
	 * The values the Java code accepts from the form fields of {@link #formFields()} that hold a value set (an enum):
	 * form id to field key to those values. A form deployed that offers another value for such a field is refused; one
	 * that offers fewer is not.
	 */
	Map<String, Map<String, Set<String>>> formFieldValues();

	/**
	 * The decisions the Java code evaluates itself (through the DecisionService, not a business rule task): decision
	 * key to the output names it reads from the result. A DMN deployed alone that drops one of them is refused.
	 */
	Map<String, Set<String>> decisionOutputs();
}

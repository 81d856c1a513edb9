package org.fitsflow.system.process;

import java.util.Map;
import java.util.Set;

/**
 * What the Java code relies on in one model: its key, the element ids and message names it refers to, and the form
 * fields it reads. Each model's contract class publishes one (as a Spring bean), so that delegates and tests share the
 * names, and a deployment from Camunda Modeler that breaks the contract can be refused before any instance runs on it.
 */
public interface ProcessContract {

	/** The process definition key, equal to the model's file name (bpmn/&lt;key&gt;.bpmn). */
	String processKey();

	/** Ids of the flow nodes (tasks, events, gateways, timers) the Java code or its tests refer to. */
	Set<String> elementIds();

	/** Names of the messages the Java code correlates or the model catches. */
	Set<String> messageNames();

	/** Variables the Java code reads from the model (set by forms, mappings or the model itself). */
	Set<String> variableNames();

	/** The form fields the Java code reads: form id to the field keys it expects in that form. */
	Map<String, Set<String>> formFields();

	/**
	 * The decisions the Java code evaluates itself (through the DecisionService, not a business rule task): decision
	 * key to the output names it reads from the result. A DMN deployed alone that drops one of them is refused.
	 */
	default Map<String, Set<String>> decisionOutputs() {
		return Map.of();
	}
}

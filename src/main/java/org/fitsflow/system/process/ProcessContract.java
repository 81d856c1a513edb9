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

	/**
	 * Variables the Java code and the model share: those it reads from the model (set by forms, mappings or the model
	 * itself) and those it sets for the model's gateways, expressions and forms.
	 */
	Set<String> variableNames();

	/** The form fields the Java code reads: form id to the field keys it expects in that form. */
	Map<String, Set<String>> formFields();
}

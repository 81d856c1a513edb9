package org.fitsflow.system.forms;

import java.util.List;

/**
 * The options of a Camunda Form select whose {@code valuesKey} names this source, for one school, read at the moment
 * Tasklist (or a REST client) asks for the form's variables. A Spring bean implementing this is all it takes: the
 * engine plugin {@link FormChoices} finds every source by type, and {@link FormValidation} refuses an answer that is
 * not one of the school's options when the form is submitted.
 *
 * <pre>
 * &#64;Component
 * class CatalogueChoices implements ChoiceSource {
 *     public String valuesKey() { return "catalogueServices"; }
 *     public List&lt;Choice&gt; choices(String schoolId) { ... the school's services now ... }
 * }
 * </pre>
 *
 * <p>The choices are never stored in the process: a service added to the catalogue after an incident was reported
 * is offered on that incident's form, and a client cannot write them (a variable of that name is shadowed by the
 * source's answer when the form is shown and ignored when it is checked).
 */
public interface ChoiceSource {

	/** The name a form's select gives as its {@code valuesKey}; one source per name. */
	String valuesKey();

	/** The school's options now, in the order the select shows them. */
	List<Choice> choices(String schoolId);

	/** One option: what the select shows, and what it submits. */
	record Choice(String label, String value) {
	}
}

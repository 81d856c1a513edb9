package org.fitsflow.system.process;

import java.util.Arrays;
import java.util.List;

/**
 * A value set shared by a form, the Java code and (where a decision table reads it) a DMN table: an enum whose
 * constants carry the value the form submits ({@code "whole-class"}). Stored in process variables and records as that
 * form value, so what a process owner sees in Modeler, Tasklist and Cockpit is what the Java code names.
 */
public interface FormValue {

	/** The value a form option submits and a decision table compares with. */
	String formValue();

	/** The constant whose form value this is; refused, naming {@code field} and the allowed values, otherwise. */
	static <E extends Enum<E> & FormValue> E of(Class<E> type, String field, String value) {
		for (E constant : type.getEnumConstants()) {
			if (constant.formValue().equals(value)) {
				return constant;
			}
		}
		throw new IllegalArgumentException(field + ": use one of " + String.join(", ", values(type)) + ".");
	}

	/** Every form value of the type, in declaration order. */
	static <E extends Enum<E> & FormValue> List<String> values(Class<E> type) {
		return Arrays.stream(type.getEnumConstants()).map(FormValue::formValue).toList();
	}
}

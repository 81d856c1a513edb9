package org.fitsflow.system.process;

import jakarta.persistence.AttributeConverter;

/**
 * Stores a value set's constant in a record's column as its form value ({@code "whole-class"}), the same text the
 * forms, the variables and the decision tables use, so the column keeps the values it had before it was typed.
 * Subclass once per value set, as a nested {@code @Converter} of the entity that uses it.
 */
public abstract class FormValueColumn<E extends Enum<E> & FormValue> implements AttributeConverter<E, String> {

	private final Class<E> type;

	protected FormValueColumn(Class<E> type) {
		this.type = type;
	}

	@Override
	public String convertToDatabaseColumn(E value) {
		return value == null ? null : value.formValue();
	}

	@Override
	public E convertToEntityAttribute(String column) {
		return column == null ? null : FormValue.of(type, type.getSimpleName(), column);
	}
}

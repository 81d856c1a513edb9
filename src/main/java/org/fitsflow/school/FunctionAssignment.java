package org.fitsflow.school;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A person holding a FITS function in their school. */
@Entity
public class FunctionAssignment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "person_id")
	private Person person;

	@Convert(converter = FunctionIdConverter.class)
	@Column(name = "function_id", nullable = false)
	private FitsFunction function;

	@Column(name = "assigned_at", nullable = false)
	private Instant assignedAt;

	protected FunctionAssignment() {
	}

	FunctionAssignment(Person person, FitsFunction function) {
		this.person = person;
		this.function = function;
		this.assignedAt = Instant.now();
	}

	public Long getId() {
		return id;
	}

	public Person getPerson() {
		return person;
	}

	public FitsFunction getFunction() {
		return function;
	}

	public Instant getAssignedAt() {
		return assignedAt;
	}

	/** Stores the group id (ict-owner), the name a process owner sees in the models. */
	@Converter
	static class FunctionIdConverter implements AttributeConverter<FitsFunction, String> {
		@Override
		public String convertToDatabaseColumn(FitsFunction function) {
			return function == null ? null : function.groupId();
		}

		@Override
		public FitsFunction convertToEntityAttribute(String groupId) {
			return groupId == null ? null : FitsFunction.ofGroupId(groupId);
		}
	}
}

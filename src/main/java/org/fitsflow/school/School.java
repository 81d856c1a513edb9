package org.fitsflow.school;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A school served by this installation; its id is also its Camunda tenant id. */
@Entity
public class School {

	@Id
	private String id;

	@Column(nullable = false)
	private String name;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected School() {
	}

	public School(String id, String name) {
		this.id = id;
		this.name = name;
		this.createdAt = Instant.now();
	}

	public String getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}

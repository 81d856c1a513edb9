package org.fitsflow.school;

import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;

/** Someone who works in or for a school; also a Camunda user of the same id. */
@Entity
public class Person {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "school_id")
	private School school;

	@Column(name = "user_id", nullable = false)
	private String userId;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String email;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Employment employment;

	@Column(name = "provider_name")
	private String providerName;

	@Column(name = "leadership_team", nullable = false)
	private boolean leadershipTeam;

	@OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	private Set<FunctionAssignment> assignments = new java.util.HashSet<>();

	protected Person() {
	}

	public Person(School school, String userId) {
		this.school = school;
		this.userId = userId;
	}

	public Long getId() {
		return id;
	}

	public School getSchool() {
		return school;
	}

	public String getUserId() {
		return userId;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public Employment getEmployment() {
		return employment;
	}

	public void setEmployment(Employment employment) {
		this.employment = employment;
	}

	public boolean isSchoolStaff() {
		return employment == Employment.SCHOOL_STAFF;
	}

	public String getProviderName() {
		return providerName;
	}

	public void setProviderName(String providerName) {
		this.providerName = providerName;
	}

	public boolean isLeadershipTeam() {
		return leadershipTeam;
	}

	public void setLeadershipTeam(boolean leadershipTeam) {
		this.leadershipTeam = leadershipTeam;
	}

	public Set<FitsFunction> getFunctions() {
		Set<FitsFunction> functions = EnumSet.noneOf(FitsFunction.class);
		assignments.forEach(a -> functions.add(a.getFunction()));
		return functions;
	}

	public boolean holds(FitsFunction function) {
		return assignments.stream().anyMatch(a -> a.getFunction() == function);
	}

	/**
	 * This holding of the function, if the person holds it: an id that changes when the function is taken away and
	 * given back, so that what was given to a holder (an approval link) ends with their holding.
	 */
	public java.util.Optional<Long> holding(FitsFunction function) {
		return assignments.stream().filter(a -> a.getFunction() == function).map(FunctionAssignment::getId).findFirst();
	}

	void assign(FitsFunction function) {
		if (!holds(function)) {
			assignments.add(new FunctionAssignment(this, function));
		}
	}

	void unassign(FitsFunction function) {
		assignments.removeIf(a -> a.getFunction() == function);
	}
}

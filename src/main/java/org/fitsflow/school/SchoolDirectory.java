package org.fitsflow.school;

import org.springframework.data.domain.Sort;
import java.util.List;
import java.util.NoSuchElementException;

import org.fitsflow.mail.SchoolNames;
import org.fitsflow.system.directory.DirectoryLogins;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Schools, their people and who holds which FITS function. Every change is checked against the guidance's rules
 * and mirrored into Camunda's identity service in the same transaction.
 */
@Service
@Transactional
public class SchoolDirectory implements SchoolNames {

	private static final Logger log = LoggerFactory.getLogger(SchoolDirectory.class);

	private final SchoolRepository schools;
	private final PersonRepository people;
	private final CamundaIdentity identity;
	private final DirectoryLogins logins;
	private final ApplicationEventPublisher events;

	SchoolDirectory(SchoolRepository schools, PersonRepository people, CamundaIdentity identity,
			DirectoryLogins logins, ApplicationEventPublisher events) {
		this.schools = schools;
		this.people = people;
		this.identity = identity;
		this.logins = logins;
		this.events = events;
	}

	public School createSchool(String id, String name) {
		if (schools.existsById(id)) {
			throw new IllegalArgumentException("A school with id '" + id + "' already exists.");
		}
		School school = schools.save(new School(id, name));
		identity.ensureFunctionGroups();
		identity.ensureTenant(school);
		return school;
	}

	@Transactional(readOnly = true)
	public List<School> schools() {
		return schools.findAll(Sort.by("name"));
	}

	@Transactional(readOnly = true)
	public School school(String schoolId) {
		return schools.findById(schoolId)
			.orElseThrow(() -> new NoSuchElementException("There is no school with id '" + schoolId + "'."));
	}

	@Override
	@Transactional(readOnly = true)
	public String nameOf(String schoolId) {
		return school(schoolId).getName();
	}

	@Transactional(readOnly = true)
	public List<Person> people(String schoolId) {
		school(schoolId);
		return people.findBySchoolIdOrderByName(schoolId);
	}

	@Transactional(readOnly = true)
	public Person person(String schoolId, String userId) {
		return people.findBySchoolIdAndUserId(schoolId, userId)
			.orElseThrow(() -> new NoSuchElementException(
					"There is nobody with user id '" + userId + "' in school '" + schoolId + "'."));
	}

	/** Adds a person; school staff become ICT users, as every member of staff is one. */
	public Person addPerson(String schoolId, PersonDetails details) {
		School school = school(schoolId);
		if (people.findBySchoolIdAndUserId(schoolId, details.userId()).isPresent()) {
			throw new IllegalArgumentException(
					"'" + details.userId() + "' is already a person of school '" + schoolId + "'; change them instead.");
		}
		logins.checkLogin(details.userId(), details.password(), people.findByUserId(details.userId()).isEmpty());
		Person person = new Person(school, details.userId());
		copy(details, person);
		if (person.isSchoolStaff()) {
			person.assign(FitsFunction.ICT_USERS);
		}
		person = people.save(person);
		identity.saveUser(person, details.password());
		syncGroups(person);
		if (person.holds(FitsFunction.ICT_USERS)) {
			events.publishEvent(new NewIctUser(schoolId, person.getUserId(), person.getEmail()));
		}
		return person;
	}

	/** Changes a person's details; refused if they would no longer meet the rules of a function they hold. */
	public Person updatePerson(String schoolId, String userId, PersonDetails details) {
		Person person = person(schoolId, userId);
		if (!person.getUserId().equals(details.userId())) {
			throw new IllegalArgumentException("userId: a person's user id cannot be changed.");
		}
		logins.checkLogin(userId, details.password(), false);
		copy(details, person);
		FunctionRules.checkMayHoldAll(person);
		identity.saveUser(person, details.password());
		return person;
	}

	public Person assign(String schoolId, String userId, FitsFunction function) {
		Person person = person(schoolId, userId);
		FunctionRules.checkMayHold(person, function);
		if (function == FitsFunction.ICT_OWNER) {
			FunctionRules.checkNoOtherIctOwner(person, people.findHolders(schoolId, FitsFunction.ICT_OWNER));
		}
		boolean newIctUser = function == FitsFunction.ICT_USERS && !person.holds(function);
		person.assign(function);
		syncGroups(person);
		if (newIctUser) {
			events.publishEvent(new NewIctUser(schoolId, person.getUserId(), person.getEmail()));
		}
		return person;
	}

	public Person unassign(String schoolId, String userId, FitsFunction function) {
		FunctionRules.checkIctOwnerNotRemoved(function);
		Person person = person(schoolId, userId);
		person.unassign(function);
		people.flush();
		syncGroups(person);
		int released = identity.releaseClaimedTasks(userId, function, schoolId);
		if (released > 0) {
			log.info("{} no longer holds {} in {}: {} claimed task(s) handed back to the function", userId,
					function.groupId(), schoolId, released);
		}
		return person;
	}

	/** Makes someone the ICT owner, taking the function from whoever holds it now. */
	public Person handOverIctOwner(String schoolId, String newOwnerUserId) {
		Person newOwner = person(schoolId, newOwnerUserId);
		FunctionRules.checkMayHold(newOwner, FitsFunction.ICT_OWNER);
		for (Person former : people.findHolders(schoolId, FitsFunction.ICT_OWNER)) {
			if (!former.getId().equals(newOwner.getId())) {
				former.unassign(FitsFunction.ICT_OWNER);
				people.flush();
				syncGroups(former);
				identity.releaseClaimedTasks(former.getUserId(), FitsFunction.ICT_OWNER, schoolId);
			}
		}
		newOwner.assign(FitsFunction.ICT_OWNER);
		syncGroups(newOwner);
		return newOwner;
	}

	@Transactional(readOnly = true)
	public List<Person> holders(String schoolId, FitsFunction function) {
		return people.findHolders(schoolId, function);
	}

	/** The schools in which the user is a person. */
	@Transactional(readOnly = true)
	public List<Person> memberships(String userId) {
		return people.findByUserId(userId);
	}

	/**
	 * Group membership is global in Camunda, so a user stays in a function's group while they hold it in any of
	 * their schools.
	 */
	private void syncGroups(Person changed) {
		List<Person> everywhere = people.findByUserId(changed.getUserId());
		for (FitsFunction function : FitsFunction.values()) {
			boolean holdsSomewhere = everywhere.stream().anyMatch(p -> p.holds(function));
			if (holdsSomewhere) {
				identity.addToGroup(changed.getUserId(), function);
			}
			else {
				identity.removeFromGroup(changed.getUserId(), function);
			}
		}
	}

	private static void copy(PersonDetails details, Person person) {
		person.setName(details.name().trim());
		person.setEmail(details.email().trim());
		person.setEmployment(details.employment());
		person.setProviderName(details.employment() == Employment.SERVICE_PROVIDER ? details.providerName() : null);
		person.setLeadershipTeam(details.leadershipTeam());
		if (details.employment() == Employment.SERVICE_PROVIDER
				&& (details.providerName() == null || details.providerName().isBlank())) {
			throw new IllegalArgumentException("providerName: say which service provider " + details.name() + " works for.");
		}
	}
}

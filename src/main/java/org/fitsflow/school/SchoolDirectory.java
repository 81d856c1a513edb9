package org.fitsflow.school;

import org.springframework.data.domain.Sort;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;

import org.fitsflow.system.ForbiddenException;
import org.fitsflow.system.OncePerTransaction;
import org.fitsflow.mail.SchoolNames;
import org.fitsflow.system.directory.DirectoryLogins;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Schools, their people and who holds which FITS function. Every change is checked against the guidance's rules
 * and mirrored into Camunda's identity service in the same transaction. A login is shared by every school the person
 * belongs to (a provider's technician may serve several), so a school's changes never reach into the login of
 * someone another school shares, and never into an administrator's.
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
	private final OncePerTransaction oncePerTransaction;

	SchoolDirectory(SchoolRepository schools, PersonRepository people, CamundaIdentity identity, DirectoryLogins logins,
			ApplicationEventPublisher events, OncePerTransaction oncePerTransaction) {
		this.schools = schools;
		this.people = people;
		this.identity = identity;
		this.logins = logins;
		this.events = events;
		this.oncePerTransaction = oncePerTransaction;
	}

	public School createSchool(String id, String name) {
		if (schools.existsById(id)) {
			throw new IllegalArgumentException("A school with id '" + id + "' already exists.");
		}
		School school = schools.save(new School(id, name));
		prepare(school);
		return school;
	}

	/** The school's tenant and function groups, and their permissions; safe to call again. */
	void prepare(School school) {
		identity.ensureTenant(school);
		identity.ensureFunctionGroups(school);
		events.publishEvent(new SchoolEvents.SchoolReady(school.getId(), school.getName()));
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
		return oncePerTransaction.find(Person.class, Arrays.asList(schoolId, userId),
				() -> people.findBySchoolIdAndUserId(schoolId, userId))
			.orElseThrow(() -> new NoSuchElementException(
					"There is nobody with user id '" + userId + "' in school '" + schoolId + "'."));
	}

	/** The person, if the user belongs to the school (no exception, so a caller's transaction is not spoiled). */
	@Transactional(readOnly = true)
	public java.util.Optional<Person> findPerson(String schoolId, String userId) {
		return oncePerTransaction.find(Person.class, Arrays.asList(schoolId, userId),
				() -> people.findBySchoolIdAndUserId(schoolId, userId));
	}

	/**
	 * Adds a person; school staff become ICT users, as every member of staff is one. Someone who already has a login
	 * (a provider's technician serving two schools) is linked to this school with their login as it is: no password
	 * may be given for them, and their name and e-mail stay as the login has them.
	 */
	public Person addPerson(String schoolId, PersonDetails details) {
		School school = school(schoolId);
		if (people.findBySchoolIdAndUserId(schoolId, details.userId()).isPresent()) {
			throw new IllegalArgumentException(
					"'" + details.userId() + "' is already a person of school '" + schoolId + "'; change them instead.");
		}
		checkNotAdministrator(details.userId());
		boolean existingLogin = identity.loginExists(details.userId());
		if (existingLogin && details.password() != null) {
			throw new IllegalArgumentException("password: '" + details.userId() + "' already has a login, which is "
					+ "linked to this school as it is; leave the password out (only an administrator resets passwords).");
		}
		logins.checkLogin(details.userId(), details.password(), !existingLogin);
		Person person = new Person(school, details.userId());
		copy(details, person);
		if (person.isSchoolStaff()) {
			person.assign(FitsFunction.ICT_USERS);
		}
		person = people.save(person);
		if (!existingLogin) {
			identity.createLogin(person, details.password());
		}
		identity.joinSchool(person.getUserId(), schoolId);
		syncGroups(person);
		if (person.holds(FitsFunction.ICT_USERS)) {
			events.publishEvent(new SchoolEvents.NewIctUser(schoolId, person.getUserId(), person.getEmail()));
		}
		return person;
	}

	/**
	 * Changes a person's details; refused if they would no longer meet the rules of a function they hold. Their login
	 * follows the new name and e-mail only while this is their one school. Only an administrator sets a password.
	 */
	public Person updatePerson(String schoolId, String userId, PersonDetails details, boolean byAdministrator) {
		Person person = person(schoolId, userId);
		if (!person.getUserId().equals(details.userId())) {
			throw new IllegalArgumentException("userId: a person's user id cannot be changed.");
		}
		checkNotAdministrator(userId);
		if (details.password() != null && !byAdministrator) {
			throw new ForbiddenException("Only an administrator may set or reset a password.");
		}
		logins.checkLogin(userId, details.password(), false);
		copy(details, person);
		FunctionRules.checkMayHoldAll(person);
		if (people.findByUserId(userId).size() == 1) {
			identity.updateProfile(person);
		}
		if (details.password() != null) {
			identity.resetPassword(userId, details.password());
		}
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
			events.publishEvent(new SchoolEvents.NewIctUser(schoolId, person.getUserId(), person.getEmail()));
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

	/**
	 * Makes someone the ICT owner, taking the function from whoever holds it now; what waited on the former owner's
	 * decision is handed to the new one ({@link SchoolEvents.IctOwnerHandedOver}).
	 */
	public Person handOverIctOwner(String schoolId, String newOwnerUserId) {
		Person newOwner = person(schoolId, newOwnerUserId);
		FunctionRules.checkMayHold(newOwner, FitsFunction.ICT_OWNER);
		List<String> formerOwners = new java.util.ArrayList<>();
		for (Person former : people.findHolders(schoolId, FitsFunction.ICT_OWNER)) {
			if (!former.getId().equals(newOwner.getId())) {
				former.unassign(FitsFunction.ICT_OWNER);
				people.flush();
				syncGroups(former);
				identity.releaseClaimedTasks(former.getUserId(), FitsFunction.ICT_OWNER, schoolId);
				formerOwners.add(former.getUserId());
			}
		}
		newOwner.assign(FitsFunction.ICT_OWNER);
		people.flush();
		syncGroups(newOwner);
		if (!formerOwners.isEmpty()) {
			events.publishEvent(new SchoolEvents.IctOwnerHandedOver(schoolId, List.copyOf(formerOwners), newOwnerUserId));
		}
		return newOwner;
	}

	/**
	 * The person leaves the school: their functions are taken (claimed tasks go back to each function) and their
	 * membership ends; their records stay, under their user id. Their login goes too when this was their one school
	 * (never one kept in the school's directory). The ICT owner hands the function over first.
	 */
	public void removePerson(String schoolId, String userId) {
		Person person = person(schoolId, userId);
		checkNotAdministrator(userId);
		if (person.holds(FitsFunction.ICT_OWNER)) {
			throw new FunctionRuleException("one-ict-owner", person.getName() + " is the ICT owner; hand the function "
					+ "over to someone else before they leave (a school has exactly one).");
		}
		for (FitsFunction function : person.getFunctions()) {
			person.unassign(function);
			people.flush();
			identity.releaseClaimedTasks(userId, function, schoolId);
		}
		syncGroups(person);
		people.delete(person);
		people.flush();
		identity.leaveSchool(userId, schoolId, people.findByUserId(userId).isEmpty() && !logins.enabled());
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

	/** The person's function groups in their school follow the functions they hold there, and nothing else. */
	void syncGroups(Person changed) {
		String schoolId = changed.getSchool().getId();
		for (FitsFunction function : FitsFunction.values()) {
			if (changed.holds(function)) {
				identity.addToGroup(changed.getUserId(), schoolId, function);
			}
			else {
				identity.removeFromGroup(changed.getUserId(), schoolId, function);
			}
		}
	}

	/** A school's API never touches an administrator's login (it could take over the installation). */
	private void checkNotAdministrator(String userId) {
		if (identity.isAdministrator(userId)) {
			throw new ForbiddenException("'" + userId + "' is an administrator's login; a school cannot add or change it.");
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

package org.fitsflow.school;

import org.fitsflow.system.FitsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A fresh install has one school, and every school has its Camunda group for each FITS function, with their
 * permissions. An installation from before functions were per school is brought over once. Safe on every start.
 */
@Component
@Order(10)
class SchoolSetup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SchoolSetup.class);

	private final SchoolRepository schools;
	private final PersonRepository people;
	private final SchoolDirectory directory;
	private final FunctionGroupUpgrade upgrade;
	private final FitsProperties properties;

	SchoolSetup(SchoolRepository schools, PersonRepository people, SchoolDirectory directory, FunctionGroupUpgrade upgrade,
			FitsProperties properties) {
		this.schools = schools;
		this.people = people;
		this.directory = directory;
		this.upgrade = upgrade;
		this.properties = properties;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (schools.count() == 0) {
			directory.createSchool(properties.school().id(), properties.school().name());
			log.info("Created the school '{}' ({})", properties.school().name(), properties.school().id());
		}
		schools.findAll().forEach(directory::prepare);
		if (upgrade.globalGroupsRemain()) {
			people.findAll().forEach(directory::syncGroups);
			upgrade.moveOpenTasksToSchoolGroups();
			log.info("FITS functions are now held per school: each school has its own group per function");
		}
	}
}

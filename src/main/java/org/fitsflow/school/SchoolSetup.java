package org.fitsflow.school;

import org.fitsflow.system.FitsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A fresh install has one school, and every FITS function has its Camunda group. Safe to run on every start. */
@Component
@Order(10)
class SchoolSetup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SchoolSetup.class);

	private final SchoolRepository schools;
	private final SchoolDirectory directory;
	private final CamundaIdentity identity;
	private final FitsProperties properties;

	SchoolSetup(SchoolRepository schools, SchoolDirectory directory, CamundaIdentity identity, FitsProperties properties) {
		this.schools = schools;
		this.directory = directory;
		this.identity = identity;
		this.properties = properties;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		identity.ensureFunctionGroups();
		if (schools.count() == 0) {
			directory.createSchool(properties.school().id(), properties.school().name());
			log.info("Created the school '{}' ({})", properties.school().name(), properties.school().id());
		}
	}
}

package org.fitsflow.school;

import java.util.List;

import org.fitsflow.system.FitsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo school (fits.demo.enabled, or the "demo" profile): guidance 003's scenario 2, the full-time staff
 * technician, with a login for each function. Every password is "demo"; never for real use. Loaded once: a school
 * that already has people is left alone.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "fits.demo.enabled", havingValue = "true")
class DemoSchool implements ApplicationRunner {

	static final String PASSWORD = "demo";

	private static final Logger log = LoggerFactory.getLogger(DemoSchool.class);

	record DemoPerson(String userId, String name, Employment employment, String provider, boolean leadership,
			List<FitsFunction> functions) {
	}

	static final List<DemoPerson> PEOPLE = List.of(
			new DemoPerson("headteacher", "Helen Hart", Employment.SCHOOL_STAFF, null, true,
					List.of(FitsFunction.ICT_OWNER)),
			new DemoPerson("administrator", "Amy Adams", Employment.SCHOOL_STAFF, null, false,
					List.of(FitsFunction.SINGLE_POINT_OF_CONTACT)),
			new DemoPerson("assistant", "Tom Taylor", Employment.SCHOOL_STAFF, null, false,
					List.of(FitsFunction.FIRST_LEVEL_SUPPORT)),
			new DemoPerson("technician", "Sam Singh", Employment.SCHOOL_STAFF, null, false,
					List.of(FitsFunction.SECOND_LEVEL_SUPPORT, FitsFunction.DESIGN, FitsFunction.IMPLEMENTATION,
							FitsFunction.MAINTENANCE)),
			new DemoPerson("provider", "Pat Price", Employment.SERVICE_PROVIDER, "Northgate ICT Services", false,
					List.of(FitsFunction.PROVISION)),
			new DemoPerson("teacher", "Rita Reed", Employment.SCHOOL_STAFF, null, false, List.of()));

	private final SchoolDirectory directory;
	private final SchoolRepository schools;
	private final FitsProperties properties;

	DemoSchool(SchoolDirectory directory, SchoolRepository schools, FitsProperties properties) {
		this.directory = directory;
		this.schools = schools;
		this.properties = properties;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		String schoolId = properties.school().id();
		if (!schools.existsById(schoolId)) {
			directory.createSchool(schoolId, properties.school().name());
		}
		if (!directory.people(schoolId).isEmpty()) {
			return;
		}
		for (DemoPerson p : PEOPLE) {
			directory.addPerson(schoolId, new PersonDetails(p.userId(), p.name(),
					p.userId() + "@" + schoolId + ".example.org", p.employment(), p.provider(), p.leadership(),
					PASSWORD));
			p.functions().forEach(f -> directory.assign(schoolId, p.userId(), f));
		}
		log.warn("DEMO MODE: loaded {} with logins {} (password '{}'). Never use demo mode on a real server.",
				properties.school().name(), PEOPLE.stream().map(DemoPerson::userId).toList(), PASSWORD);
	}
}

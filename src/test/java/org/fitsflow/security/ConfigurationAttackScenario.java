package org.fitsflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fitsflow.testsupport.Api;
import org.junit.jupiter.api.Test;

/**
 * The configuration register as an attacker would try it, with a second school: hillside's maintenance (its
 * technician) against riverside's items, baselines and diagram, through riverside's path and through its own.
 */
abstract class ConfigurationAttackScenario extends TwoSchools {

	static final String ITEMS = "configuration_item";

	private final String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

	@Test
	void configuration01_anotherSchoolCannotReadOrChangeOurRegister() {
		String riverside = "/api/schools/" + RIVERSIDE + "/configuration-items";
		String hillside = "/api/schools/" + HILLSIDE + "/configuration-items";
		Api technician = as("technician", "demo");
		Api.Response ours = technician.post(riverside, item("RIV-" + run, "Riverside server"));
		assertThat(ours.status()).as(ours.toString()).isEqualTo(201);
		long id = ours.json().path("id").asLong();
		long baseline = technician.post(riverside + "/baselines", Map.of()).json().path("id").asLong();
		long before = count(ITEMS, RIVERSIDE);

		Api hillTech = as("hill-tech");
		assertThat(hillTech.get(riverside).status()).isEqualTo(403);
		assertThat(hillTech.get(riverside + "/" + id).status()).isEqualTo(403);
		assertThat(hillTech.get(riverside + "/spreadsheet").status()).isEqualTo(403);
		assertThat(hillTech.get(riverside + "/baselines/" + baseline + "/comparison").status()).isEqualTo(403);
		assertThat(hillTech.post(riverside, item("HILL-" + run, "Planted")).status()).isEqualTo(403);
		assertThat(hillTech.put(riverside + "/" + id, item("RIV-" + run, "Renamed")).status()).isEqualTo(403);
		assertThat(hillTech.delete(riverside + "/" + id).status()).isEqualTo(403);

		// Through their own school's path, our records are not there.
		assertThat(hillTech.get(hillside + "/" + id).status()).isEqualTo(404);
		assertThat(hillTech.put(hillside + "/" + id, item("RIV-" + run, "Renamed")).status()).isEqualTo(404);
		assertThat(hillTech.delete(hillside + "/" + id).status()).isEqualTo(404);
		assertThat(hillTech.get(hillside + "/baselines/" + baseline + "/comparison").status()).isEqualTo(404);
		assertThat(hillTech.get(hillside).json().findValuesAsText("assetReference")).doesNotContain("RIV-" + run);

		assertThat(count(ITEMS, RIVERSIDE)).isEqualTo(before);
		assertThat(technician.get(riverside + "/" + id).json().path("name").asText()).isEqualTo("Riverside server");
	}

	@Test
	void configuration02_anotherSchoolCannotNameOurItemsOrServicesInItsOwnRegister() {
		Api technician = as("technician", "demo");
		assertThat(technician.post("/api/schools/" + RIVERSIDE + "/configuration-items", item("DEP-" + run, "Ours"))
			.status()).isEqualTo(201);
		long theirs = count(ITEMS, HILLSIDE);
		Map<String, Object> planted = item("HILL-" + run, "Hillside laptop");
		planted.put("dependsOn", List.of("DEP-" + run));
		planted.put("services", List.of("Printing"));
		Api.Response refused = as("hill-tech").post("/api/schools/" + HILLSIDE + "/configuration-items", planted);
		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.text()).contains("dependsOn: 'DEP-" + run + "' is not in the register",
				"services: 'Printing' is not in the service catalogue");
		assertThat(count(ITEMS, HILLSIDE)).isEqualTo(theirs);
	}

	@Test
	void configuration03_anotherSchoolCannotNameOurItemsInItsIncidentsOrChanges() {
		Api technician = as("technician", "demo");
		assertThat(technician.post("/api/schools/" + RIVERSIDE + "/configuration-items", item("PROJ-" + run, "Our projector"))
			.status()).isEqualTo(201);
		long incidents = count("incident", HILLSIDE);
		Api.Response reported = as("hill-teacher").post(START_INCIDENT, Map.of("variables", report("assetReference",
				"PROJ-" + run)));
		assertThat(reported.status()).as(reported.toString()).isEqualTo(400);
		assertThat(reported.text()).contains("assetReference: 'PROJ-" + run + "' is not in the school's configuration register");
		assertThat(count("incident", HILLSIDE)).isEqualTo(incidents);

		Api hillTech = as("hill-tech");
		Api.Response started = hillTech.post("/engine-rest/process-definition/key/request-for-change/start", Map.of());
		assertThat(started.status()).as(started.toString()).isEqualTo(200);
		Raised rfc = new Raised(started.json().path("id").asText(), started.json().path("businessKey").asText());
		Api.Response step1 = hillTech.post("/engine-rest/task/" + task(hillTech, rfc, "Task_CompleteStep1") + "/complete",
				Map.of("variables", variables("uniqueIdentifiers", "PROJ-" + run, "itemNames", "Their projector",
						"registerItems", "[\"PROJ-" + run + "\"]", "briefDescription", "Take it", "reason", "Because",
						"raisedAs", "second-level-support")));
		assertThat(step1.status()).as(step1.toString()).isEqualTo(400);
		assertThat(step1.text()).contains("registerItems: 'PROJ-" + run + "' is not in the school's configuration register");
		assertThat(status(HILLSIDE, rfc.reference())).isEqualTo("STEP_1");
	}

	private static Map<String, Object> item(String reference, String name) {
		return new HashMap<>(Map.of("assetReference", reference, "name", name, "type", "HARDWARE"));
	}
}

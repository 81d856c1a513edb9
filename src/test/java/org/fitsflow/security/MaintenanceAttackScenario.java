package org.fitsflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fitsflow.testsupport.Api;
import org.junit.jupiter.api.Test;

/**
 * The maintenance schedule and monitoring notes as an attacker would try them, with a second school: hillside's
 * maintenance (its technician) against riverside's schedule and notes, through riverside's path and its own; and who
 * recorded something is the caller, whatever the body says.
 */
abstract class MaintenanceAttackScenario extends TwoSchools {

	private final String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
	private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

	@Test
	void maintenance01_anotherSchoolCannotReadOrChangeOurScheduleOrNotes() {
		String riverside = "/api/schools/" + RIVERSIDE;
		String hillside = "/api/schools/" + HILLSIDE;
		Api technician = as("technician", "demo");
		Api.Response ours = technician.post(riverside + "/maintenance-schedule", activity("Riverside backups " + run));
		assertThat(ours.status()).as(ours.toString()).isEqualTo(201);
		String reference = ours.json().path("reference").asText();
		Api.Response note = technician.post(riverside + "/monitoring-notes", Map.of("note", "Riverside check " + run));
		assertThat(note.status()).as(note.toString()).isEqualTo(201);
		long activities = count("maintenance_activity", RIVERSIDE);
		long notes = count("monitoring_note", RIVERSIDE);

		Api hillTech = as("hill-tech");
		assertThat(hillTech.get(riverside + "/maintenance-schedule").status()).isEqualTo(403);
		assertThat(hillTech.get(riverside + "/maintenance-schedule/" + reference).status()).isEqualTo(403);
		assertThat(hillTech.post(riverside + "/maintenance-schedule", activity("Planted " + run)).status())
			.isEqualTo(403);
		assertThat(hillTech.put(riverside + "/maintenance-schedule/" + reference, activity("Renamed " + run)).status())
			.isEqualTo(403);
		assertThat(hillTech.delete(riverside + "/maintenance-schedule/" + reference).status()).isEqualTo(403);
		assertThat(hillTech.get(riverside + "/monitoring-notes").status()).isEqualTo(403);
		assertThat(hillTech.post(riverside + "/monitoring-notes", Map.of("note", "Planted " + run)).status())
			.isEqualTo(403);
		// Riverside's teacher reads the schedule but cannot keep it.
		assertThat(as("teacher", "demo").delete(riverside + "/maintenance-schedule/" + reference).status())
			.isEqualTo(403);

		// Through their own school's path, our records are not there (a reference is numbered per school: the same
		// number there, if any, is hillside's own activity).
		Api.Response theirs = hillTech.get(hillside + "/maintenance-schedule/" + reference);
		assertThat(theirs.status()).isIn(200, 404);
		assertThat(theirs.text()).doesNotContain("Riverside backups " + run);
		assertThat(hillTech.get(hillside + "/maintenance-schedule").json().findValuesAsText("what"))
			.doesNotContain("Riverside backups " + run);
		assertThat(hillTech.get(hillside + "/monitoring-notes").json().findValuesAsText("note"))
			.doesNotContain("Riverside check " + run);

		assertThat(count("maintenance_activity", RIVERSIDE)).isEqualTo(activities);
		assertThat(count("monitoring_note", RIVERSIDE)).isEqualTo(notes);
		Api.Response still = technician.get(riverside + "/maintenance-schedule/" + reference);
		assertThat(still.json().path("what").asText()).isEqualTo("Riverside backups " + run);
		assertThat(still.json().path("retiredOn").isNull()).isTrue();
		technician.delete(riverside + "/maintenance-schedule/" + reference);
	}

	@Test
	void maintenance02_anotherSchoolCannotNameOurServersOrServices_andTheAuthorIsTheCaller() {
		Api technician = as("technician", "demo");
		assertThat(technician.post("/api/schools/" + RIVERSIDE + "/configuration-items", Map.of("assetReference",
				"RIV-SRV-" + run, "name", "Riverside server", "type", "HARDWARE")).status()).isEqualTo(201);
		long theirNotes = count("monitoring_note", HILLSIDE);
		long theirProblems = count("problem", HILLSIDE);
		Api.Response refused = as("hill-tech").post("/api/schools/" + HILLSIDE + "/monitoring-notes", Map.of(
				"note", "Looking at their server", "diskSpace", List.of(Map.of("assetReference", "RIV-SRV-" + run,
						"capacityGb", 100, "freeGb", 1)), "service", "Printing", "potentialProblem", "Theirs is full"));
		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.json().path("fields").toString()).contains("diskSpace[0].assetReference", "service");
		assertThat(count("monitoring_note", HILLSIDE)).isEqualTo(theirNotes);
		assertThat(count("problem", HILLSIDE)).isEqualTo(theirProblems);

		Map<String, Object> planted = activity("Hillside check " + run);
		planted.put("items", List.of("RIV-SRV-" + run));
		planted.put("recordedBy", "technician");
		Api.Response schedule = as("hill-tech").post("/api/schools/" + HILLSIDE + "/maintenance-schedule", planted);
		assertThat(schedule.status()).isEqualTo(400);
		assertThat(schedule.json().path("fields").toString()).contains("items");

		// A body naming someone else as author is not believed: the caller is recorded.
		Map<String, Object> own = activity("Hillside check " + run);
		own.put("recordedBy", "technician");
		Api.Response recorded = as("hill-tech").post("/api/schools/" + HILLSIDE + "/maintenance-schedule", own);
		assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
		assertThat(recorded.json().path("recordedBy").asText()).isEqualTo("hill-tech");
		Api.Response ownNote = as("hill-tech").post("/api/schools/" + HILLSIDE + "/monitoring-notes",
				Map.of("note", "All quiet " + run, "recordedBy", "technician"));
		assertThat(ownNote.status()).as(ownNote.toString()).isEqualTo(201);
		assertThat(ownNote.json().path("recordedBy").asText()).isEqualTo("hill-tech");
		as("hill-tech").delete("/api/schools/" + HILLSIDE + "/maintenance-schedule/"
				+ recorded.json().path("reference").asText());
	}

	private Map<String, Object> activity(String what) {
		Map<String, Object> activity = new HashMap<>();
		activity.put("what", what);
		activity.put("recurrence", "P1M");
		activity.put("firstDue", today.plusDays(5).toString());
		activity.put("takesServiceDown", false);
		activity.put("agreedWith", "Staff meeting");
		activity.put("agreedOn", today.toString());
		return activity;
	}
}

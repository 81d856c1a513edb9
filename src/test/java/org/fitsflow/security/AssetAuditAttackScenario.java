package org.fitsflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.fitsflow.configuration.AssetAuditProcess;
import org.fitsflow.system.process.ModelContract;
import org.fitsflow.system.process.ProcessVariables;
import org.fitsflow.testsupport.Api;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The yearly asset audit as an attacker would try it, with a second school: hillside's maintenance and ICT owner
 * against riverside's audit (reading it, its task, completing it) and riverside's items (naming them in hillside's own
 * audit); who audited comes from the login, never from a variable the client sends.
 */
abstract class AssetAuditAttackScenario extends TwoSchools {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

	@Test
	void assetAudit01_anotherSchoolCannotReadOrDoOurAudit_andWhoAuditedComesFromTheLogin() throws Exception {
		Api technician = as("technician", "demo");
		String items = "/api/schools/" + RIVERSIDE + "/configuration-items";
		assertThat(technician.post(items, item("AUD-" + run, "Staffroom PC")).status()).isEqualTo(201);
		Audit audit = start(RIVERSIDE);
		String riverside = "/api/schools/" + RIVERSIDE + "/asset-audits";

		Api hillTech = as("hill-tech");
		Api hillOwner = as("hill-owner");
		for (Api attacker : List.of(hillTech, hillOwner)) {
			assertThat(attacker.get(riverside).status()).isEqualTo(403);
			assertThat(attacker.get(riverside + "/" + audit.reference()).status()).isEqualTo(403);
			assertThat(attacker.get("/api/schools/" + HILLSIDE + "/asset-audits/" + audit.reference()).status())
				.isEqualTo(404);
			assertThat(attacker.get("/engine-rest/task?processInstanceId=" + audit.instance()).json()).isEmpty();
		}
		String check = taskId(technician, audit.instance(), AssetAuditProcess.TASK_CHECK_REGISTER);
		Map<String, Object> answers = answers("missing", "AUD-" + run);
		assertThat(hillTech.post("/engine-rest/task/" + check + "/complete", Map.of("variables", answers)).status())
			.isIn(403, 404);
		assertThat(hillTech.post("/engine-rest/task/" + check + "/claim", Map.of("userId", "hill-tech")).status())
			.isIn(403, 404);

		// Our own technician cannot say someone else audited it, nor which school it is.
		Map<String, Object> forged = new LinkedHashMap<>(answers);
		forged.put("auditedBy", Map.of("value", "hill-tech"));
		forged.put("schoolId", Map.of("value", HILLSIDE));
		assertThat(technician.post("/engine-rest/task/" + check + "/complete", Map.of("variables", forged)).status())
			.isEqualTo(400);
		assertThat(technician.get(items).json().findValuesAsText("assetReference")).contains("AUD-" + run);

		Api.Response done = technician.post("/engine-rest/task/" + check + "/complete", Map.of("variables", answers));
		assertThat(done.status()).as(done.toString()).isEqualTo(204);
		JsonNode kept = technician.get(riverside + "/" + audit.reference()).json();
		assertThat(kept.path("auditedBy").asText()).isEqualTo("technician");
		assertThat(kept.path("discrepancies").get(0).path("correction").asText()).startsWith("taken out of service");
		assertThat(technician.get(items).json().findValuesAsText("assetReference")).doesNotContain("AUD-" + run);
		assertThat(hillTech.get(riverside + "/" + audit.reference()).status()).isEqualTo(403);
	}

	@Test
	void assetAudit02_anotherSchoolCannotCorrectOrRaiseChangesOnOurItemsThroughItsOwnAudit() throws Exception {
		Api technician = as("technician", "demo");
		String items = "/api/schools/" + RIVERSIDE + "/configuration-items";
		Api.Response ours = technician.post(items, item("OURS-" + run, "Riverside server"));
		assertThat(ours.status()).isEqualTo(201);
		long id = ours.json().path("id").asLong();
		long changes = count("request_for_change", RIVERSIDE);
		long hillChanges = count("request_for_change", HILLSIDE);
		Audit theirs = start(HILLSIDE);
		Api hillTech = as("hill-tech");
		String check = taskId(hillTech, theirs.instance(), AssetAuditProcess.TASK_CHECK_REGISTER);
		for (String resolution : List.of("correct", "change")) {
			Map<String, Object> discrepancy = new LinkedHashMap<>(Map.of("kind", "differs", "assetReference", "OURS-" + run,
					"field", "location", "found", "Skip", "resolution", resolution));
			Api.Response refused = hillTech.post("/engine-rest/task/" + check + "/complete", Map.of("variables",
					Map.of("registerChecked", Map.of("value", true), "discrepancies", json(List.of(discrepancy)))));
			assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
			assertThat(refused.text()).contains("assetReference: 'OURS-" + run + "' is not an item of the school's register");
		}
		JsonNode item = technician.get(items + "/" + id).json();
		assertThat(item.path("location").isNull() || item.path("location").isMissingNode()).isTrue();
		assertThat(item.path("removedOn").isNull() || item.path("removedOn").isMissingNode()).isTrue();
		assertThat(count("request_for_change", RIVERSIDE)).isEqualTo(changes);
		assertThat(count("request_for_change", HILLSIDE)).isEqualTo(hillChanges);
	}

	private record Audit(String instance, String reference) {
	}

	/** Starts the school's audit as its schedule does, on a date no other run uses (one audit per school and date). */
	private Audit start(String school) {
		LocalDate due = LocalDate.of(2200, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 300_000));
		var instance = runtimeService.startProcessInstanceByKey(AssetAuditProcess.KEY,
				ProcessVariables.with(ModelContract.SCHOOL_ID, school).and(AssetAuditProcess.REVIEW_DUE, due.toString()));
		return new Audit(instance.getId(), "AA-" + due);
	}

	private static Map<String, Object> answers(String kind, String reference) throws Exception {
		return Map.of("registerChecked", Map.of("value", true), "discrepancies", json(List.of(Map.of("kind", kind,
				"assetReference", reference, "resolution", "correct"))));
	}

	private static Map<String, Object> json(Object list) throws Exception {
		return Map.of("value", JSON.writeValueAsString(list), "type", "Json");
	}

	private static Map<String, Object> item(String reference, String name) {
		return new HashMap<>(Map.of("assetReference", reference, "name", name, "type", "HARDWARE"));
	}
}

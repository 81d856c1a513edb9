package org.fitsflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fitsflow.continuity.ContingencyInvocationProcess.AFFECTED_SERVICES;
import static org.fitsflow.continuity.ContingencyInvocationProcess.STEP_NOTES;
import static org.fitsflow.continuity.ContingencyInvocationProcess.TASK_CARRY_OUT_RECOVERY_PLAN;
import static org.fitsflow.continuity.ContingencyInvocationProcess.WHAT_HAPPENED;
import static org.fitsflow.system.process.ProcessVariables.with;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ManagementService;
import org.fitsflow.continuity.ContingencyInvocationProcess;
import org.fitsflow.system.process.ModelContract;
import org.fitsflow.testsupport.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Service continuity as an attacker would try it, with a second school: hillside's ICT owner and technician against
 * riverside's contingency plan, invocations, risk assessments and the tasks of an invocation, and riverside's own staff
 * trying to act as its ICT owner.
 */
abstract class ContinuityAttackScenario extends TwoSchools {

	static final String INVOKE = "/engine-rest/process-definition/key/" + ContingencyInvocationProcess.KEY
			+ "/submit-form";
	static final String INVOCATIONS = "contingency_invocation";

	@Autowired
	ManagementService management;

	@Test
	void continuity01_anotherSchoolsIctOwnerCannotInvokeForUs_norNameOurServicesInTheirOwnSchool() {
		long ours = count(INVOCATIONS, RIVERSIDE);
		long theirs = count(INVOCATIONS, HILLSIDE);
		Api hillOwner = as("hill-owner");

		Api.Response forUs = hillOwner.post(INVOKE, Api.variables(with(ModelContract.SCHOOL_ID, RIVERSIDE)
			.and(AFFECTED_SERVICES, "Printing").and(WHAT_HAPPENED, "Someone else's plan")));
		assertThat(forUs.status()).as(forUs.toString()).isEqualTo(403);

		// In their own school, a service only riverside's catalogue has is not theirs to name.
		Api.Response ourService = hillOwner.post(INVOKE, Api.variables(with(AFFECTED_SERVICES, "Printing")
			.and(WHAT_HAPPENED, "Naming riverside's printing")));
		assertThat(ourService.status()).as(ourService.toString()).isEqualTo(400);
		assertThat(ourService.text()).contains("'Printing' is not in the service catalogue");

		assertThat(count(INVOCATIONS, RIVERSIDE)).isEqualTo(ours);
		assertThat(count(INVOCATIONS, HILLSIDE)).isEqualTo(theirs);
	}

	@Test
	void continuity02_ourPlanAssessmentsAndInvocationsAreNotAnotherSchools() {
		Api hillOwner = as("hill-owner");
		String riverside = "/api/schools/" + RIVERSIDE;
		for (String path : List.of("/risk-assessments", "/risk-assessments/RSK-2026-0001",
				"/risk-assessments/RSK-2026-0001/spreadsheet", "/contingency-plan", "/contingency-plan/1/printable",
				"/invocations", "/invocations/CON-2026-0001")) {
			assertThat(hillOwner.get(riverside + path).status()).as(path).isEqualTo(403);
		}
		Api.Response step = hillOwner.post(riverside + "/invocations/CON-2026-0001/steps",
				Map.of("what", "Restored everything", "happenedAt", "2026-01-05T09:00"));
		assertThat(step.status()).as(step.toString()).isEqualTo(403);
		// Their own school's records answer (empty), so the refusal above is about the school, not the path.
		assertThat(hillOwner.get("/api/schools/" + HILLSIDE + "/invocations").status()).isEqualTo(200);
	}

	@Test
	void continuity03_anInvocationsTasksAreOnlyOurSchools_andOnlyOurIctOwnerInvokes() {
		Api teacher = as("teacher", "demo");
		Api.Response notOwner = teacher.post(INVOKE, Api.variables(with(AFFECTED_SERVICES, "Printing")
			.and(WHAT_HAPPENED, "A teacher invoking")));
		assertThat(notOwner.status()).as(notOwner.toString()).isEqualTo(403);

		String what = "The printer room flooded " + UUID.randomUUID();
		Api.Response started = as("headteacher", "demo").post(INVOKE, Api.variables(with(AFFECTED_SERVICES, "Printing")
			.and(WHAT_HAPPENED, what)));
		assertThat(started.status()).as(started.toString()).isEqualTo(200);
		String instance = started.json().path("id").asText();
		undo.add(() -> runtimeService.deleteProcessInstanceIfExists(instance, "test over", true, true, true, true));
		// The recovery team is told behind a save point; then each service's recovery starts.
		management.createJobQuery().processInstanceId(instance).executable().list()
			.forEach(job -> management.executeJob(job.getId()));

		// Maintenance in hillside is not maintenance in riverside: the recovery task is neither seen nor done by them.
		String recovery = taskId(as("technician", "demo"), instance, TASK_CARRY_OUT_RECOVERY_PLAN);
		Api hillTech = as("hill-tech");
		assertThat(hillTech.get("/engine-rest/task?processInstanceId=" + instance).json()).isEmpty();
		assertThat(hillTech.get("/engine-rest/task/" + recovery).status()).isIn(403, 404);
		Api.Response done = hillTech.post("/engine-rest/task/" + recovery + "/complete",
				Api.variables(with(STEP_NOTES, "Done from hillside")));
		assertThat(done.status()).as(done.toString()).isIn(403, 404);
		assertThat(as("hill-owner").get("/engine-rest/task?processInstanceId=" + instance).json()).isEmpty();

		// Who invoked is the login; the record says so, and the recovery task is still open.
		JsonNode invocation = invocation(what);
		assertThat(invocation.path("invokedBy").asText()).isEqualTo("headteacher");
		assertThat(taskId(as("technician", "demo"), instance, TASK_CARRY_OUT_RECOVERY_PLAN)).isEqualTo(recovery);
	}

	private JsonNode invocation(String whatHappened) {
		for (JsonNode invocation : as("headteacher", "demo").get("/api/schools/" + RIVERSIDE + "/invocations").json()) {
			if (invocation.path("whatHappened").asText().equals(whatHappened)) {
				return invocation;
			}
		}
		throw new AssertionError("no invocation " + whatHappened);
	}
}

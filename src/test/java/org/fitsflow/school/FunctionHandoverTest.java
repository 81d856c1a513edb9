package org.fitsflow.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.fitsflow.startup.ImplementationPlanProcess;
import org.fitsflow.system.process.ProcessVariables;
import org.fitsflow.testsupport.Api;
import org.fitsflow.testsupport.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;


/** Open work follows the function, not the person (DESIGN.md): a new holder finds it in their Tasklist. */
@ServiceTest
class FunctionHandoverTest {

	@LocalServerPort
	int port;

	@Autowired
	TaskService taskService;

	@Test
	void ictOwnerHandedOver_claimedTaskGoesToTheNewOwner_andLeavesTheFormerOne() {
		String deputy = "deputy-handover";
		assertThat(Api.as(port, "admin").post("/api/schools/riverside/people", Map.of("userId", deputy, "name",
				"Dan Deputy", "email", "deputy@riverside.example.org", "employment", "SCHOOL_STAFF", "leadershipTeam", true,
				"password", "deputy-password")).status()).isEqualTo(201);

		String[] plan = startPlan();
		String instance = plan[0];
		String task = plan[1];
		assertThat(Api.as(port, "headteacher").post("/engine-rest/task/" + task + "/claim", Map.of("userId", "headteacher"))
			.status()).isEqualTo(204);
		assertThat(Api.as(port, deputy, "deputy-password").get("/engine-rest/task/" + task).status()).isIn(403, 404);

		try {
			Api.Response handedOver = Api.as(port, "headteacher").put("/api/schools/riverside/ict-owner",
					Map.of("userId", deputy));
			assertThat(handedOver.status()).as(handedOver.toString()).isEqualTo(200);

			assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
			assertThat(Api.as(port, deputy, "deputy-password").get("/engine-rest/task?processInstanceId=" + instance).json()
				.findValuesAsText("id")).containsExactly(task);
			assertThat(Api.as(port, "headteacher").get("/engine-rest/task?processInstanceId=" + instance + "&candidateGroup=riverside.ict-owner")
				.json().findValuesAsText("id")).isEmpty();
			assertThat(Api.as(port, "headteacher").put("/api/schools/riverside/ict-owner", Map.of("userId", deputy)).status())
				.as("the former owner no longer decides").isEqualTo(403);
		}
		finally {
			Api.as(port, "admin").put("/api/schools/riverside/ict-owner", Map.of("userId", "headteacher"));
		}
	}

	@Test
	void taskFormMissingARequiredField_isRefusedWith400NamingIt_andTheTaskStaysOpen() {
		String[] plan = startPlan();
		String instance = plan[0];
		String task = plan[1];
		Api.Response refused = Api.as(port, "headteacher").post("/engine-rest/task/" + task + "/submit-form",
				Api.variables(ProcessVariables.with(ImplementationPlanProcess.GUIDANCE_READ_ON, "2026-11-23")));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().path("message").asText()).contains(
				"(" + ImplementationPlanProcess.FIRST_MEETING_ON + ") is required",
				"(" + ImplementationPlanProcess.INTENTION_COMMUNICATED_ON + ") is required");
		assertThat(taskService.createTaskQuery().taskId(task).count()).isEqualTo(1);
		assertThat(taskService.getVariable(task, ImplementationPlanProcess.GUIDANCE_READ_ON.name())).isNull();
	}

	@Test
	void anotherFunction_cannotSeeOrCompleteTheIctOwnersTask() {
		String[] plan = startPlan();
		String instance = plan[0];
		String task = plan[1];
		assertThat(Api.as(port, "administrator").get("/engine-rest/task?processInstanceId=" + instance).json()).isEmpty();
		// The engine answers as if the task did not exist, or refuses outright: either way nothing is done.
		assertThat(Api.as(port, "administrator").post("/engine-rest/task/" + task + "/complete", Map.of()).status())
			.isIn(403, 404);
		assertThat(taskService.createTaskQuery().taskId(task).count()).isEqualTo(1);
	}

	/** The ICT owner starts an implementation plan: its instance id and its first task's id. */
	private String[] startPlan() {
		String instance = Api.as(port, "headteacher").post("/engine-rest/process-definition/key/" + ImplementationPlanProcess.KEY + "/start",
				Map.of()).json().path("id").asText();
		String task = Api.as(port, "headteacher").get("/engine-rest/task?processInstanceId=" + instance).json().get(0)
			.path("id").asText();
		return new String[] { instance, task };
	}
}

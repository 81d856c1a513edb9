package org.fitsflow.testsupport;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.util.Map;

import org.camunda.bpm.engine.runtime.Job;

/** Steps the model tests (on camunda-bpm-assert's engine) take the way people and the job executor would. */
public final class ModelSteps {

	private ModelSteps() {
	}

	/** Completes the task as that user, logged in as Tasklist would be: delegates read who acted from the login. */
	public static void completeAs(String userId, String taskId, Map<String, Object> variables) {
		identityService().setAuthenticatedUserId(userId);
		try {
			taskService().complete(taskId, variables);
		}
		finally {
			identityService().clearAuthentication();
		}
	}

	/** Runs the instance's due jobs one at a time, including those that fall due as earlier ones run. */
	public static void runDueJobs(String processInstanceId) {
		for (Job job = dueJob(processInstanceId); job != null; job = dueJob(processInstanceId)) {
			execute(job);
		}
	}

	private static Job dueJob(String processInstanceId) {
		return managementService().createJobQuery().processInstanceId(processInstanceId).executable().list().stream()
			.findFirst().orElse(null);
	}
}

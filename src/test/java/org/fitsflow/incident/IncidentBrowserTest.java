package org.fitsflow.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.fitsflow.testsupport.Browser;
import org.fitsflow.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A member of staff reports a fault in the real Tasklist, and the single point of contact categorises it there. */
@BrowserTest
class IncidentBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	TaskService taskService;

	@Autowired
	HistoryService historyService;

	@Test
	void teacherReportsAFault_singlePointOfContactCategorisesIt_inTasklist() {
		String description = "No picture on the projector in room 4 " + UUID.randomUUID().toString().substring(0, 6);
		try (Browser teacher = Browser.open(port)) {
			teacher.logInToTasklist("teacher", "demo");
			teacher.startProcess("Report a fault or ask for something");
			teacher.type("What is wrong", description);
			teacher.type("Which service?", "Printing");
			teacher.type("Where?", "Room 4");
			teacher.choose("How many people are affected?", "A whole class or group");
			teacher.choose("Can teaching or administration go on?", "Only with difficulty");
			teacher.choose("Is this a fault or a request?", "Something is not working (a fault)");
			teacher.screenshot("incident-report-filled");
			teacher.press("Start");
			teacher.waitForText("started");
		}

		Task categorise = taskService.createTaskQuery().processVariableValueEquals(IncidentManagementProcess.DESCRIPTION.name(), description)
			.taskDefinitionKey(IncidentManagementProcess.TASK_CATEGORISE).singleResult();
		assertThat(categorise).as("the report started an incident waiting for the single point of contact").isNotNull();
		String instance = categorise.getProcessInstanceId();

		try (Browser spoc = Browser.open(port)) {
			spoc.logInToTasklist("administrator", "demo");
			spoc.openTaskById(categorise.getId());
			spoc.press("Claim");
			spoc.choose("Category", "Fault");
			spoc.screenshot("incident-categorise-filled");
			spoc.press("Complete");
			spoc.waiting().until(d -> taskService.createTaskQuery().taskId(categorise.getId()).count() == 0);
		}

		assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance)
			.activityId(IncidentManagementProcess.TASK_CATEGORISE).finished().count()).isEqualTo(1);
		assertThat(taskService.createTaskQuery().processInstanceId(instance).taskCandidateGroup("riverside.first-level-support")
			.count()).as("first-level support has the incident now").isEqualTo(1);
	}
}

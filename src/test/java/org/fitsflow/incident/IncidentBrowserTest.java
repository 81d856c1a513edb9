package org.fitsflow.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.fitsflow.configuration.ConfigurationRegister;
import org.fitsflow.configuration.ItemDetails;
import org.fitsflow.configuration.ItemType;
import org.fitsflow.testsupport.Browser;
import org.fitsflow.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A member of staff reports a fault in the real Tasklist, and the single point of contact categorises it there,
 * picking the item at fault from the school's configuration register.
 */
@BrowserTest
class IncidentBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	TaskService taskService;

	@Autowired
	HistoryService historyService;

	@Autowired
	ConfigurationRegister register;

	@Autowired
	IncidentRepository incidents;

	@Test
	void teacherReportsAFault_singlePointOfContactCategorisesIt_inTasklist() {
		String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		String description = "No picture on the projector in room 4 " + run;
		String projector = "PROJ-R4-" + run;
		register.add("riverside", new ItemDetails(projector, "Room 4 projector", ItemType.HARDWARE, "Room 4", List.of(),
				List.of(), null, null, null, null, null));
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
			spoc.choose("Asset (from the configuration register", projector + ": Room 4 projector");
			spoc.choose("Category", "Fault");
			spoc.screenshot("incident-categorise-filled");
			spoc.press("Complete");
			spoc.waiting().until(d -> taskService.createTaskQuery().taskId(categorise.getId()).count() == 0);
		}

		assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance)
			.activityId(IncidentManagementProcess.TASK_CATEGORISE).finished().count()).isEqualTo(1);
		assertThat(incidents.findAll().stream().filter(i -> description.equals(i.getDescription())).findFirst().orElseThrow()
			.getAssetReference()).isEqualTo(projector);
		assertThat(taskService.createTaskQuery().processInstanceId(instance).taskCandidateGroup("riverside.first-level-support")
			.count()).as("first-level support has the incident now").isEqualTo(1);
	}
}

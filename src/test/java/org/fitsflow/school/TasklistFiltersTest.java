package org.fitsflow.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fitsflow.system.process.ProcessVariables.with;

import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.fitsflow.change.RequestForChangeProcess;
import org.fitsflow.incident.Impact;
import org.fitsflow.incident.IncidentManagementProcess;
import org.fitsflow.incident.ReportKind;
import org.fitsflow.incident.Urgency;
import org.fitsflow.problem.ProblemManagementProcess;
import org.fitsflow.system.AsSystem;
import org.fitsflow.system.Authorizations;
import org.fitsflow.testsupport.Api;
import org.fitsflow.testsupport.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/** The shared filters' rows and order, as Tasklist reads them, and a filter saved before them brought up to date. */
@ServiceTest
class TasklistFiltersTest {

	private static final String SPOC = "Single point of contact";

	@LocalServerPort
	int port;

	@Autowired
	FilterService filterService;
	@Autowired
	TaskService taskService;
	@Autowired
	RuntimeService runtimeService;
	@Autowired
	Authorizations authorizations;
	@Autowired
	AsSystem asSystem;
	@Autowired
	ObjectProvider<TasklistColumns> models;

	@Test
	void functionFilter_showsReferencePriorityServiceAndReporter_soonestDueThenMostUrgent() {
		JsonNode filter = filterAsTasklistReadsIt();
		// The copies on each task (a function holder may read the task, not the process instance), one column for
		// what the models share: every reference, every reporter or raiser.
		assertThat(filter.path("properties").path("variables").findValuesAsText("name")).containsExactly(
				IncidentManagementProcess.LISTED_REFERENCE.name(), IncidentManagementProcess.LISTED_PRIORITY.name(),
				IncidentManagementProcess.LISTED_SERVICE.name(), IncidentManagementProcess.LISTED_SERVICE_AS_REPORTED.name(),
				IncidentManagementProcess.LISTED_BY.name());
		assertThat(ProblemManagementProcess.LISTED_REFERENCE.name()).isEqualTo(RequestForChangeProcess.LISTED_REFERENCE.name())
			.isEqualTo(IncidentManagementProcess.LISTED_REFERENCE.name());
		assertThat(ProblemManagementProcess.LISTED_BY.name()).isEqualTo(RequestForChangeProcess.LISTED_BY.name())
			.isEqualTo(IncidentManagementProcess.LISTED_BY.name());
		assertThat(filter.path("properties").path("variables").findValuesAsText("label"))
			.containsExactly("Reference", "Priority", "Service", "Service as reported", "Reported or raised by");
		JsonNode sorting = filter.path("query").path("sorting");
		assertThat(sorting.get(0).path("sortBy").asText()).isEqualTo("dueDate");
		assertThat(sorting.get(0).path("sortOrder").asText()).isEqualTo("asc");
		assertThat(sorting.get(1).path("sortBy").asText()).as("the models set it from the FITS priority").isEqualTo("priority");
		assertThat(sorting.get(1).path("sortOrder").asText()).isEqualTo("desc");
		// The function's own tasks still, in every school where the caller holds it
		assertThat(filter.path("query").path("candidateGroupsExpression").asText()).contains("single-point-of-contact");
	}

	@Test
	void filterSavedBeforeTheColumns_isBroughtUpToDateOnStart_once() {
		Filter old = asSystem.call(() -> {
			Filter filter = filterService.createTaskFilterQuery().filterName(SPOC).singleResult();
			filter.setProperties(Map.of("description", "Work for the " + SPOC + " function", "priority", 2));
			filter.setQuery(taskService.createTaskQuery().taskCandidateGroupInExpression(
					"${currentUserFunctionGroups('single-point-of-contact')}").includeAssignedTasks());
			return filterService.saveFilter(filter);
		});
		assertThat(filterAsTasklistReadsIt().path("properties").has("variables")).isFalse();

		// what the next start does
		new TasklistFilters(filterService, taskService, authorizations, asSystem, models)
			.grant(new SchoolEvents.SchoolReady("riverside", "Riverside Primary School"));

		JsonNode updated = filterAsTasklistReadsIt();
		assertThat(updated.path("id").asText()).isEqualTo(old.getId());
		assertThat(updated.path("properties").path("variables").findValuesAsText("label")).contains("Reference");
		assertThat(updated.path("query").path("sorting").get(0).path("sortBy").asText()).isEqualTo("dueDate");
		assertThat(asSystem.call(() -> filterService.createTaskFilterQuery().filterName(SPOC).count())).isEqualTo(1);
	}

	@Test
	void aNewReport_isListedForTheSinglePointOfContact_withItsReferenceServiceAndReporter() {
		String description = "Whiteboard pen does not work " + UUID.randomUUID();
		Api.Response started = Api.as(port, "teacher").post("/engine-rest/process-definition/key/"
				+ IncidentManagementProcess.KEY + "/submit-form", Api.variables(
						with(IncidentManagementProcess.DESCRIPTION, description)
							.and(IncidentManagementProcess.SERVICE, "Interactive whiteboards")
							.and(IncidentManagementProcess.LOCATION, "Room 2")
							.and(IncidentManagementProcess.IMPACT, Impact.ONE_USER)
							.and(IncidentManagementProcess.URGENCY, Urgency.WORK_CONTINUES)
							.and(IncidentManagementProcess.KIND, ReportKind.FAULT)));
		assertThat(started.status()).as(started.toString()).isEqualTo(200);

		String instance = started.json().path("id").asText();
		String reference = asSystem.call(() -> (String) runtimeService.getVariable(instance,
				IncidentManagementProcess.INCIDENT_REFERENCE.name()));

		// As Tasklist asks for a filter's list: HAL, each task with the filter's variables the caller may read. The
		// single point of contact ("administrator" in the demo, not a Camunda administrator) may not read the process
		// instance, only the task.
		JsonNode list = Api.as(port, "administrator").withHeader("Accept", "application/hal+json")
			.post("/engine-rest/filter/" + filterAsTasklistReadsIt().path("id").asText() + "/list",
					Map.of("processInstanceId", instance))
			.json();
		JsonNode tasks = list.path("_embedded").path("task");
		assertThat(tasks).as(list.toString()).hasSize(1);
		assertThat(tasks.get(0).path("taskDefinitionKey").asText()).isEqualTo(IncidentManagementProcess.TASK_CATEGORISE);
		Map<String, String> shown = new java.util.HashMap<>();
		tasks.get(0).path("_embedded").path("variable")
			.forEach(variable -> shown.put(variable.path("name").asText(), variable.path("value").asText()));
		assertThat(shown).as(list.toString())
			.containsEntry(IncidentManagementProcess.LISTED_REFERENCE.name(), reference)
			.containsEntry(IncidentManagementProcess.LISTED_SERVICE_AS_REPORTED.name(), "Interactive whiteboards")
			.containsEntry(IncidentManagementProcess.LISTED_BY.name(), "Rita Reed")
			.doesNotContainKey(IncidentManagementProcess.LISTED_PRIORITY.name());
		assertThat(Api.as(port, "administrator").get("/engine-rest/process-instance/" + instance + "/variables").status())
			.as("the process instance's own variables stay closed to the function").isNotEqualTo(200);

		asSystem.run(() -> runtimeService.deleteProcessInstance(instance, "test over"));
	}

	private JsonNode filterAsTasklistReadsIt() {
		Api administrator = Api.as(port, "administrator");
		for (JsonNode filter : administrator.get("/engine-rest/filter?resourceType=Task").json()) {
			if (filter.path("name").asText().equals(SPOC)) {
				return administrator.get("/engine-rest/filter/" + filter.path("id").asText()).json();
			}
		}
		throw new AssertionError("no filter " + SPOC);
	}
}

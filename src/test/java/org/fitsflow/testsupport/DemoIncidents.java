package org.fitsflow.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fitsflow.incident.IncidentManagementProcess.CATEGORY;
import static org.fitsflow.incident.IncidentManagementProcess.DESCRIPTION;
import static org.fitsflow.incident.IncidentManagementProcess.IMPACT;
import static org.fitsflow.incident.IncidentManagementProcess.INCIDENT_REFERENCE;
import static org.fitsflow.incident.IncidentManagementProcess.KEY;
import static org.fitsflow.incident.IncidentManagementProcess.KIND;
import static org.fitsflow.incident.IncidentManagementProcess.LOCATION;
import static org.fitsflow.incident.IncidentManagementProcess.PASSED_ON;
import static org.fitsflow.incident.IncidentManagementProcess.PERMANENT_FIX_NEEDED;
import static org.fitsflow.incident.IncidentManagementProcess.QUESTION_FOR_REPORTER;
import static org.fitsflow.incident.IncidentManagementProcess.RESOLUTION;
import static org.fitsflow.incident.IncidentManagementProcess.RESTORE_OUTCOME;
import static org.fitsflow.incident.IncidentManagementProcess.SECOND_LEVEL_OUTCOME;
import static org.fitsflow.incident.IncidentManagementProcess.SERVICE;
import static org.fitsflow.incident.IncidentManagementProcess.SERVICE_ID;
import static org.fitsflow.incident.IncidentManagementProcess.TAKEN_ON;
import static org.fitsflow.incident.IncidentManagementProcess.URGENCY;
import static org.fitsflow.incident.IncidentManagementProcess.WORKAROUND;
import static org.fitsflow.system.process.ProcessVariables.with;

import java.util.Map;

import org.fitsflow.incident.Impact;
import org.fitsflow.incident.IncidentCategory;
import org.fitsflow.incident.ReportKind;
import org.fitsflow.incident.RestoreOutcome;
import org.fitsflow.incident.SecondLevelOutcome;
import org.fitsflow.incident.Urgency;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Incidents of the demo school taken through the API by the demo's function holders, as they would in Tasklist: for
 * tests of what a reporter sees and may do afterwards. The caller ends the process instances.
 */
public final class DemoIncidents {

	/** A started incident: its process instance and its reference. */
	public record Reported(String processInstanceId, String reference) {
	}

	private final int port;

	public DemoIncidents(int port) {
		this.port = port;
	}

	/** A fault reported by a demo user (password "demo"), waiting for the single point of contact. */
	public Reported report(String reporter, String description) {
		Api.Response started = Api.as(port, reporter).post("/engine-rest/process-definition/key/" + KEY + "/submit-form",
				Api.variables(with(DESCRIPTION, description).and(SERVICE, "Printing").and(LOCATION, "Room 3")
					.and(IMPACT, Impact.ONE_USER).and(URGENCY, Urgency.WORK_IMPAIRED).and(KIND, ReportKind.FAULT)));
		assertThat(started.status()).as(started.toString()).isEqualTo(200);
		String instance = started.json().path("id").asText();
		JsonNode reference = Api.as(port, "admin").get("/engine-rest/process-instance/" + instance + "/variables/"
				+ INCIDENT_REFERENCE.name()).json();
		return new Reported(instance, reference.path("value").asText());
	}

	/** Categorised, taken on, and first-level support asked the reporter {@code question}: waiting on the reporter. */
	public Reported waitingOnReporter(String reporter, String description, String question) {
		Reported incident = report(reporter, description);
		Api assistant = Api.as(port, "assistant");
		complete(Api.as(port, "administrator"), incident, with(SERVICE_ID, printing(reporter)).and(CATEGORY, IncidentCategory.FAULT));
		complete(assistant, incident, with(TAKEN_ON, true));
		complete(assistant, incident, with(RESTORE_OUTCOME, RestoreOutcome.WAITING_ON_REPORTER)
			.and(QUESTION_FOR_REPORTER, question));
		return incident;
	}

	/** Categorised, restored with a workaround, passed on and fixed permanently: resolved, waiting for the reporter. */
	public Reported resolved(String reporter, String description) {
		Reported incident = report(reporter, description);
		Api spoc = Api.as(port, "administrator");
		Api assistant = Api.as(port, "assistant");
		Api technician = Api.as(port, "technician");
		complete(spoc, incident, with(SERVICE_ID, printing(reporter)).and(CATEGORY, IncidentCategory.FAULT));
		complete(assistant, incident, with(TAKEN_ON, true));
		complete(assistant, incident, with(RESTORE_OUTCOME, RestoreOutcome.RESTORED).and(WORKAROUND, "Use the office printer")
			.and(PERMANENT_FIX_NEEDED, true));
		complete(spoc, incident, with(PASSED_ON, true));
		complete(technician, incident, with(RESOLUTION, "Rollers replaced").and(SECOND_LEVEL_OUTCOME, SecondLevelOutcome.FIXED));
		return incident;
	}

	private String printing(String reporter) {
		for (JsonNode service : Api.as(port, reporter).get("/api/schools/riverside/services").json()) {
			if (service.path("name").asText().equals("Printing")) {
				return service.path("id").asText();
			}
		}
		throw new IllegalStateException("The demo catalogue has no Printing service");
	}

	private void complete(Api who, Reported incident, Map<String, Object> answers) {
		JsonNode tasks = who.get("/engine-rest/task?processInstanceId=" + incident.processInstanceId()).json();
		assertThat(tasks).as("the task waiting in " + incident.reference()).hasSize(1);
		Api.Response done = who.post("/engine-rest/task/" + tasks.get(0).path("id").asText() + "/complete",
				Api.variables(answers));
		assertThat(done.status()).as(done.toString()).isEqualTo(204);
	}
}

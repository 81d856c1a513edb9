package org.fitsflow.incident;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.fitsflow.problem.Problem;
import org.fitsflow.school.SchoolTimeProperties;
import org.fitsflow.servicelevel.CatalogueService;
import org.fitsflow.system.forms.FormInputRefused;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The incident-management model's service tasks: each maps process variables to one call of {@link Incidents} and
 * maps the result back. Bad input from a form is refused with the field's name (400 over REST).
 */
@Configuration
class IncidentDelegates {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Incidents incidents;
	private final DateTimeFormatter shown;

	IncidentDelegates(Incidents incidents, SchoolTimeProperties schoolTime) {
		this.incidents = incidents;
		this.shown = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm").withZone(schoolTime.zone());
	}

	@Bean
	JavaDelegate logIncident() {
		return execution -> {
			Incident incident = refusing(() -> incidents.log(execution.getTenantId(), new Incidents.Report(
					string(execution, "description"), string(execution, "service"), string(execution, "location"),
					string(execution, "impact"), string(execution, "urgency"), string(execution, "kind"),
					string(execution, "assetReference"), string(execution, "reportedFor")),
					string(execution, "loggedBy"), execution.getProcessInstanceId()));
			execution.setProcessBusinessKey(incident.getReference());
			execution.setVariable("incidentReference", incident.getReference());
			execution.setVariable("reporterName", incidents.reporterName(incident));
			execution.setVariable("responded", false);
			execution.setVariable("serviceId", incident.getServiceId() == null ? null : incident.getServiceId().toString());
			List<Map<String, String>> options = new ArrayList<>();
			for (CatalogueService s : incidents.catalogue(execution.getTenantId())) {
				options.add(Map.of("label", s.getName(), "value", s.getId().toString()));
			}
			execution.setVariable("catalogueServices", SpinValues.jsonValue(json(options)).create());
		};
	}

	@Bean
	JavaDelegate recordCategory() {
		return execution -> {
			Incident incident = refusing(() -> incidents.categorise(execution.getTenantId(), reference(execution),
					serviceId(execution), string(execution, "category"), string(execution, "impact"),
					string(execution, "urgency"), string(execution, "requirementFunction")));
			CatalogueService service = incidents.service(incident);
			execution.setVariable("serviceName", service.getName());
			execution.setVariable("serviceImportance", service.getImportance().dmnValue());
			execution.setVariable("supportedByProvider", service.isSupportedByProvider());
			execution.setVariable("supportedByDescription", service.supportedByDescription());
			Problem known = incidents.knownWorkaround(incident).orElse(null);
			execution.setVariable("knownWorkaround", known == null ? null : known.getWorkaround());
			execution.setVariable("knownProblem", known == null ? null : known.getReference());
		};
	}

	@Bean
	JavaDelegate setIncidentTargets() {
		return execution -> {
			Incident incident = incidents.setTargets(execution.getTenantId(), reference(execution),
					((Number) execution.getVariable("priority")).intValue());
			execution.setVariable("responseDueText", shown.format(incident.getResponseTarget()));
			execution.setVariable("fixDueText", shown.format(incident.getFixTarget()));
		};
	}

	@Bean
	JavaDelegate recordResponse() {
		return execution -> {
			incidents.responded(execution.getTenantId(), reference(execution));
			execution.setVariable("responded", true);
		};
	}

	@Bean
	JavaDelegate escalateMissedResponse() {
		return execution -> incidents.escalateMissedResponse(execution.getTenantId(), reference(execution));
	}

	@Bean
	JavaDelegate escalateMissedFix() {
		return execution -> incidents.escalateMissedFix(execution.getTenantId(), reference(execution));
	}

	@Bean
	JavaDelegate pauseFixClock() {
		return execution -> refusing(() -> incidents.pauseFixClock(execution.getTenantId(), reference(execution),
				string(execution, "questionForReporter")));
	}

	@Bean
	JavaDelegate resumeFixClock() {
		return execution -> {
			Incident incident = incidents.resumeFixClock(execution.getTenantId(), reference(execution));
			execution.setVariable("fixDueText", shown.format(incident.getFixTarget()));
		};
	}

	@Bean
	JavaDelegate recordRestoration() {
		return execution -> {
			boolean permanentFixNeeded = Boolean.TRUE.equals(execution.getVariable("permanentFixNeeded"));
			incidents.restored(execution.getTenantId(), reference(execution), string(execution, "workaround"),
					permanentFixNeeded);
			execution.setVariable("permanentFixNeeded", permanentFixNeeded);
		};
	}

	@Bean
	JavaDelegate emailProviderServiceDesk() {
		return execution -> incidents.emailProviderServiceDesk(execution.getTenantId(), reference(execution));
	}

	@Bean
	JavaDelegate prepareIncidentChange() {
		return execution -> {
			Incidents.ChangeRequest change = incidents.changeRequest(execution.getTenantId(), reference(execution),
					string(execution, "changeDescription"), string(execution, "changeReason"));
			execution.setVariable("changeBriefDescription", change.briefDescription());
			execution.setVariable("changeReason", change.reason());
			execution.setVariable("changeOriginator", Originator.of(execution));
		};
	}

	@Bean
	JavaDelegate recordIncidentChangeOutcome() {
		return execution -> incidents.recordChangeOutcome(execution.getTenantId(), reference(execution),
				string(execution, "changeReference"), string(execution, "changeOutcome"));
	}

	@Bean
	JavaDelegate raiseProblemFromIncident() {
		return execution -> {
			Problem problem = incidents.raiseProblem(execution.getTenantId(), reference(execution), Originator.of(execution));
			execution.setVariable("problemReference", problem.getReference());
		};
	}

	@Bean
	JavaDelegate recordResolution() {
		return execution -> incidents.resolve(execution.getTenantId(), reference(execution),
				string(execution, "resolution"), string(execution, "providerReference"));
	}

	@Bean
	JavaDelegate recordReopening() {
		return execution -> incidents.recordReopening(execution.getTenantId(), reference(execution));
	}

	@Bean
	JavaDelegate recordClosure() {
		return execution -> incidents.close(execution.getTenantId(), reference(execution));
	}

	/** The incident is found by its process instance (whose business key is its reference), never by a variable. */
	private static String reference(DelegateExecution execution) {
		return execution.getProcessBusinessKey();
	}

	private static String string(DelegateExecution execution, String name) {
		Object value = execution.getVariable(name);
		return value == null ? null : value.toString();
	}

	private static Long serviceId(DelegateExecution execution) {
		String value = string(execution, "serviceId");
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(value.trim());
		}
		catch (NumberFormatException e) {
			throw new FormInputRefused("serviceId: choose the service from the catalogue.");
		}
	}

	/** Turns the domain's refusal of bad input into the engine's "bad request", so REST answers 400. */
	static <T> T refusing(Supplier<T> work) {
		try {
			return work.get();
		}
		catch (IllegalArgumentException | java.util.NoSuchElementException e) {
			throw new FormInputRefused(e.getMessage());
		}
	}

	private static String json(Object value) {
		try {
			return JSON.writeValueAsString(value);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

}

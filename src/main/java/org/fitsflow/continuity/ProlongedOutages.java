package org.fitsflow.continuity;

import static org.fitsflow.continuity.ContingencyInvocationProcess.*;

import org.camunda.bpm.engine.RuntimeService;
import org.fitsflow.incident.IncidentNotRestored;
import org.fitsflow.servicelevel.CatalogueService;
import org.fitsflow.servicelevel.Importance;
import org.fitsflow.servicelevel.ServiceCatalogue;
import org.fitsflow.system.AsSystem;
import org.fitsflow.system.process.ProcessVariables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service Continuity Management's side of incidents: an incident on a service of high importance still not restored
 * long after its fix target asks the ICT owner whether to invoke the contingency plan, once per incident. The
 * question is recorded before its process starts, in the incident timer's transaction, and the record's unique key
 * (school and incident) is what makes a second ask fail, however often the timer fires or on whichever node.
 */
@Component
class ProlongedOutages {

	private static final Logger log = LoggerFactory.getLogger(ProlongedOutages.class);

	private final Invocations invocations;
	private final ServiceCatalogue catalogue;
	private final RuntimeService runtime;
	private final AsSystem asSystem;

	ProlongedOutages(Invocations invocations, ServiceCatalogue catalogue, RuntimeService runtime, AsSystem asSystem) {
		this.invocations = invocations;
		this.catalogue = catalogue;
		this.runtime = runtime;
		this.asSystem = asSystem;
	}

	@EventListener
	@Transactional
	public void notRestored(IncidentNotRestored incident) {
		if (incident.serviceId() == null) {
			return;
		}
		CatalogueService service = catalogue.service(incident.schoolId(), incident.serviceId());
		if (service.getImportance() != Importance.HIGH
				|| invocations.askedFor(incident.schoolId(), incident.reference()).isPresent()) {
			return;
		}
		Invocation asked = invocations.ask(incident.schoolId(), incident.reference(), service,
				incident.reference() + ": " + incident.description(), incident.loggedAt());
		String instance = asSystem.call(() -> runtime.createMessageCorrelation(OUTAGE_NOT_RESTORED)
			.processInstanceBusinessKey(asked.getReference())
			.setVariables(ProcessVariables.with(SCHOOL_ID, incident.schoolId())
				.and(INVOCATION_REFERENCE, asked.getReference())
				.and(INCIDENT_REFERENCE, incident.reference())
				.and(AFFECTED_SERVICES, service.getName())
				.and(WHAT_HAPPENED, asked.getWhatHappened()))
			.correlateStartMessage().getId());
		invocations.runBy(asked, instance);
		log.info("{}: {} still not restored; the ICT owner is asked whether to invoke the contingency plan ({})",
				incident.schoolId(), incident.reference(), asked.getReference());
	}
}

package org.fitsflow.incident;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fitsflow.mail.Mail;
import org.fitsflow.school.FitsFunction;
import org.fitsflow.school.FunctionMail;
import org.fitsflow.school.Person;
import org.fitsflow.school.SchoolDirectory;
import org.fitsflow.servicelevel.CatalogueService;
import org.fitsflow.servicelevel.ServiceCatalogue;
import org.springframework.stereotype.Component;

/**
 * The e-mails of Incident Management, through the outbox: the reporter is told when the incident is logged, waits on
 * them, is restored and is resolved; missed targets go to the single point of contact (and a missed fix to the ICT
 * owner); a follow-up for a provider-supported service goes to the provider's service desk.
 */
@Component
class IncidentNotifications {

	private final Mail mail;
	private final FunctionMail functionMail;
	private final SchoolDirectory directory;
	private final ServiceCatalogue catalogue;
	private final IncidentProperties properties;
	private final ReporterLinks links;
	private final Clock clock;

	IncidentNotifications(Mail mail, FunctionMail functionMail, SchoolDirectory directory, ServiceCatalogue catalogue,
			IncidentProperties properties, ReporterLinks links, Clock clock) {
		this.mail = mail;
		this.functionMail = functionMail;
		this.directory = directory;
		this.catalogue = catalogue;
		this.properties = properties;
		this.links = links;
		this.clock = clock;
	}

	void logged(Incident incident) {
		tellReporter(incident, "incident-logged", Map.of());
	}

	void waitingOnReporter(Incident incident, String question) {
		tellReporter(incident, "incident-waiting-on-you", Map.of("question", question.trim()));
	}

	void restored(Incident incident) {
		tellReporter(incident, "incident-restored", Map.of());
	}

	/** The reporter is told, with their own links to confirm the fix or reopen it while the window is open. */
	void resolved(Incident incident) {
		Map<String, Object> extra = new HashMap<>(links.links(incident, incident.getResolvedAt().plus(properties.reopenWithin())));
		extra.put("reopenDays", properties.reopenWithin().toDays());
		tellReporter(incident, "incident-resolved", extra);
	}

	void responseTargetMissed(Incident incident) {
		functionMail.send(incident.getSchoolId(), FitsFunction.SINGLE_POINT_OF_CONTACT, "incident-response-missed",
				model(incident));
	}

	/** A missed fix goes to the single point of contact and the ICT owner. */
	void fixTargetMissed(Incident incident) {
		List<String> to = new ArrayList<>();
		directory.holders(incident.getSchoolId(), FitsFunction.SINGLE_POINT_OF_CONTACT).forEach(p -> to.add(p.getEmail()));
		directory.holders(incident.getSchoolId(), FitsFunction.ICT_OWNER).forEach(p -> to.add(p.getEmail()));
		mail.send(incident.getSchoolId(), to, "incident-fix-missed", model(incident));
	}

	/**
	 * The follow-up is past its target: the provider's service desk (with both references) or the school's
	 * second-level support is reminded, with a copy to the single point of contact.
	 */
	void followUpMissed(Incident incident) {
		CatalogueService service = catalogue.service(incident.getSchoolId(), incident.getServiceId());
		List<String> to = new ArrayList<>();
		Map<String, Object> model = model(incident);
		model.put("target", shown(incident.getFollowUpTarget()));
		if (service.isSupportedByProvider()) {
			to.add(service.getProviderServiceDeskEmail());
			model.put("provider", service.getProviderName());
		}
		else {
			directory.holders(incident.getSchoolId(), FitsFunction.SECOND_LEVEL_SUPPORT).forEach(p -> to.add(p.getEmail()));
			model.put("provider", null);
		}
		directory.holders(incident.getSchoolId(), FitsFunction.SINGLE_POINT_OF_CONTACT).forEach(p -> to.add(p.getEmail()));
		mail.send(incident.getSchoolId(), to, "incident-follow-up-missed", model);
	}

	/** Passes the follow-up to the provider's service desk named in the catalogue, with the details and reference. */
	void toProviderServiceDesk(Incident incident) {
		CatalogueService service = catalogue.service(incident.getSchoolId(), incident.getServiceId());
		if (!service.isSupportedByProvider()) {
			throw new IllegalStateException(service.getName() + " is not supported by a service provider.");
		}
		Map<String, Object> model = model(incident);
		model.put("provider", service.getProviderName());
		model.put("reporter", directory.person(incident.getSchoolId(), incident.getReportedBy()).getName());
		mail.send(incident.getSchoolId(), List.of(service.getProviderServiceDeskEmail()), "incident-to-provider", model);
	}

	private void tellReporter(Incident incident, String template, Map<String, Object> extra) {
		Person reporter = directory.person(incident.getSchoolId(), incident.getReportedBy());
		Map<String, Object> model = model(incident);
		model.put("name", reporter.getName());
		model.putAll(extra);
		mail.send(incident.getSchoolId(), List.of(reporter.getEmail()), template, model);
	}

	private String shown(java.time.Instant instant) {
		return IncidentManagementDelegates.shown(clock).format(instant);
	}

	private Map<String, Object> model(Incident incident) {
		Map<String, Object> model = new HashMap<>();
		model.put("incident", incident);
		model.put("service", incident.getServiceId() == null ? incident.getServiceAsReported()
				: catalogue.service(incident.getSchoolId(), incident.getServiceId()).getName());
		return model;
	}
}

package org.fitsflow.servicelevel;

import java.time.Duration;

import org.fitsflow.system.FitsProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The demo school's service catalogue, after the FITS example; loaded once, left alone if the school has one. */
@Component
@Order(45)
@ConditionalOnProperty(name = "fits.demo.enabled", havingValue = "true")
class DemoCatalogue implements ApplicationRunner {

	private final ServiceCatalogue catalogue;
	private final FitsProperties properties;

	DemoCatalogue(ServiceCatalogue catalogue, FitsProperties properties) {
		this.catalogue = catalogue;
		this.properties = properties;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		String schoolId = properties.school().id();
		if (!catalogue.services(schoolId).isEmpty()) {
			return;
		}
		catalogue.add(schoolId, new ServiceDetails("Network and internet access",
				"The school network, Wi-Fi and the internet connection", "School day, 8am to 6pm", "All staff and pupils",
				Importance.HIGH, Duration.ofMinutes(30), Duration.ofHours(2), SupportedBy.PERSON, "technician", null, null));
		catalogue.add(schoolId, new ServiceDetails("Printing", "Printers and photocopier printing",
				"School day", "All staff", Importance.LOW, null, null, SupportedBy.PERSON, "technician", null, null));
		catalogue.add(schoolId, new ServiceDetails("Interactive whiteboards", "Whiteboards and projectors in classrooms",
				"Teaching hours", "Teachers and pupils", Importance.MEDIUM, null, null, SupportedBy.PERSON, "technician",
				null, null));
		catalogue.add(schoolId, new ServiceDetails("Email", "Staff e-mail, hosted by the provider", "Always",
				"All staff", Importance.MEDIUM, Duration.ofHours(1), Duration.ofHours(8), SupportedBy.SERVICE_PROVIDER,
				null, "Northgate ICT Services", "servicedesk@northgate-ict.example.org"));
		catalogue.add(schoolId, new ServiceDetails("Management information system",
				"Pupil records, attendance and assessment", "School day", "Office staff and teachers",
				Importance.HIGH, null, null, SupportedBy.SERVICE_PROVIDER, null, "Northgate ICT Services",
				"servicedesk@northgate-ict.example.org"));
	}
}

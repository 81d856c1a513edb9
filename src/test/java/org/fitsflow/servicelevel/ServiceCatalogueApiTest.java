package org.fitsflow.servicelevel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.fitsflow.testsupport.Api;
import org.fitsflow.testsupport.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The service catalogue API: read by the school's members, changed by its ICT owner or an administrator. */
@ServiceTest
class ServiceCatalogueApiTest {

	@LocalServerPort
	int port;

	private final String path = "/api/schools/riverside/services";

	@Test
	void membersRead_theIctOwnerAgreesNewTimes_othersAreRefused() {
		Api.Response list = Api.as(port, "teacher").get(path);
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.json().findValuesAsText("name")).contains("Printing", "Email", "Network and internet access");

		Map<String, Object> service = details("Scanner " + UUID.randomUUID().toString().substring(0, 8));
		Api.Response added = Api.as(port, "headteacher").post(path, service);
		assertThat(added.status()).as(added.toString()).isEqualTo(201);
		String id = added.json().path("id").asText();

		service.put("responseTime", "PT1H");
		service.put("fixTime", "PT6H");
		service.put("availabilityRequired", "School day");
		Api.Response changed = Api.as(port, "headteacher").put(path + "/" + id, service);
		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
		assertThat(changed.json().path("fixTime").asText()).isEqualTo("PT6H");
		assertThat(Api.as(port, "admin").get(path + "/" + id).json().path("responseTime").asText()).isEqualTo("PT1H");

		assertThat(Api.as(port, "technician").put(path + "/" + id, service).status()).isEqualTo(403);
		assertThat(Api.anonymous(port).get(path).status()).isEqualTo(401);
	}

	@Test
	void aServiceProviderWithoutItsServiceDeskEmail_isRefusedNamingTheField() {
		Map<String, Object> service = details("Cloud backup " + UUID.randomUUID().toString().substring(0, 8));
		service.put("supportedBy", "SERVICE_PROVIDER");
		service.put("providerName", "Northgate ICT Services");
		Api.Response refused = Api.as(port, "headteacher").post(path, service);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().path("detail").asText()).startsWith("providerServiceDeskEmail:");

		service.put("providerServiceDeskEmail", "servicedesk@northgate-ict.example.org");
		service.put("responseTime", "PT4H");
		service.put("fixTime", "PT1H");
		Api.Response shorterFix = Api.as(port, "headteacher").post(path, service);
		assertThat(shorterFix.status()).isEqualTo(400);
		assertThat(shorterFix.json().path("detail").asText()).startsWith("fixTime:");
	}

	private static Map<String, Object> details(String name) {
		Map<String, Object> service = new HashMap<>();
		service.put("name", name);
		service.put("description", "A test service");
		service.put("endUserGroups", "Office staff");
		service.put("importance", "MEDIUM");
		service.put("supportedBy", "PERSON");
		service.put("supportedByUserId", "technician");
		return service;
	}
}

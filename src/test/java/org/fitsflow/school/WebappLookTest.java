package org.fitsflow.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.fitsflow.testsupport.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The webapps' look comes from Camunda's supported customisation files, ours served in place of the jar's, and the
 * name from the school's record. Checked over HTTP without a login, as the login page loads them (the browser suite
 * shows the result).
 */
@ServiceTest
class WebappLookTest {

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@org.springframework.beans.factory.annotation.Autowired
	SchoolDirectory directory;

	@Test
	void oneSchool_nameIsTheSchoolsWithFitsFlows() {
		assertThat(WebappBrand.brandFor(List.of(new School("riverside", "Riverside Primary School "))))
			.isEqualTo(new WebappBrand.Brand("Riverside Primary School ·", "FITS Flow"));
	}

	@Test
	void severalSchools_nameIsFitsFlowsAlone() {
		assertThat(WebappBrand.brandFor(List.of(new School("riverside", "Riverside Primary School"),
				new School("hillside", "Hillside Primary School"))))
			.isEqualTo(new WebappBrand.Brand("ICT support ·", "FITS Flow"));
	}

	@Test
	void brandModule_isJavaScriptForEveryone_withTheNameAsAStringLiteral() throws Exception {
		for (String app : List.of("tasklist", "welcome")) {
			HttpResponse<String> module = get("/camunda/app/" + app + "/scripts/fits-brand.js");
			assertThat(module.statusCode()).as(app).isEqualTo(200);
			assertThat(module.headers().firstValue("Content-Type").orElse("")).startsWith("text/javascript");
			assertThat(module.headers().firstValue("Cache-Control").orElse("")).contains("no-cache");
			// the shared test context holds the demo school and the schools other tests made (one each)
			WebappBrand.Brand brand = WebappBrand.brandFor(directory.schools());
			assertThat(module.body()).startsWith("export default {").endsWith("};\n");
			String object = module.body().substring("export default ".length(), module.body().length() - 2);
			assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(object))
				.isEqualTo(new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
					.put("vendor", brand.vendor()).put("name", "FITS Flow"));
		}
		assertThat(get("/camunda/app/cockpit/scripts/fits-brand.js").statusCode()).as("only where config.js imports it")
			.isEqualTo(404);
	}

	@Test
	void ourConfigAndStylesheet_areServedInPlaceOfCamundas() throws Exception {
		for (String app : List.of("tasklist", "welcome", "cockpit", "admin")) {
			HttpResponse<String> config = get("/camunda/app/" + app + "/scripts/config.js");
			assertThat(config.statusCode()).as(app).isEqualTo(200);
			assertThat(config.body()).as(app).contains("FITS Flow");
			HttpResponse<String> styles = get("/camunda/app/" + app + "/styles/user-styles.css");
			assertThat(styles.statusCode()).as(app).isEqualTo(200);
			assertThat(styles.body()).as(app).contains("FITS Flow");
		}
		assertThat(get("/camunda/app/tasklist/styles/user-styles.css").body()).contains(".ce-eol-banner");
		assertThat(get("/camunda/app/tasklist/scripts/config.js").body()).contains("import brand from './fits-brand.js'",
				"shortcuts");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}
}

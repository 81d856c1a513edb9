package org.fitsflow.school;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The name Tasklist and Camunda's welcome page show: the school's and FITS Flow's where the installation serves one
 * school, FITS Flow's where it serves several. Our {@code app/<app>/scripts/config.js} (Camunda's supported place for
 * a webapp's name) imports it as a small JavaScript module, so the name follows the school's record without a
 * rebuild. It is read before anyone logs in, since the login page shows it too.
 */
@RestController
class WebappBrand {

	static final String PRODUCT = "FITS Flow";
	static final String SEVERAL_SCHOOLS = "ICT support";

	private static final Logger log = LoggerFactory.getLogger(WebappBrand.class);

	private final SchoolDirectory directory;
	private final ObjectMapper json;

	WebappBrand(SchoolDirectory directory, ObjectMapper json) {
		this.directory = directory;
		this.json = json;
	}

	/**
	 * Camunda's {@code app} setting: the header and the browser tab show "vendor name", the login page the name alone.
	 * So the name is FITS Flow's, and the vendor the school's.
	 */
	record Brand(String vendor, String name) {
	}

	static Brand brandFor(List<School> schools) {
		String vendor = schools.size() == 1 ? schools.get(0).getName().trim() : SEVERAL_SCHOOLS;
		return new Brand(vendor + " ·", PRODUCT);
	}

	@GetMapping(path = "${camunda.bpm.webapp.application-path:/camunda}/app/{app:tasklist|welcome}/scripts/fits-brand.js",
			produces = "text/javascript;charset=UTF-8")
	ResponseEntity<String> brandModule() throws JsonProcessingException {
		Brand brand;
		try {
			brand = brandFor(directory.schools());
		}
		catch (RuntimeException e) {
			// The name must never keep Tasklist from loading (config.js imports this module).
			log.debug("School names not readable for the webapps' name; showing {}'s", PRODUCT, e);
			brand = brandFor(List.of());
		}
		// In this order every time (Map.of's order changes from one JVM to the next).
		Map<String, String> app = new LinkedHashMap<>();
		app.put("vendor", brand.vendor());
		app.put("name", brand.name());
		String module = "export default " + json.writeValueAsString(app) + ";\n";
		return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(module);
	}
}

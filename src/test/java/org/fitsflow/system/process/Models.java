package org.fitsflow.system.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The models of the repository (bpmn/, dmn/, forms/) and every contract class, for the tests that hold them together. */
final class Models {

	private static final ObjectMapper JSON = new ObjectMapper();

	private Models() {
	}

	/** Every model's contract class in org.fitsflow, found the way Spring finds it, by key. */
	static List<ModelContract> contracts() {
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(ModelContract.class));
		List<ModelContract> contracts = new ArrayList<>();
		for (BeanDefinition found : scanner.findCandidateComponents("org.fitsflow")) {
			try {
				Constructor<?> constructor = Class.forName(found.getBeanClassName()).getDeclaredConstructor();
				constructor.setAccessible(true);
				contracts.add((ModelContract) constructor.newInstance());
			}
			catch (ReflectiveOperationException e) {
				throw new IllegalStateException(e);
			}
		}
		contracts.sort(Comparator.comparing(ModelContract::processKey));
		return contracts;
	}

	static Path bpmnFile(String key) {
		return Path.of("bpmn", key + ".bpmn");
	}

	static BpmnModelInstance bpmn(String key) {
		try (InputStream in = Files.newInputStream(bpmnFile(key))) {
			return Bpmn.readModelFromStream(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Every form by its id. */
	static Map<String, JsonNode> forms() {
		Map<String, JsonNode> forms = new TreeMap<>();
		try (var files = Files.list(Path.of("forms"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
				JsonNode form = JSON.readTree(file.toFile());
				forms.put(form.path("id").asText(), form);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return forms;
	}

	/** The fields of a form, by key, groups included. */
	static Map<String, JsonNode> fields(JsonNode form) {
		Map<String, JsonNode> fields = new TreeMap<>();
		collect(form.path("components"), fields);
		return fields;
	}

	private static void collect(JsonNode components, Map<String, JsonNode> fields) {
		for (JsonNode c : components) {
			if (c.hasNonNull("key")) {
				fields.put(c.path("key").asText(), c);
			}
			else if ("dynamiclist".equals(c.path("type").asText()) && c.hasNonNull("path")) {
				// a dynamic list binds its variable (a list of entries) by path
				fields.put(c.path("path").asText(), c);
			}
			collect(c.path("components"), fields);
		}
	}

	/** The options a select or radio field offers (its values), or null if it offers none of its own. */
	static List<String> options(JsonNode field) {
		if (!field.has("values")) {
			return null;
		}
		List<String> options = new ArrayList<>();
		field.path("values").forEach(v -> options.add(v.path("value").asText()));
		return options;
	}
}

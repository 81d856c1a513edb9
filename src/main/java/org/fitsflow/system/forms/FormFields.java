package org.fitsflow.system.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.StartFormData;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentResourceCmd;
import org.camunda.bpm.engine.impl.cmd.GetStartFormCmd;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The fields of a Camunda Form and what the form asks of each (type, required, longest length, options, bounds,
 * read-only), read from the form's JSON. What the server checks and what a client may submit both come from here.
 */
public final class FormFields {

	/**
	 * One field with a key. {@code conditional}: shown or hidden by a condition on the other answers, which the browser
	 * decides, so it is never required on the server. {@code options}: the values a select or radio offers, when the
	 * form lists them; {@code optionsFrom}: the variable that holds them otherwise.
	 */
	public record Field(String key, String label, String type, boolean required, Integer maxLength, boolean readonly,
			boolean conditional, List<String> options, String optionsFrom, Double min, Double max) {
	}

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final Map<String, List<Field>> CACHE = new ConcurrentHashMap<>();
	/** By the id of a deployed Camunda Form version, whose content never changes. */
	private static final Map<String, List<Field>> BY_DEPLOYED_FORM = new ConcurrentHashMap<>();

	private FormFields() {
	}

	/**
	 * The keyed fields of a form, read afresh each time (a form bound with "latest" changes when a process owner
	 * deploys a new version) and parsed once per distinct content.
	 */
	public static List<Field> of(Supplier<InputStream> form) {
		byte[] json;
		try (InputStream in = form.get()) {
			if (in == null) {
				return List.of();
			}
			json = in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return CACHE.computeIfAbsent(digest(json), k -> {
			try {
				List<Field> fields = new ArrayList<>();
				collect(JSON.readTree(json).path("components"), false, fields);
				return List.copyOf(fields);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

	/**
	 * The keyed fields of a process definition's start form, none if it has none. A Camunda Form is found as the
	 * engine finds it (its binding: "latest" asks the database for the newest version) and parsed once per deployed
	 * version, so a start no longer reads the form's file from the database; any other start form is read as
	 * {@link #of} does. Without authorization checks: for callers that decided already who may start the model.
	 */
	public static List<Field> ofStartForm(ProcessEngineConfigurationImpl engine, String processDefinitionId) {
		return engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() -> {
			StartFormData start = new GetStartFormCmd(processDefinitionId).execute(context);
			CamundaFormRef ref = start.getCamundaFormRef();
			if (ref == null || ref.getKey() == null) {
				return start.getFormKey() == null ? List.<Field>of()
						: of(() -> new GetDeployedStartFormCmd(processDefinitionId).execute(context));
			}
			CamundaFormDefinition form = new GetCamundaFormDefinitionCmd(ref, start.getDeploymentId()).execute(context);
			if (form == null) {
				throw new NotFoundException("No Camunda Form Definition was found for Camunda Form Ref: " + ref);
			}
			return BY_DEPLOYED_FORM.computeIfAbsent(form.getId(), id -> of(
					() -> new GetDeploymentResourceCmd(form.getDeploymentId(), form.getResourceName()).execute(context)));
		}));
	}

	private static String digest(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void collect(JsonNode components, boolean underCondition, List<Field> fields) {
		for (JsonNode c : components) {
			String type = c.path("type").asText();
			boolean conditional = underCondition || c.has("conditional");
			if ("dynamiclist".equals(type)) {
				// A list of entries: submitted as a whole under its own key, checked by the browser.
				if (c.hasNonNull("path")) {
					fields.add(new Field(c.path("path").asText(), c.path("label").asText(), type, false, null, false, true,
							List.of(), null, null, null));
				}
				continue;
			}
			if (c.has("components")) {
				collect(c.path("components"), conditional, fields);
			}
			if (!c.hasNonNull("key")) {
				continue;
			}
			String key = c.path("key").asText();
			JsonNode validate = c.path("validate");
			List<String> options = new ArrayList<>();
			c.path("values").forEach(v -> options.add(v.path("value").asText()));
			fields.add(new Field(key, c.path("label").asText(key), type, validate.path("required").asBoolean(false),
					validate.has("maxLength") ? validate.path("maxLength").asInt() : null,
					c.path("readonly").asBoolean(false) || c.path("disabled").asBoolean(false), conditional,
					List.copyOf(options), c.hasNonNull("valuesKey") ? c.path("valuesKey").asText() : null,
					validate.has("min") ? validate.path("min").asDouble() : null,
					validate.has("max") ? validate.path("max").asDouble() : null));
		}
	}
}

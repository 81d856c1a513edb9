package org.fitsflow.system.web;

import java.io.IOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.fitsflow.system.AsSystem;
import org.fitsflow.system.forms.FormFields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a person (anyone but an administrator) may ask of Camunda's engine API, through {@code /engine-rest} or the
 * webapps' {@code /camunda/api/engine}, beyond the engine's own permission checks:
 * <ul>
 * <li>Engine administration is for administrators: jobs, job definitions, deployments, batches, metrics, incidents,
 * external tasks, migrations and modifications, messages and signals, history clean-up and job logs.</li>
 * <li>Data comes in through forms only. Completing a task carries only the fields of that task's form, and a field the
 * form only shows (read-only) keeps the value it had; a start carries only its start form's fields and the school;
 * no variable is set or removed on its own, and no start skips steps or listeners.</li>
 * <li>Who does something is who is logged in: a task is claimed by the caller, for the caller, and handed back only
 * by them.</li>
 * <li>The school's records are the source of a person's name and e-mail: profiles are not edited here.</li>
 * </ul>
 * Refusals answer as the engine API does: 403 or 400 with {@code {"type", "message"}}; nothing reaches the engine.
 */
class EngineApiGuard extends OncePerRequestFilter {

	/** First path segments that administer the engine rather than do FITS work. */
	static final Set<String> ADMINISTRATION = Set.of("job", "job-definition", "deployment", "batch", "metrics",
			"incident", "external-task", "migration", "modification", "message", "signal", "condition", "telemetry",
			"schema", "event-subscription");
	/** The same under history/. */
	static final Set<String> HISTORY_ADMINISTRATION = Set.of("cleanup", "job-log", "batch", "external-task-log",
			"incident", "cleanup-configuration");
	static final String SCHOOL_VARIABLE = "schoolId";

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final Logger log = LoggerFactory.getLogger(EngineApiGuard.class);

	private final ProcessEngine engine;
	private final AsSystem asSystem;
	private final String webappPath;

	EngineApiGuard(ProcessEngine engine, AsSystem asSystem, String webappPath) {
		this.engine = engine;
		this.asSystem = asSystem;
		this.webappPath = webappPath;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest servletRequest, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		EngineRequest request = EngineRequest.of(servletRequest, webappPath);
		Caller caller = request == null ? null : Caller.of(servletRequest, engine);
		if (caller == null || caller.administrator()) {
			chain.doFilter(request == null ? servletRequest : request, response);
			return;
		}
		if (unclaim(request, caller, response)) {
			return;
		}
		String refusal;
		try {
			refusal = refusal(request, caller);
		}
		catch (Refused refused) {
			log.info("Refused {} {} for {}: {}", request.getMethod(), request.getRequestURI(), caller.userId(),
					refused.getMessage());
			answer(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException", refused.getMessage());
			return;
		}
		if (refusal != null) {
			log.info("Refused {} {} for {}: {}", request.getMethod(), request.getRequestURI(), caller.userId(), refusal);
			answer(response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException", refusal);
			return;
		}
		chain.doFilter(request, response);
	}

	/** Why the call is forbidden (403), or null; a {@link Refused} for a body that may not be sent (400). */
	String refusal(EngineRequest request, Caller caller) throws IOException {
		List<String> path = request.segments();
		String first = request.segment(0);
		if (ADMINISTRATION.contains(first)
				|| (first.equals("history") && (HISTORY_ADMINISTRATION.contains(request.segment(1)) || !isQuery(request)))) {
			return "Only an administrator may use /" + first + (first.equals("history") ? "/" + request.segment(1) : "")
					+ ": it administers the engine.";
		}
		if (!request.isGet() && path.stream().anyMatch(s -> s.equals("variables") || s.equals("localvariables")
				|| s.equals("variables-async"))) {
			return "Variables change only through the form of the task you complete (or the start form).";
		}
		switch (first) {
			case "task" -> {
				return taskCall(request, caller);
			}
			case "process-definition" -> {
				return startCall(request);
			}
			case "process-instance" -> {
				Set<String> actions = Set.of("modification", "suspended", "delete", "job-retries", "set-removal-time");
				return path.stream().skip(1).anyMatch(actions::contains)
						? "Only an administrator may modify, suspend or delete process instances." : null;
			}
			case "execution" -> {
				return !isQuery(request) ? "Only an administrator may move executions on." : null;
			}
			case "user" -> {
				return path.size() >= 3 && request.segment(2).equals("profile") && !request.isGet()
						? "Your name and e-mail come from your school's records: ask your ICT owner to change them."
						: null;
			}
			default -> {
				return null;
			}
		}
	}

	private String taskCall(EngineRequest request, Caller caller) throws IOException {
		String action = request.segment(2);
		if (request.segments().size() != 3 || request.isGet()) {
			return null;
		}
		String taskId = request.id(1);
		switch (action) {
			case "complete", "submit-form", "resolve" -> {
				checkTaskVariables(taskId, body(request));
				return null;
			}
			case "bpmnerror", "bpmnescalation" -> {
				return "A task's work is done through its form; only an administrator may raise errors or escalations.";
			}
			case "claim" -> {
				String userId = body(request).path("userId").asText(null);
				return Objects.equals(userId, caller.userId()) ? null
						: "You may claim a task only for yourself; only an administrator hands work to someone else.";
			}
			default -> {
				return null;
			}
		}
	}

	/**
	 * Handing back a task one has claimed ("unclaim" in Tasklist). The engine treats it as choosing an assignee, which
	 * candidates may not do (TASK_WORK, not TASK_ASSIGN); for the assignee themselves it is only undoing their claim.
	 */
	private boolean unclaim(EngineRequest request, Caller caller, HttpServletResponse response) throws IOException {
		if (!"POST".equalsIgnoreCase(request.getMethod()) || request.segments().size() != 3
				|| !request.segment(0).equals("task") || !request.segment(2).equals("unclaim")) {
			return false;
		}
		String taskId = request.id(1);
		boolean theirs = asSystem.call(() -> {
			var task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
			if (task == null || !caller.userId().equals(task.getAssignee())) {
				return false;
			}
			engine.getTaskService().claim(taskId, null);
			return true;
		});
		if (!theirs) {
			answer(response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException",
					"Only the person who claimed a task (or an administrator) may hand it back.");
			return true;
		}
		response.setStatus(HttpServletResponse.SC_NO_CONTENT);
		return true;
	}

	/** The variables of a completion: only the task form's fields, and read-only ones unchanged. */
	private void checkTaskVariables(String taskId, JsonNode body) {
		JsonNode variables = body.path("variables");
		if (!variables.isObject() || variables.isEmpty()) {
			return;
		}
		List<FormFields.Field> fields = asSystem.call(() -> {
			var task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
			if (task == null) {
				return null;
			}
			FormService forms = engine.getFormService();
			return FormFields.of(() -> forms.getDeployedTaskForm(taskId));
		});
		if (fields == null) {
			return; // no such task (or not yet): the engine answers that
		}
		Map<String, FormFields.Field> byKey = new java.util.HashMap<>();
		fields.forEach(f -> byKey.put(f.key(), f));
		for (Iterator<String> names = variables.fieldNames(); names.hasNext();) {
			String name = names.next();
			FormFields.Field field = byKey.get(name);
			if (field == null) {
				throw new Refused("'" + name + "' is not a field of this task's form; send only the form's fields.");
			}
			if (field.readonly()) {
				Object current = asSystem.call(() -> engine.getTaskService().getVariable(taskId, name));
				if (!sameText(current, variables.path(name).path("value"))) {
					throw new Refused("'" + field.label() + "' (" + name + ") is shown by the form, not answered in it; "
							+ "it cannot be changed.");
				}
			}
		}
	}

	/** A start: its start form's fields and the school, nothing that skips or redirects the model. */
	private String startCall(EngineRequest request) throws IOException {
		List<String> path = request.segments();
		String action = path.isEmpty() ? "" : path.get(path.size() - 1);
		if (Set.of("suspended", "restart", "restart-async", "history-time-to-live").contains(action)) {
			return "Only an administrator may suspend, restart or change process definitions.";
		}
		if (!action.equals("start") && !action.equals("submit-form")) {
			return null;
		}
		JsonNode body = body(request);
		for (Iterator<String> keys = body.fieldNames(); keys.hasNext();) {
			String key = keys.next();
			if (!Set.of("variables", "businessKey", "withVariablesInReturn").contains(key)) {
				throw new Refused("'" + key + "': a start goes through the model from its start event, with its variables.");
			}
		}
		JsonNode variables = body.path("variables");
		if (!variables.isObject() || variables.isEmpty()) {
			return null;
		}
		Set<String> allowed = startFormFields(request);
		if (allowed == null) {
			return null; // no such model: the engine answers that
		}
		for (Iterator<String> names = variables.fieldNames(); names.hasNext();) {
			String name = names.next();
			if (!allowed.contains(name)) {
				throw new Refused("'" + name + "' is not a field of this process's start form; send only the form's fields"
						+ " (and '" + SCHOOL_VARIABLE + "').");
			}
		}
		return null;
	}

	private Set<String> startFormFields(EngineRequest request) {
		return asSystem.call(() -> {
			var query = engine.getRepositoryService().createProcessDefinitionQuery();
			ProcessDefinition definition;
			if (request.segment(1).equals("key")) {
				query.processDefinitionKey(request.id(2)).latestVersion();
				definition = request.segment(3).equals("tenant-id") ? query.tenantIdIn(request.id(4)).singleResult()
						: query.withoutTenantId().singleResult();
			}
			else {
				definition = query.processDefinitionId(request.id(1)).singleResult();
			}
			if (definition == null) {
				return null;
			}
			Set<String> fields = new HashSet<>(Set.of(SCHOOL_VARIABLE));
			List<FormFields.Field> form;
			try {
				form = FormFields.ofStartForm((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration(),
						definition.getId());
			}
			catch (ProcessEngineException noStartForm) {
				form = List.of();
			}
			form.stream().filter(f -> !f.readonly()).forEach(f -> fields.add(f.key()));
			return fields;
		});
	}

	/** POST is also how the engine API queries (process instances, executions, history): those only read. */
	private static boolean isQuery(EngineRequest request) {
		if (request.isGet()) {
			return true;
		}
		List<String> path = request.segments();
		String last = path.get(path.size() - 1);
		return "POST".equalsIgnoreCase(request.getMethod())
				&& (path.size() == 1 || last.equals("count") || (path.size() == 2 && path.get(0).equals("history")));
	}

	private static boolean sameText(Object current, JsonNode sent) {
		String was = current == null ? "" : normal(String.valueOf(current));
		String now = sent == null || sent.isNull() || sent.isMissingNode() ? "" : normal(sent.isTextual() ? sent.asText()
				: sent.toString());
		return was.equals(now);
	}

	private static String normal(String text) {
		return text.replace("\r\n", "\n").trim();
	}

	private static JsonNode body(EngineRequest request) throws IOException {
		byte[] bytes = request.body();
		if (bytes.length == 0) {
			return JSON.createObjectNode();
		}
		try {
			JsonNode body = JSON.readTree(bytes);
			return body == null ? JSON.createObjectNode() : body;
		}
		catch (IOException notJson) {
			throw new Refused("The body is not JSON.");
		}
	}

	private static void answer(HttpServletResponse response, int status, String type, String message) throws IOException {
		response.setStatus(status);
		response.setContentType("application/json");
		response.setCharacterEncoding("UTF-8");
		JSON.writeValue(response.getWriter(), Map.of("type", type, "message", message));
	}

	/** A body this guard will not pass on; answered with 400 and the message. */
	static final class Refused extends RuntimeException {
		Refused(String message) {
			super(message);
		}
	}
}

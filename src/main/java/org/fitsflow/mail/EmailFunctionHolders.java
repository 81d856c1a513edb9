package org.fitsflow.mail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.fitsflow.school.FitsFunction;
import org.fitsflow.system.AsSystem;
import org.fitsflow.system.FitsProperties;
import org.springframework.stereotype.Component;

/**
 * The element template "E-mail a FITS function": e-mails everyone who holds a function in the instance's school,
 * with one of the templates written for this step. A process owner adds it in Camunda Modeler without Java; the
 * message text is the step's documentation, and the e-mail lists the instance's open tasks for that function.
 * Input parameters: {@value #FUNCTION} (a function's group id) and {@value #TEMPLATE}.
 */
@Component("emailFunctionHolders")
public class EmailFunctionHolders implements JavaDelegate {

	public static final String FUNCTION = "function";
	public static final String TEMPLATE = "mailTemplate";
	/** The mail templates that need nothing but what this step gives them (templates/mail/&lt;name&gt;.html). */
	public static final List<String> TEMPLATES = List.of("waiting-for-you", "for-information");

	private final Mail mail;
	private final AsSystem asSystem;
	private final FitsProperties properties;

	EmailFunctionHolders(Mail mail, AsSystem asSystem, FitsProperties properties) {
		this.mail = mail;
		this.asSystem = asSystem;
		this.properties = properties;
	}

	@Override
	public void execute(DelegateExecution execution) {
		FitsFunction function = FitsFunction.ofGroupId(parameter(execution, FUNCTION));
		String template = parameter(execution, TEMPLATE);
		if (!TEMPLATES.contains(template)) {
			throw new IllegalArgumentException(execution.getCurrentActivityId() + ": the e-mail '" + template
					+ "' is not one for this step; use one of " + TEMPLATES + ".");
		}
		mail.sendToFunction(execution.getTenantId(), function, template, model(execution, function));
	}

	private Map<String, Object> model(DelegateExecution execution, FitsFunction function) {
		FlowElement step = execution.getBpmnModelElementInstance();
		Map<String, Object> model = new HashMap<>();
		model.put("function", function.title());
		model.put("reference", execution.getProcessBusinessKey());
		model.put("processName", asSystem.call(() -> execution.getProcessEngineServices().getRepositoryService()
			.getProcessDefinition(execution.getProcessDefinitionId()).getName()));
		model.put("step", step == null ? null : step.getName());
		model.put("note", step == null ? null : step.getDocumentations().stream().map(Documentation::getTextContent)
			.reduce((a, b) -> a + "\n" + b).orElse(null));
		List<Map<String, Object>> tasks = new ArrayList<>();
		for (Task task : asSystem.call(() -> execution.getProcessEngineServices().getTaskService().createTaskQuery()
			.processInstanceId(execution.getProcessInstanceId()).taskCandidateGroup(function.groupId()).includeAssignedTasks()
			.orderByTaskCreateTime().asc().list())) {
			tasks.add(Map.of("name", task.getName() == null ? task.getTaskDefinitionKey() : task.getName(),
					"since", task.getCreateTime(),
					"link", properties.baseUrl() + "/camunda/app/tasklist/default/#/?task=" + task.getId()));
		}
		model.put("openTasks", tasks);
		return model;
	}

	private static String parameter(DelegateExecution execution, String name) {
		Object value = execution.getVariableLocal(name);
		if (value == null || value.toString().isBlank()) {
			throw new IllegalArgumentException(execution.getCurrentActivityId() + ": set the input parameter '" + name
					+ "' (the element template 'E-mail a FITS function' does).");
		}
		return value.toString().trim();
	}
}

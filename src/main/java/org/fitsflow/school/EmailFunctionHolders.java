package org.fitsflow.school;

import static org.fitsflow.system.process.ProcessVariable.enumVariable;
import static org.fitsflow.system.process.ProcessVariable.stringVariable;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.fitsflow.system.AsSystem;
import org.fitsflow.system.FitsProperties;
import org.fitsflow.system.process.ProcessVariable;
import org.springframework.stereotype.Component;

/**
 * The element template "E-mail a FITS function" ({@code org.fitsflow.EmailFunctionHolders}): e-mails everyone who
 * holds a function in the instance's school ({@link FunctionMail}, through the outbox), with one of the
 * {@link FunctionMailTemplate}s. A process owner adds the step in Camunda Modeler without Java: the message text is
 * the step's documentation, and the e-mail lists the instance's open tasks for that function.
 *
 * <p>A building block any model may use, so its bean is named after its element template, not after a model and an
 * element. The template sets its two input parameters, {@link #FUNCTION} and {@link #MAIL_TEMPLATE}, and a save
 * point before it ({@code asyncBefore}), so a mail outage is retried, never lost.
 */
@Component("emailFunctionHolders")
public class EmailFunctionHolders implements JavaDelegate {

	/**
	 * Input parameter: the function as models name it ({@code ict-owner}); its holders in the instance's school get the
	 * e-mail, and its open tasks there are those of the school's group ({@code riverside.ict-owner}).
	 */
	public static final ProcessVariable<String> FUNCTION = stringVariable("function");
	/** Input parameter: which e-mail ({@code waiting-for-you}). */
	public static final ProcessVariable<FunctionMailTemplate> MAIL_TEMPLATE = enumVariable("mailTemplate",
			FunctionMailTemplate.class);

	private final FunctionMail mail;
	private final AsSystem asSystem;
	private final FitsProperties properties;

	EmailFunctionHolders(FunctionMail mail, AsSystem asSystem, FitsProperties properties) {
		this.mail = mail;
		this.asSystem = asSystem;
		this.properties = properties;
	}

	@Override
	public void execute(DelegateExecution execution) {
		FitsFunction function = FitsFunction.ofGroupId(parameter(execution, FUNCTION).trim());
		FunctionMailTemplate template = parameter(execution, MAIL_TEMPLATE);
		mail.send(execution.getTenantId(), function, template.formValue(), model(execution, function));
	}

	/** What the e-mail shows: the process, its reference, this step's name and documentation, and the open tasks. */
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
		List<Map<String, Object>> tasks = asSystem.call(() -> execution.getProcessEngineServices().getTaskService()
			.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
			.taskCandidateGroup(function.groupIn(execution.getTenantId()))
			.includeAssignedTasks().orderByTaskCreateTime().asc().list())
			.stream()
			.map(task -> Map.<String, Object>of("name", task.getName() == null ? task.getTaskDefinitionKey() : task.getName(),
					"since", task.getCreateTime(),
					"link", properties.baseUrl() + "/camunda/app/tasklist/default/#/?task=" + task.getId()))
			.toList();
		model.put("openTasks", tasks);
		return model;
	}

	private static <T> T parameter(DelegateExecution execution, ProcessVariable<T> parameter) {
		T value = parameter.get(execution);
		if (value == null || value.toString().isBlank()) {
			throw new IllegalArgumentException(execution.getCurrentActivityId() + ": set the input parameter '"
					+ parameter.name() + "' (the element template 'E-mail a FITS function' does).");
		}
		return value;
	}
}

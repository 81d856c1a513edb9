package org.fitsflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimeDate;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.fitsflow.system.process.ProcessContract;
import org.fitsflow.testsupport.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The running service has a contract bean for every deployed model (what a deployment check reads), and every bean a
 * deployed model calls: its delegates, listeners and timer beans.
 */
@ServiceTest
class ProcessContractBeansTest {

	private static final Pattern BEAN = Pattern.compile("\\$\\{([a-zA-Z0-9]+)[.}]");

	@Autowired
	List<ProcessContract> contracts;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	ApplicationContext context;

	@Test
	void everyDeployedModel_hasItsContract_andEveryBeanItCalls() {
		List<ProcessDefinition> deployed = repositoryService.createProcessDefinitionQuery().latestVersion().list();
		assertThat(contracts).extracting(ProcessContract::processKey)
			.containsExactlyInAnyOrderElementsOf(deployed.stream().map(ProcessDefinition::getKey).toList());
		for (ProcessDefinition definition : deployed) {
			BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
			model.getModelElementsByType(ServiceTask.class)
				.forEach(task -> assertBean(definition, task.getCamundaDelegateExpression(), JavaDelegate.class));
			model.getModelElementsByType(CamundaTaskListener.class)
				.forEach(listener -> assertBean(definition, listener.getCamundaDelegateExpression(), TaskListener.class));
			model.getModelElementsByType(TimeDate.class)
				.forEach(timer -> assertBean(definition, timer.getTextContent(), Object.class));
		}
	}

	@Test
	void instancesStartedOnEarlierVersions_stillFindTheirBeans() {
		EarlierBeanNames.ALIASES.forEach((earlier, now) -> assertThat(context.getBean(earlier)).as(earlier)
			.isSameAs(context.getBean(now)));
	}

	private void assertBean(ProcessDefinition definition, String expression, Class<?> type) {
		Matcher m = BEAN.matcher(expression);
		assertThat(m.find()).as(definition.getKey() + ": " + expression + " names a bean").isTrue();
		assertThat(context.containsBean(m.group(1))).as(definition.getKey() + " calls " + m.group(1)).isTrue();
		assertThat(context.getBean(m.group(1))).as(m.group(1)).isInstanceOf(type);
	}
}

package org.fitsflow.continuity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.fitsflow.testsupport.Browser;
import org.fitsflow.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The ICT owner invokes the contingency plan from the real Tasklist's start form. */
@BrowserTest
class ContingencyInvocationBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtime;

	@Autowired
	Invocations invocations;

	@Test
	void ictOwnerInvokesThePlanFromTasklist_theRecoveryTeamIsToldNext() {
		String happened = "Power cut in the server room " + UUID.randomUUID().toString().substring(0, 6);
		try (Browser owner = Browser.open(port)) {
			owner.logInToTasklist("headteacher", "demo");
			owner.startProcess("Invoke the contingency plan");
			owner.type("Services lost", "Management information system");
			owner.type("What happened", happened);
			owner.screenshot("contingency-invocation-filled");
			owner.press("Start");
			owner.waitForText("started");
		}

		ProcessInstance started = runtime.createProcessInstanceQuery()
			.processDefinitionKey(ContingencyInvocationProcess.KEY)
			.variableValueEquals(ContingencyInvocationProcess.WHAT_HAPPENED.name(), happened).singleResult();
		assertThat(started).as("an invocation started from Tasklist").isNotNull();
		assertThat(started.getTenantId()).isEqualTo("riverside");
		Invocation invocation = invocations.invocation("riverside", started.getBusinessKey());
		assertThat(invocation.getInvokedBy()).isEqualTo("headteacher");
		assertThat(invocation.getStatus()).isEqualTo(Invocation.Status.INVOKED);
		assertThat(runtime.createProcessInstanceQuery().processInstanceId(started.getId())
			.activityIdIn(ContingencyInvocationProcess.TASK_TELL_RECOVERY_TEAM).count())
			.as("the recovery team is told next (a job, behind its save point)").isOne();
	}
}

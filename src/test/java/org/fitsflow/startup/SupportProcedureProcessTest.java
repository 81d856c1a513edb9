package org.fitsflow.startup;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.fitsflow.startup.SupportProcedureProcess.*;
import static org.fitsflow.system.process.ProcessVariables.with;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.ZoneId;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.fitsflow.testsupport.ModelDelegates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The user support procedure revised on its own (no dates from a plan), with its real listeners and delegate. */
@Deployment(resources = { "bpmn/support-procedure.bpmn", "forms/support-procedure-write.form",
		"forms/support-procedure-issue.form" })
class SupportProcedureProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
		.assertClassCoverageAtLeast(1.0)
		.build();

	private SupportProcedures procedures;

	@BeforeEach
	void delegates() {
		org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine.getProcessEngine());
		procedures = mock(SupportProcedures.class);
		ModelDelegates.register(new SupportProcedureDelegates.Written(procedures),
				new SupportProcedureDelegates.Issued(procedures), new SupportProcedureDelegates.SendToIctUsers(procedures),
				new SupportProcedureTimers(Clock.system(ZoneId.of("Europe/London"))));
	}

	@AfterEach
	void reset() {
		Mocks.reset();
		identityService().clearAuthentication();
	}

	@Test
	void revision_writtenByTheSinglePointOfContact_issuedByTheIctOwner_sentToEveryIctUser_authorsFromTheLogin() {
		ProcessInstance revision = runtimeService().startProcessInstanceByKey(KEY);
		assertThat(revision).isWaitingAt(TASK_WRITE);
		assertThat(task()).hasCandidateGroup("single-point-of-contact");
		org.assertj.core.api.Assertions.assertThat(task().getDueDate()).as("a revision has no agreed date").isNull();

		identityService().setAuthenticatedUserId("office");
		complete(task(), with(SUPPORT_PROCEDURE, "Report faults in Tasklist or to the office."));
		verify(procedures).write(any(), eq(revision.getId()), eq("Report faults in Tasklist or to the office."),
				eq("office"));

		assertThat(revision).isWaitingAt(TASK_ISSUE);
		assertThat(task()).hasCandidateGroup("ict-owner");
		org.assertj.core.api.Assertions.assertThat(task().getDueDate()).isNull();
		identityService().setAuthenticatedUserId("headteacher");
		complete(task(), with(COVERING_MEMO, "Everything goes through the office from Monday."));
		verify(procedures).issue(any(), eq(revision.getId()), eq("Everything goes through the office from Monday."),
				eq("headteacher"));
		// The e-mail waits behind a save point: a mail outage retries it, never loses it.
		verify(procedures, never()).sendToIctUsers(any(), any());
		assertThat(revision).isWaitingAt(TASK_SEND_TO_ICT_USERS);
		execute(job());
		verify(procedures).sendToIctUsers(any(), eq(revision.getId()));
		assertThat(revision).isEnded().hasPassedInOrder(START_SUPPORT_PROCEDURE, TASK_WRITE, TASK_ISSUE,
				TASK_SEND_TO_ICT_USERS, END_ISSUED);
	}

	@Test
	void write_refusedByTheRecord_staysOpen_sayingWhy() {
		when(procedures.write(any(), any(), any(), any()))
			.thenThrow(new IllegalArgumentException("'supportProcedure': write the support procedure."));
		ProcessInstance revision = runtimeService().startProcessInstanceByKey(KEY);
		String taskId = task(revision).getId();
		assertThatThrownBy(() -> taskService().complete(taskId, with(SUPPORT_PROCEDURE, " ")))
			.hasRootCauseInstanceOf(BadUserRequestException.class)
			.hasMessageContaining("write the support procedure");
		assertThat(revision).isWaitingAt(TASK_WRITE);
	}
}

package org.fitsflow.servicelevel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.fitsflow.servicelevel.ReviewActionProcess.*;
import static org.fitsflow.system.process.ProcessVariables.with;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.fitsflow.school.SchoolDates;
import org.fitsflow.system.EngineClock;
import org.fitsflow.system.process.ProcessVariables;
import org.fitsflow.testsupport.ModelDelegates;
import org.fitsflow.testsupport.ModelSteps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An action from a review, for a person or for a function, done in time or reminded when overdue. */
@Deployment(resources = { "bpmn/review-action.bpmn", "forms/review-action-carry-out.form" })
class ReviewActionProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
		.assertClassCoverageAtLeast(1.0)
		.build();

	private static final ZoneId LONDON = ZoneId.of("Europe/London");
	private static final Instant ISSUED = Instant.parse("2027-02-04T15:00:00Z");

	private ReviewActions actions;
	private ProcessInstance action;

	@BeforeEach
	void standInForTheActions() {
		// The Spring test contexts of the same run have engines too: say which one the assertions use.
		org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine.getProcessEngine());
		ClockUtil.setCurrentTime(Date.from(ISSUED));
		actions = mock(ReviewActions.class);
		ModelDelegates.register(new ReviewActionDelegates.RemindActionOverdue(actions),
				new ReviewActionDelegates.RecordActionDone(actions),
				new ReviewActionTimers(new SchoolDates(LONDON, new EngineClock(LONDON))));
	}

	@AfterEach
	void reset() {
		ClockUtil.reset();
		Mocks.reset();
		identityService().clearAuthentication();
	}

	private void issue(String function, String person) {
		ProcessVariables variables = with(ACTION_REFERENCE, "ACT-2027-0001")
			.and(ACTION_DESCRIPTION, "Replace the staff room printer").and(RAISED_IN, "SR-2027-02-04")
			.and(ACTION_FUNCTION, function).and(ACTION_PERSON, person).and(ACTION_FOR_PERSON, person != null)
			.and(ACTION_DUE, "2027-02-28");
		action = runtimeService().startProcessInstanceByKey(KEY, "ACT-2027-0001", variables);
	}

	private Task task() {
		return taskService().createTaskQuery().processInstanceId(action.getId()).singleResult();
	}

	private void completeAs(String userId, Task task) {
		ModelSteps.completeAs(userId, task.getId(), with(ACTION_OUTCOME, "New printer installed"));
	}

	private void runJobs() {
		ModelSteps.runDueJobs(action.getId());
	}

	@Test
	void actionForAFunction_isItsHoldersTask_dueOnTheDateAgreed_andRecordedWhenDone() {
		issue("maintenance", null);
		assertThat(action).isWaitingAt(TASK_CARRY_OUT_FUNCTION_ACTION);
		Task task = task();
		assertThat(task.getAssignee()).isNull();
		assertThat(taskService().getIdentityLinksForTask(task.getId())).anyMatch(l -> "maintenance".equals(l.getGroupId()));
		assertThat(task.getDueDate()).isEqualTo(Date.from(Instant.parse("2027-02-28T00:00:00Z")));
		completeAs("technician", task);
		verify(actions).done(any(), eq("ACT-2027-0001"), eq("New printer installed"), eq("technician"));
		assertThat(action).isEnded().hasPassed(TASK_RECORD_ACTION_DONE, END_ACTION_DONE).hasNotPassed(TASK_REMIND_ACTION_OVERDUE);
	}

	@Test
	void actionForAPerson_isTheirs_andTheyAreRemindedWhenItIsOverdue() {
		issue(null, "teacher");
		assertThat(action).isWaitingAt(TASK_CARRY_OUT_PERSONAL_ACTION);
		assertThat(task().getAssignee()).isEqualTo("teacher");

		ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-02-28T23:59:00Z")));
		runJobs();
		verify(actions, never()).remindOverdue(any(), any());
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-03-01T00:00:01Z")));
		runJobs();
		verify(actions).remindOverdue(any(), eq("ACT-2027-0001"));
		assertThat(action).hasPassed(END_REMINDED).isWaitingAt(TASK_CARRY_OUT_PERSONAL_ACTION);

		completeAs("teacher", task());
		assertThat(action).isEnded();
	}
}

package org.fitsflow.configuration;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.fitsflow.configuration.ExpiryReminderProcess.*;
import static org.fitsflow.system.process.ProcessVariables.with;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.fitsflow.school.SchoolDates;
import org.fitsflow.system.EngineClock;
import org.fitsflow.testsupport.ModelDelegates;
import org.fitsflow.testsupport.ModelSteps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A warranty's end, reminded the notice ahead at the start of the school's day, once. */
@Deployment(resources = "bpmn/expiry-reminder.bpmn")
class ExpiryReminderProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
		.assertClassCoverageAtLeast(1.0)
		.build();

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private ExpiryReminders reminders;

	@BeforeEach
	void standInForTheReminders() {
		org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine.getProcessEngine());
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-01-04T10:00:00Z")));
		reminders = mock(ExpiryReminders.class);
		ModelDelegates.register(new ExpiryReminderDelegates.RemindOfExpiry(reminders),
				new ExpiryReminderTimers(new SchoolDates(LONDON, new EngineClock(LONDON)),
						new RegisterProperties(Period.ofDays(60))));
	}

	@AfterEach
	void reset() {
		ClockUtil.reset();
		Mocks.reset();
		identityService().clearAuthentication();
	}

	@Test
	void aWarrantyEndingInJune_isRemindedSixtyDaysAhead_atTheStartOfThatSchoolDay() {
		ProcessInstance reminder = runtimeService().startProcessInstanceByKey(KEY, "riverside/7/warranty/2027-06-30",
				with(ASSET_REFERENCE, "SRV-01").and(ITEM_NAME, "Curriculum server").and(EXPIRY, ExpiryKind.WARRANTY)
					.and(EXPIRES_ON, "2027-06-30"));
		assertThat(reminder).isWaitingAt(TIMER_REMINDER_DUE);
		// 60 days before 30 June is 1 May; midnight in London (summer time) is 23:00 UTC the day before.
		org.assertj.core.api.Assertions.assertThat(managementService().createJobQuery()
			.processInstanceId(reminder.getId()).singleResult().getDuedate())
			.isEqualTo(Date.from(Instant.parse("2027-04-30T23:00:00Z")));

		ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-04-30T22:59:00Z")));
		ModelSteps.runDueJobs(reminder.getId());
		verify(reminders, never()).remind(any(), any(), any(), any(), any());
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-04-30T23:00:01Z")));
		ModelSteps.runDueJobs(reminder.getId());
		verify(reminders).remind(any(), eq("SRV-01"), eq("Curriculum server"), eq(ExpiryKind.WARRANTY),
				eq(LocalDate.of(2027, 6, 30)));
		assertThat(reminder).isEnded().hasPassed(START_EXPIRY_RECORDED, TIMER_REMINDER_DUE, TASK_REMIND_OF_EXPIRY,
				END_REMINDED);
	}
}

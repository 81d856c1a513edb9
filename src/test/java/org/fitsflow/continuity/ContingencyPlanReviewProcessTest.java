package org.fitsflow.continuity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.fitsflow.continuity.ContingencyPlanReviewProcess.*;
import static org.fitsflow.system.process.ProcessVariables.with;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.fitsflow.school.FitsFunction;
import org.fitsflow.school.ReviewNotices;
import org.fitsflow.school.SchoolDates;
import org.fitsflow.testsupport.ModelDelegates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The yearly contingency plan review walked on the plain engine: every path, with the real delegates and timers in
 * front of a stand-in for the domain service; reminders, overdue notice and the off-site copy's reminders by the clock.
 */
@Deployment(resources = { "bpmn/contingency-plan-review.bpmn", "forms/contingency-plan-review-update.form",
		"forms/contingency-plan-review-recovery-plan.form", "forms/contingency-plan-review-offsite-copy.form",
		"forms/contingency-plan-review-file-original.form" })
class ContingencyPlanReviewProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
		.assertClassCoverageAtLeast(1.0)
		.build();

	private static final LocalDate DUE = LocalDate.parse("2027-03-01");
	private static final Instant STARTED = Instant.parse("2027-02-01T07:00:00Z");

	private ContingencyPlans plans;
	private ReviewNotices notices;
	private ProcessInstance review;

	@BeforeEach
	void standInForTheDomainService() {
		org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine.getProcessEngine());
		ClockUtil.setCurrentTime(Date.from(STARTED));
		plans = mock(ContingencyPlans.class);
		notices = mock(ReviewNotices.class);
		ContingencyPlan draft = new ContingencyPlan("riverside", 2, null, Duration.ofHours(2), "system", STARTED);
		when(plans.draft(any(), any(), any())).thenReturn(draft);
		when(plans.formLists(any())).thenReturn(Map.of(CONTACTS.name(), "[{\"name\":\"Helen Hart\"}]",
				MANUAL_SYSTEMS.name(), "[]", COMMUNICATIONS.name(), "[]"));
		ContinuityProperties properties = new ContinuityProperties(
				new ContinuityProperties.Review(Period.ofDays(28), Period.ofDays(7)),
				new ContinuityProperties.Review(Period.ofDays(28), Period.ofDays(7)), null, null, Duration.ofDays(7));
		ModelDelegates.register(new ContingencyPlanReviewDelegates.OpenDraft(plans),
				new ContingencyPlanReviewDelegates.RecordPlan(plans),
				new ContingencyPlanReviewDelegates.RecordRecoveryPlan(plans),
				new ContingencyPlanReviewDelegates.IssuePlan(plans),
				new ContingencyPlanReviewDelegates.RemindOffsiteCopy(plans),
				new ContingencyPlanReviewDelegates.RecordOffsiteCopy(plans),
				new ContingencyPlanReviewDelegates.RecordFiling(plans),
				new ContingencyPlanReviewDelegates.RemindHolders(notices),
				new ContingencyPlanReviewDelegates.ReportOverdue(notices),
				new ContingencyPlanReviewTimers(properties, new SchoolDates(ZoneId.of("Europe/London"), Clock.system(ZoneId.of("Europe/London")))));
	}

	@AfterEach
	void reset() {
		ClockUtil.reset();
		Mocks.reset();
		identityService().clearAuthentication();
	}

	@Test
	void ictOwnerAndMaintenanceReview_planIssued_offsiteCopyRemindedUntilConfirmed_originalFiled() {
		start();
		assertThat(taskQuery().taskDefinitionKey(TASK_UPDATE_PLAN).singleResult()).hasCandidateGroup("ict-owner");
		assertThat(CONTACTS.get(runtimeService().getVariables(review.getId())).toString()).contains("Helen Hart");

		identityService().setAuthenticatedUserId("technician");
		complete(taskQuery().taskDefinitionKey(TASK_REVIEW_RECOVERY_PLAN).singleResult(),
				with(RECOVERY_PLAN_REFERENCE, "DRP-2027-01").and(RECOVERY_PLAN_LOCATION, "Server room binder"));
		verify(plans).recoveryPlanReviewed(any(), eq("DRP-2027-01"), eq("Server room binder"), eq("technician"));
		assertThat(review).isWaitingAt(TASK_UPDATE_PLAN);

		identityService().setAuthenticatedUserId("headteacher");
		complete(taskQuery().taskDefinitionKey(TASK_UPDATE_PLAN).singleResult(), with(PROGRESS_CONTACT, "Office 0161 000")
			.and(UPDATE_INTERVAL, "PT1H"));
		verify(plans).keep(any(), any(), eq("headteacher"));
		execute(TASK_ISSUE_PLAN);
		verify(plans).issue(any(), eq("headteacher"));

		// Not confirmed after a week, nor after two: reminded each time.
		assertThat(review).isWaitingAt(TASK_CONFIRM_OFFSITE_COPY);
		for (int week = 1; week <= 2; week++) {
			ClockUtil.setCurrentTime(job(TIMER_OFFSITE_COPY_NOT_CONFIRMED).getDuedate());
			execute(TIMER_OFFSITE_COPY_NOT_CONFIRMED);
			execute(TASK_REMIND_OFFSITE_COPY);
		}
		verify(plans, times(2)).remindOffsiteCopy(any(), eq(2));
		complete(task(), with(OFFSITE_COPY_WHERE, "Chair of governors' home safe"));
		verify(plans).offsiteCopyReplaced(any(), eq(2), eq("Chair of governors' home safe"), eq("headteacher"));
		assertThat(job(TIMER_OFFSITE_COPY_NOT_CONFIRMED)).as("no more reminders").isNull();

		identityService().setAuthenticatedUserId("administrator");
		assertThat(task()).hasCandidateGroup("single-point-of-contact");
		complete(task(), with(FILED_WHERE, "ICT file"));
		verify(plans).filed(any(), eq(2), eq("ICT file"), eq("administrator"));
		assertThat(review).isEnded().hasPassed(END_OFFSITE_COPY_REMINDED, END_PLAN_FILED);
	}

	@Test
	void notReviewedByTheSchoolsDate_holdersReminded_thenIctOwnerTold() {
		start();
		ClockUtil.setCurrentTime(job(TIMER_REMINDER_DUE).getDuedate());
		assertThat(ClockUtil.getCurrentTime()).isEqualTo(Date.from(Instant.parse("2027-02-22T00:00:00Z")));
		execute(TIMER_REMINDER_DUE);
		execute(TASK_REMIND_HOLDERS);
		verify(notices).remind(any(), eq("yearly contingency plan review"), eq(DUE), eq(Set.of(FitsFunction.ICT_OWNER, FitsFunction.MAINTENANCE)));
		ClockUtil.setCurrentTime(job(TIMER_REVIEW_OVERDUE).getDuedate());
		execute(TIMER_REVIEW_OVERDUE);
		execute(TASK_REPORT_OVERDUE);
		verify(notices).overdue(any(), eq("yearly contingency plan review"), eq(DUE), eq(Set.of(FitsFunction.ICT_OWNER, FitsFunction.MAINTENANCE)));
		assertThat(review).hasPassed(END_HOLDERS_REMINDED, END_OVERDUE_REPORTED);
		assertThat(taskQuery().list()).hasSize(2);
	}

	@Test
	void aPlanWithAContactWithoutTelephone_isRefusedNamingIt_andTheTaskStaysOpen() {
		when(plans.keep(any(), any(), any()))
			.thenThrow(new IllegalArgumentException("contacts 1 (Helen Hart): a telephone number is required."));
		start();
		String taskId = taskQuery().taskDefinitionKey(TASK_UPDATE_PLAN).singleResult().getId();
		assertThatThrownBy(() -> taskService().complete(taskId, with(PROGRESS_CONTACT, "Office")))
			.isInstanceOf(BadUserRequestException.class).hasMessageContaining("telephone number is required");
		assertThat(taskQuery().taskDefinitionKey(TASK_UPDATE_PLAN).list()).hasSize(1);
	}

	private void start() {
		review = runtimeService().startProcessInstanceByKey(KEY, with(REVIEW_DUE, DUE.toString()));
		assertThat(review).isWaitingAt(TASK_UPDATE_PLAN, TASK_REVIEW_RECOVERY_PLAN);
		assertThat(PLAN_VERSION.get(runtimeService().getVariables(review.getId()))).isEqualTo(2);
		assertThat(taskQuery().list()).extracting(t -> t.getDueDate())
			.containsOnly(Date.from(Instant.parse("2027-03-01T00:00:00Z")));
		List.of(TASK_UPDATE_PLAN, TASK_REVIEW_RECOVERY_PLAN).forEach(k -> assertThat(taskQuery().taskDefinitionKey(k)
			.count()).isOne());
	}

	private Job job(String activityId) {
		return managementService().createJobQuery().processInstanceId(review.getId()).activityId(activityId)
			.singleResult();
	}

	private void execute(String activityId) {
		Job job = job(activityId);
		assertThat(job).as("job of " + activityId).isNotNull();
		managementService().executeJob(job.getId());
	}
}

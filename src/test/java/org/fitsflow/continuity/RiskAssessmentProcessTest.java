package org.fitsflow.continuity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.fitsflow.continuity.RiskAssessmentProcess.*;
import static org.fitsflow.system.process.ProcessVariables.with;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
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
 * The yearly risk assessment walked on the plain engine: every path, with the real delegates and timers in front of a
 * stand-in for the domain service; the reminder and the overdue notice by moving the clock.
 */
@Deployment(resources = { "bpmn/risk-assessment.bpmn", "forms/risk-assessment-assess.form",
		"forms/risk-assessment-decide.form", "forms/risk-assessment-file-original.form" })
class RiskAssessmentProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
		.assertClassCoverageAtLeast(1.0)
		.build();

	/** The school's date for this year's assessment; the schedule starts it four weeks before. */
	private static final LocalDate DUE = LocalDate.parse("2027-03-01");
	private static final Instant STARTED = Instant.parse("2027-02-01T07:00:00Z");
	private static final String REFERENCE = "RSK-2027-0001";

	private RiskAssessments assessments;
	private ReviewNotices notices;
	private ProcessInstance assessment;

	@BeforeEach
	void standInForTheDomainService() {
		org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine.getProcessEngine());
		ClockUtil.setCurrentTime(Date.from(STARTED));
		RiskAssessment record = new RiskAssessment("riverside", REFERENCE, DUE, null, "pi", STARTED);
		assessments = mock(RiskAssessments.class);
		notices = mock(ReviewNotices.class);
		when(assessments.open(any(), any(), any())).thenReturn(record);
		when(assessments.baselineNote(any())).thenReturn("Baseline: RSK-2026-0001 (2026)");
		when(assessments.baselineRisks(any())).thenReturn("[{\"service\":\"Network\",\"threat\":\"Switch fails\"}]");
		when(assessments.assess(any(), any(), any(), any(), any())).thenReturn(record);
		when(assessments.summary(any())).thenReturn("Risks assessed by design, highest first:");
		when(assessments.decisionRows(any())).thenReturn("[{\"id\":\"1\",\"description\":\"Second switch\"}]");
		ContinuityProperties properties = new ContinuityProperties(
				new ContinuityProperties.Review(Period.ofDays(28), Period.ofDays(7)),
				new ContinuityProperties.Review(Period.ofDays(28), Period.ofDays(7)), null, null, null);
		ModelDelegates.register(new RiskAssessmentDelegates.OpenAssessment(assessments),
				new RiskAssessmentDelegates.RecordAssessment(assessments),
				new RiskAssessmentDelegates.RecordDecisions(assessments),
				new RiskAssessmentDelegates.ActOnRecommendations(assessments),
				new RiskAssessmentDelegates.SendForFiling(assessments),
				new RiskAssessmentDelegates.RecordFiling(assessments),
				new RiskAssessmentDelegates.RemindHolders(notices), new RiskAssessmentDelegates.ReportOverdue(notices),
				new RiskAssessmentTimers(properties, new SchoolDates(ZoneId.of("Europe/London"), Clock.system(ZoneId.of("Europe/London")))));
	}

	@AfterEach
	void reset() {
		ClockUtil.reset();
		Mocks.reset();
		identityService().clearAuthentication();
	}

	@Test
	void designAssesses_ictOwnerDecides_changesRaised_singlePointOfContactFiles() {
		start();
		verify(assessments).open(any(), eq(DUE), eq(assessment.getId()));
		assertThat(task()).hasCandidateGroup("design").hasDefinitionKey(TASK_ASSESS_RISKS);
		assertThat(task().getDueDate()).isEqualTo(Date.from(Instant.parse("2027-03-01T00:00:00Z")));
		assertThat(RISKS.get(runtimeService().getVariables(assessment.getId())).toString()).contains("Switch fails");

		identityService().setAuthenticatedUserId("technician");
		complete(task(), with(RISKS, "[{\"service\":\"Network\"}]").and(RECOMMENDATIONS, "[]"));
		verify(assessments).assess(any(), eq(REFERENCE), any(), any(), eq("technician"));
		assertThat(task()).hasCandidateGroup("ict-owner").hasDefinitionKey(TASK_DECIDE_RECOMMENDATIONS);
		assertThat(RISK_SUMMARY.get(runtimeService().getVariables(assessment.getId()))).startsWith("Risks assessed");

		identityService().setAuthenticatedUserId("headteacher");
		complete(task(), with(DECISIONS, "[{\"id\":\"1\",\"decision\":\"act-by-change\",\"reason\":\"Cheap\"}]"));
		verify(assessments).decide(any(), eq(REFERENCE), any(), eq("headteacher"));
		execute(TASK_ACT_ON_RECOMMENDATIONS);
		verify(assessments).actOn(any(), eq(REFERENCE));
		execute(TASK_SEND_FOR_FILING);
		verify(assessments).sendForFiling(any(), eq(REFERENCE));

		assertThat(task()).hasCandidateGroup("single-point-of-contact").hasDefinitionKey(TASK_FILE_ORIGINAL);
		identityService().setAuthenticatedUserId("administrator");
		complete(task(), with(FILED_WHERE, "ICT file, office cabinet 2"));
		verify(assessments).filed(any(), eq(REFERENCE), eq("ICT file, office cabinet 2"), eq("administrator"));
		assertThat(assessment).isEnded().hasPassed(END_ASSESSMENT_FILED);
		assertThat(assessment).hasNotPassed(TASK_REMIND_HOLDERS, TASK_REPORT_OVERDUE);
	}

	@Test
	void notDoneByTheSchoolsDate_holdersRemindedAWeekBefore_ictOwnerToldTheDayAfter() {
		start();
		Job reminder = job(TIMER_REMINDER_DUE);
		assertThat(reminder.getDuedate()).isEqualTo(Date.from(Instant.parse("2027-02-22T00:00:00Z")));
		ClockUtil.setCurrentTime(reminder.getDuedate());
		execute(TIMER_REMINDER_DUE);
		execute(TASK_REMIND_HOLDERS);
		verify(notices).remind(any(), eq("yearly risk assessment"), eq(DUE), eq(Set.of(FitsFunction.DESIGN)));
		verify(notices, never()).overdue(any(), any(), any(), any());

		ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-03-02T00:00:01Z")));
		execute(TIMER_ASSESSMENT_OVERDUE);
		execute(TASK_REPORT_OVERDUE);
		verify(notices).overdue(any(), eq("yearly risk assessment"), eq(DUE), eq(Set.of(FitsFunction.DESIGN)));
		assertThat(assessment).hasPassed(END_HOLDERS_REMINDED, END_OVERDUE_REPORTED).isWaitingAt(TASK_ASSESS_RISKS);
	}

	@Test
	void aRiskDesignGotWrong_isRefusedNamingIt_andTheTaskStaysOpen() {
		when(assessments.assess(any(), any(), any(), any(), any()))
			.thenThrow(new IllegalArgumentException("risks 1: 'Teleporter' is not in the service catalogue."));
		start();
		String taskId = task().getId();
		assertThatThrownBy(() -> taskService().complete(taskId, with(RISKS, "[{\"service\":\"Teleporter\"}]")))
			.isInstanceOf(BadUserRequestException.class).hasMessageContaining("risks 1: 'Teleporter'");
		assertThat(assessment).isWaitingAt(TASK_ASSESS_RISKS);
	}

	private void start() {
		assessment = runtimeService().startProcessInstanceByKey(KEY, with(REVIEW_DUE, DUE.toString()));
		assertThat(assessment).isWaitingAt(TASK_ASSESS_RISKS);
		assertThat(assessment.getBusinessKey()).isEqualTo(REFERENCE);
		assertThat(ASSESSMENT_REFERENCE.get(runtimeService().getVariables(assessment.getId()))).isEqualTo(REFERENCE);
	}

	private Job job(String activityId) {
		return managementService().createJobQuery().processInstanceId(assessment.getId()).activityId(activityId)
			.singleResult();
	}

	private void execute(String activityId) {
		Job job = job(activityId);
		assertThat(job).as("job of " + activityId).isNotNull();
		managementService().executeJob(job.getId());
	}
}

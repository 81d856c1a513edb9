package org.fitsflow.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.fitsflow.incident.IncidentManagementProcess.*;
import static org.fitsflow.system.process.ProcessVariables.with;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.fitsflow.change.ChangeOutcome;
import org.fitsflow.change.RequestForChangeProcess;
import org.fitsflow.school.SchoolCalendar;
import org.fitsflow.school.SchoolTimeProperties;
import org.fitsflow.servicelevel.CatalogueService;
import org.fitsflow.servicelevel.Importance;
import org.fitsflow.system.process.ProcessVariables;
import org.fitsflow.testsupport.ModelDelegates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Service Desk and Incident Management walked on the plain engine: every path, with the real delegates, listeners
 * and timers in front of a stand-in for the domain service, so each gateway sees what the delegates really set.
 */
@Deployment(resources = { "bpmn/incident-management.bpmn", "dmn/incident-priority.dmn",
		"stubs/request-for-change-stub.bpmn", "forms/incident-report.form", "forms/incident-categorise.form",
		"forms/incident-new-requirement.form", "forms/incident-respond.form", "forms/incident-restore.form",
		"forms/incident-await-reporter.form", "forms/incident-pass-to-second-level.form",
		"forms/incident-provider-reference.form", "forms/incident-provider-fix.form",
		"forms/incident-fix-permanently.form", "forms/incident-close.form" })
class IncidentManagementProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
		.assertClassCoverageAtLeast(1.0)
		.build();

	private static final Instant MONDAY_NINE = Instant.parse("2026-11-23T09:00:00Z");
	private static final String REFERENCE = "INC-2026-0001";
	private static final Instant RESPONSE_DUE = MONDAY_NINE.plus(Duration.ofHours(1));
	private static final Instant FIX_DUE = MONDAY_NINE.plus(Duration.ofHours(4));
	private static final Instant FOLLOW_UP_DUE = MONDAY_NINE.plus(Duration.ofDays(1));

	private Incidents incidents;
	private CatalogueService service;
	private Incident record;
	private ProcessInstance incident;

	@BeforeEach
	void standInForTheDomainService() {
		// The Spring test contexts of the same run have engines too: say which one the assertions use.
		org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine.getProcessEngine());
		ClockUtil.setCurrentTime(Date.from(MONDAY_NINE));
		record = new Incident("riverside", REFERENCE, "teacher", "teacher", MONDAY_NINE, "pi",
				new Incidents.Report("The network is down in class 3", "Network and internet access", "Class 3",
						Impact.WHOLE_CLASS, Urgency.WORK_STOPPED, ReportKind.FAULT, null, null), 1L);
		record.targetsSet(1, Duration.ofHours(1), Duration.ofHours(4), Duration.ofHours(8), RESPONSE_DUE, FIX_DUE);
		record.followUpTargetSet(FOLLOW_UP_DUE);
		service = mock(CatalogueService.class);
		when(service.getName()).thenReturn("Network and internet access");
		when(service.getImportance()).thenReturn(Importance.HIGH);

		incidents = mock(Incidents.class);
		when(incidents.log(any(), any(), any(), any())).thenReturn(record);
		when(incidents.reporterName(any())).thenReturn("Rita Reed");
		when(incidents.catalogue(any())).thenReturn(List.of());
		when(incidents.categorise(any(), any(), any(), any(), any(), any(), any(), any()))
			.thenAnswer(call -> new Incidents.Categorised(record, service, Optional.empty()));
		when(incidents.setTargets(any(), any(), anyInt())).thenReturn(record);
		when(incidents.resumeFixClock(any(), any())).thenReturn(record);
		when(incidents.incident(any(), any())).thenReturn(record);
		when(incidents.reopenUntil(any(), any())).thenReturn(MONDAY_NINE.plus(Duration.ofDays(5)));
		when(incidents.changeRequest(any(), any(), any(), any()))
			.thenReturn(new Incidents.ChangeRequest("Replace the switch", "It keeps failing"));
		when(incidents.raiseProblem(any(), any(), any())).thenReturn(new UnderlyingProblems.Link(7L, "PRB-2026-0001"));

		Clock clock = Clock.system(ZoneId.of("Europe/London"));
		ModelDelegates.register(new IncidentManagementDelegates.LogIncident(incidents),
				new IncidentManagementDelegates.RecordCategory(incidents),
				new IncidentManagementDelegates.SetTargets(incidents, clock),
				new IncidentManagementDelegates.RecordResponse(incidents),
				new IncidentManagementDelegates.EscalateMissedResponse(incidents),
				new IncidentManagementDelegates.EscalateMissedFix(incidents),
				new IncidentManagementDelegates.RestoreOutcomeAnswered(),
				new IncidentManagementDelegates.PauseFixClock(incidents),
				new IncidentManagementDelegates.ResumeFixClock(incidents, clock),
				new IncidentManagementDelegates.RecordRestoration(incidents),
				new IncidentManagementDelegates.RecordPassOn(incidents),
				new IncidentManagementDelegates.ChaseFollowUp(incidents),
				new IncidentManagementDelegates.EmailProviderServiceDesk(incidents),
				new IncidentManagementDelegates.SecondLevelOutcomeAnswered(),
				new IncidentManagementDelegates.PrepareRequestForChange(incidents),
				new IncidentManagementDelegates.RecordChangeOutcome(incidents),
				new IncidentManagementDelegates.RaiseProblem(incidents),
				new IncidentManagementDelegates.RecordResolution(incidents),
				new IncidentManagementDelegates.RecordReopening(incidents),
				new IncidentManagementDelegates.RecordClosure(incidents),
				new IncidentManagementDelegates.AnnounceNotRestored(incidents),
				new IncidentTimers(incidents, new SchoolCalendar(new SchoolTimeProperties(ZoneId.of("Europe/London"),
						LocalTime.of(8, 30), LocalTime.of(16, 30), List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
								DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), List.of())),
						new IncidentProperties(Duration.ofDays(5), Duration.ofHours(4))));
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
		Mocks.reset();
		identityService().clearAuthentication();
	}

	@Test
	void happyPath_firstLevelRestores_reporterConfirmsTheFix_singlePointOfContactCloses() {
		report(Impact.WHOLE_CLASS, Urgency.WORK_STOPPED);
		categorise(IncidentCategory.FAULT);
		assertThat(PRIORITY.get(variables())).isEqualTo(1);
		assertThat(PRIORITY_IN_WORDS.get(variables())).isEqualTo("1 urgent");
		respond();
		restore(false);

		assertThat(incident).isWaitingAt(GATEWAY_REOPENED_OR_WINDOW_OVER);
		runtimeService().createMessageCorrelation(CONFIRMED).processInstanceId(incident.getId()).correlate();
		assertThat(incident).isWaitingAt(TASK_CLOSE_INCIDENT);
		assertThat(task()).hasCandidateGroup("single-point-of-contact");
		complete(task(), with(CONFIRM_CLOSED, true));

		assertThat(incident).isEnded().hasPassedInOrder(TASK_LOG_INCIDENT, TASK_CATEGORISE, TASK_DETERMINE_PRIORITY,
				TASK_SET_TARGETS, TASK_RESPOND, TASK_RECORD_RESPONSE, TASK_RESTORE_SERVICE, TASK_RECORD_RESTORATION,
				TASK_RECORD_RESOLUTION, EVENT_REPORTER_CONFIRMED, TASK_CLOSE_INCIDENT, TASK_RECORD_CLOSURE, END_CLOSED);
		verify(incidents).log(any(), eq(new Incidents.Report("The network is down in class 3",
				"Network and internet access", "Class 3", Impact.WHOLE_CLASS, Urgency.WORK_STOPPED, ReportKind.FAULT, null,
				null)), eq("teacher"), any());
		verify(incidents).restored(any(), eq(REFERENCE), eq("Use the laptop trolley"), eq(false));
		verify(incidents).close(any(), eq(REFERENCE));
		verify(incidents, never()).escalateMissedResponse(any(), any());
		verify(incidents, never()).escalateMissedFix(any(), any());
	}

	@Test
	void nobodyAnswersWithinTheWindow_singlePointOfContactCloses() {
		report(Impact.ONE_USER, Urgency.WORK_IMPAIRED);
		categorise(IncidentCategory.REQUEST);
		respond();
		restore(false);
		ClockUtil.setCurrentTime(Date.from(MONDAY_NINE.plus(Duration.ofDays(6))));
		execute(TIMER_REOPEN_WINDOW_OVER);
		assertThat(incident).isWaitingAt(TASK_CLOSE_INCIDENT);
		complete(task(), with(CONFIRM_CLOSED, true));
		assertThat(incident).isEnded().hasNotPassed(EVENT_REPORTER_CONFIRMED, EVENT_REPORTER_REOPENED);
	}

	@Test
	void everyTask_isDueByTheTargetItWorksTowards_andCarriesTheFitsPriority_highestFirst() {
		report(Impact.WHOLE_CLASS, Urgency.WORK_STOPPED);
		// Categorising works towards the response target as reported (the record's, set when it was logged).
		assertThat(task()).hasDueDate(Date.from(RESPONSE_DUE));
		assertThat(task().getPriority()).isEqualTo(100);
		categorise(IncidentCategory.FAULT);
		assertThat(task()).hasDueDate(Date.from(RESPONSE_DUE));
		assertThat(task().getPriority()).isEqualTo(100);
		respond();
		assertThat(task()).hasDueDate(Date.from(FIX_DUE));
		restore(true);
		assertThat(incident).isWaitingAt(TASK_PASS_TO_SECOND_LEVEL);
		assertThat(task()).hasDueDate(Date.from(FOLLOW_UP_DUE));
		passToSecondLevel();
		assertThat(task()).hasDueDate(Date.from(FOLLOW_UP_DUE));
		assertThat(task().getPriority()).isEqualTo(100);

		// A priority 4 incident's tasks come last.
		record.targetsSet(4, Duration.ofHours(4), Duration.ofHours(40), Duration.ofHours(80), RESPONSE_DUE, FIX_DUE);
		complete(task(), with(RESOLUTION, "Cable replaced").and(SECOND_LEVEL_OUTCOME, SecondLevelOutcome.FIXED));
		ClockUtil.setCurrentTime(Date.from(MONDAY_NINE.plus(Duration.ofDays(6))));
		execute(TIMER_REOPEN_WINDOW_OVER);
		assertThat(task().getPriority()).isEqualTo(25);
	}

	@Test
	void firstLevelCannotRestore_singlePointOfContactPassesItOn_andSecondLevelRestoresIt() {
		report(Impact.WHOLE_SCHOOL, Urgency.WORK_STOPPED);
		categorise(IncidentCategory.FAULT);
		respond();
		identityService().setAuthenticatedUserId("assistant");
		complete(task(), with(RESTORE_OUTCOME, RestoreOutcome.CANNOT_RESTORE)
			.and(WORKAROUND, "Rebooted the switch; the server room is dark"));
		identityService().clearAuthentication();

		assertThat(incident).hasPassed(TASK_RECORD_PASS_ON).hasNotPassed(TASK_RECORD_RESTORATION)
			.isWaitingAt(TASK_PASS_TO_SECOND_LEVEL);
		assertThat(task()).hasCandidateGroup("single-point-of-contact");
		verify(incidents).passedOn(any(), eq(REFERENCE), eq("Rebooted the switch; the server room is dark"), eq("assistant"));
		verify(incidents, never()).restored(any(), any(), any(), org.mockito.ArgumentMatchers.anyBoolean());
		passToSecondLevel();
		assertThat(task()).hasCandidateGroup("second-level-support");
		complete(task(), with(RESOLUTION, "Power restored to the server room").and(SECOND_LEVEL_OUTCOME, SecondLevelOutcome.FIXED));
		assertThat(incident).isWaitingAt(GATEWAY_REOPENED_OR_WINDOW_OVER);
		verify(incidents).resolve(any(), eq(REFERENCE), eq("Power restored to the server room"), any());
	}

	@Test
	void secondLevelPastItsTarget_isChased_andTheWorkCarriesOn() {
		report(Impact.WHOLE_CLASS, Urgency.WORK_IMPAIRED);
		categorise(IncidentCategory.FAULT);
		respond();
		restore(true);
		passToSecondLevel();
		assertThat(incident).isWaitingAt(TASK_FIX_PERMANENTLY);
		ClockUtil.setCurrentTime(Date.from(FOLLOW_UP_DUE.plusSeconds(60)));
		execute(TIMER_FOLLOW_UP_TARGET_MISSED);
		execute(TASK_CHASE_FOLLOW_UP);

		verify(incidents).chaseFollowUp(any(), eq(REFERENCE));
		assertThat(incident).hasPassed(END_FOLLOW_UP_CHASED).isWaitingAt(TASK_FIX_PERMANENTLY);
	}

	@Test
	void providerPastItsTarget_isChasedWithItsReference_andTheSinglePointOfContactStillRecordsTheFix() {
		when(service.isSupportedByProvider()).thenReturn(true);
		report(Impact.SEVERAL_USERS, Urgency.WORK_IMPAIRED);
		categorise(IncidentCategory.FAULT);
		respond();
		restore(true);
		passToSecondLevel();
		execute(TASK_EMAIL_PROVIDER_SERVICE_DESK);
		complete(task(), with(PROVIDER_REFERENCE, "NG-778"));
		assertThat(incident).isWaitingAt(TASK_RECORD_PROVIDER_FIX);
		assertThat(task()).hasDueDate(Date.from(FOLLOW_UP_DUE));
		ClockUtil.setCurrentTime(Date.from(FOLLOW_UP_DUE.plusSeconds(60)));
		execute(TIMER_PROVIDER_TARGET_MISSED);
		execute(TASK_CHASE_FOLLOW_UP);

		verify(incidents).chaseFollowUp(any(), eq(REFERENCE));
		assertThat(incident).hasPassed(END_FOLLOW_UP_CHASED).isWaitingAt(TASK_RECORD_PROVIDER_FIX);
	}

	@Test
	void localPrintingProblem_getsALowerPriorityThanAClassroomNetworkFailure() {
		when(service.getImportance()).thenReturn(Importance.LOW);
		report(Impact.ONE_USER, Urgency.WORK_IMPAIRED);
		categorise(IncidentCategory.FAULT);
		assertThat(PRIORITY.get(variables())).isEqualTo(4);
		assertThat(PRIORITY_IN_WORDS.get(variables())).as("as Tasklist's list shows it").isEqualTo("4 low");
		verify(incidents).setTargets(any(), eq(REFERENCE), eq(4));
	}

	@Test
	void responseTargetMissed_singlePointOfContactIsTold_andTheIncidentStaysWithFirstLevelSupport() {
		report(Impact.WHOLE_SCHOOL, Urgency.WORK_STOPPED);
		categorise(IncidentCategory.FAULT);
		assertThat(incident).isWaitingAt(TASK_RESPOND);
		ClockUtil.setCurrentTime(Date.from(MONDAY_NINE.plus(Duration.ofMinutes(61))));
		execute(TIMER_RESPONSE_TARGET_MISSED);
		execute(TASK_ESCALATE_MISSED_RESPONSE);

		verify(incidents).escalateMissedResponse(any(), eq(REFERENCE));
		assertThat(incident).hasPassed(END_RESPONSE_ESCALATED).isWaitingAt(TASK_RESPOND);
	}

	@Test
	void fixTargetMissed_escalatedWithoutStoppingTheWork() {
		report(Impact.WHOLE_SCHOOL, Urgency.WORK_STOPPED);
		categorise(IncidentCategory.FAULT);
		respond();
		ClockUtil.setCurrentTime(Date.from(MONDAY_NINE.plus(Duration.ofHours(5))));
		execute(TIMER_FIX_TARGET_MISSED);
		execute(TASK_ESCALATE_MISSED_FIX);

		verify(incidents).escalateMissedFix(any(), eq(REFERENCE));
		assertThat(incident).hasPassed(END_FIX_ESCALATED).isWaitingAt(TASK_RESTORE_SERVICE);
	}

	@Test
	void stillNotRestoredLongAfterTheFixTarget_isAnnounced_countingSchoolTime_andTheWorkCarriesOn() {
		report(Impact.WHOLE_SCHOOL, Urgency.WORK_STOPPED);
		categorise(IncidentCategory.FAULT);
		respond();
		// Fix target Monday 13:00; four hours of school time later is Tuesday 09:00 (the day ends at 16:30).
		Job announce = managementService().createJobQuery().processInstanceId(incident.getId())
			.activityId(TIMER_ASK_WHETHER_TO_INVOKE).singleResult();
		assertThat(announce.getDuedate()).isEqualTo(Date.from(Instant.parse("2026-11-24T09:00:00Z")));
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-24T09:01:00Z")));
		execute(TIMER_FIX_TARGET_MISSED);
		execute(TIMER_ASK_WHETHER_TO_INVOKE);
		execute(TASK_ANNOUNCE_NOT_RESTORED);

		verify(incidents).stillNotRestored(any(), eq(REFERENCE));
		assertThat(incident).hasPassed(END_NOT_RESTORED_ANNOUNCED).isWaitingAt(TASK_RESTORE_SERVICE);
	}

	@Test
	void restoredBeforeTheFixTarget_nothingIsAnnounced() {
		report(Impact.WHOLE_SCHOOL, Urgency.WORK_STOPPED);
		categorise(IncidentCategory.FAULT);
		respond();
		restore(false);
		assertThat(managementService().createJobQuery().processInstanceId(incident.getId())
			.activityId(TIMER_ASK_WHETHER_TO_INVOKE).count()).isZero();
		verify(incidents, never()).stillNotRestored(any(), any());
	}

	@Test
	void priorityChanged_targetsAreRecomputed_andAnIncidentAlreadyTakenOnGoesStraightToRestoring() {
		report(Impact.ONE_USER, Urgency.WORK_CONTINUES);
		categorise(IncidentCategory.FAULT);
		respond();
		assertThat(PRIORITY.get(variables())).isEqualTo(3);
		runtimeService().createMessageCorrelation(PRIORITY_CHANGED).processInstanceId(incident.getId())
			.setVariables(with(IMPACT, Impact.WHOLE_SCHOOL).and(URGENCY, Urgency.WORK_STOPPED)).correlate();

		assertThat(incident).isWaitingAt(TASK_RESTORE_SERVICE);
		assertThat(PRIORITY.get(variables())).isEqualTo(1);
		verify(incidents, times(2)).setTargets(any(), eq(REFERENCE), anyInt());
	}

	@Test
	void waitingOnTheReporter_pausesTheFixClock_thenRestoringCarriesOn() {
		report(Impact.SEVERAL_USERS, Urgency.WORK_IMPAIRED);
		categorise(IncidentCategory.FAULT);
		respond();
		complete(task(), with(RESTORE_OUTCOME, RestoreOutcome.WAITING_ON_REPORTER).and(QUESTION_FOR_REPORTER, "Which room?"));
		assertThat(incident).isWaitingAt(TASK_AWAIT_REPORTER);
		verify(incidents).pauseFixClock(any(), eq(REFERENCE), eq("Which room?"));
		complete(task(), with(REPORTER_ANSWER, "Room 4"));

		verify(incidents).resumeFixClock(any(), eq(REFERENCE));
		assertThat(incident).isWaitingAt(TASK_RESTORE_SERVICE);
		restore(false);
		assertThat(incident).isWaitingAt(GATEWAY_REOPENED_OR_WINDOW_OVER);
	}

	@Test
	void theReporterAnswersOnMyReports_theAnswerCarriesOnAsFirstLevelSupportsWould() {
		report(Impact.SEVERAL_USERS, Urgency.WORK_IMPAIRED);
		categorise(IncidentCategory.FAULT);
		respond();
		complete(task(), with(RESTORE_OUTCOME, RestoreOutcome.WAITING_ON_REPORTER).and(QUESTION_FOR_REPORTER, "Which room?"));
		assertThat(incident).isWaitingAt(TASK_AWAIT_REPORTER);
		runtimeService().createMessageCorrelation(REPORTER_ANSWERED).processInstanceId(incident.getId())
			.setVariables(with(REPORTER_ANSWER, "Room 4")).correlate();

		assertThat(incident).hasPassed(EVENT_REPORTER_ANSWERED, TASK_RESUME_FIX_CLOCK).isWaitingAt(TASK_RESTORE_SERVICE);
		assertThat(REPORTER_ANSWER.get(variables())).isEqualTo("Room 4");
		verify(incidents).resumeFixClock(any(), eq(REFERENCE));
		// The question is answered: a second answer has nothing to go to.
		assertThat(runtimeService().createEventSubscriptionQuery().processInstanceId(incident.getId())
			.eventName(REPORTER_ANSWERED).count()).isZero();
	}

	@Test
	void anUnknownRestoreOutcome_isRefusedNamingTheChoices_andTheTaskStaysOpen() {
		report(Impact.ONE_USER, Urgency.WORK_IMPAIRED);
		categorise(IncidentCategory.FAULT);
		respond();
		String taskId = task().getId();
		VariableMap answers = new ProcessVariables();
		answers.put(RESTORE_OUTCOME.name(), "gave-up");
		assertThatThrownBy(() -> org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService()
			.complete(taskId, answers))
			.hasRootCauseInstanceOf(BadUserRequestException.class)
			.hasMessageContaining(RESTORE_OUTCOME + ": use one of restored, waiting-on-reporter");
		assertThat(incident).isWaitingAt(TASK_RESTORE_SERVICE);
	}

	@Test
	void newRequirement_goesToDesign_insteadOfFirstLevelSupport() {
		report(Impact.ONE_USER, Urgency.WORK_CONTINUES);
		assertThat(task()).hasCandidateGroup("single-point-of-contact");
		complete(task(), with(SERVICE_ID, "1").and(CATEGORY, IncidentCategory.NEW_REQUIREMENT)
			.and(REQUIREMENT_FUNCTION, RequirementFunction.DESIGN));
		assertThat(incident).isWaitingAt(TASK_HANDLE_NEW_REQUIREMENT);
		assertThat(task()).hasCandidateGroup("design");
		complete(task(), with(RESOLUTION, "New scanner set up").and(SECOND_LEVEL_OUTCOME, SecondLevelOutcome.FIXED));

		assertThat(incident).hasNotPassed(TASK_DETERMINE_PRIORITY).isWaitingAt(GATEWAY_REOPENED_OR_WINDOW_OVER);
		verify(incidents).categorise(any(), eq(REFERENCE), eq(1L), any(), eq(IncidentCategory.NEW_REQUIREMENT),
				eq(Impact.ONE_USER), eq(Urgency.WORK_CONTINUES), eq(RequirementFunction.DESIGN));
		verify(incidents).resolve(any(), eq(REFERENCE), eq("New scanner set up"), any());
	}

	@Test
	void newRequirementNeedingAChange_isRaisedAsDesign_soImplementationCompletesStep2() {
		report(Impact.ONE_USER, Urgency.WORK_CONTINUES);
		complete(task(), with(SERVICE_ID, "1").and(CATEGORY, IncidentCategory.NEW_REQUIREMENT)
			.and(REQUIREMENT_FUNCTION, RequirementFunction.DESIGN));
		identityService().setAuthenticatedUserId("technician");
		complete(task(), with(RESOLUTION, "A visualiser for class 2").and(SECOND_LEVEL_OUTCOME, SecondLevelOutcome.CHANGE_NEEDED));
		identityService().clearAuthentication();
		VariableMap passed = runtimeService().getVariablesTyped(calledChange().getId());
		assertThat(RequestForChangeProcess.RAISED_AS.get(passed)).isEqualTo(org.fitsflow.change.RaisedAs.DESIGN);
		assertThat(RequestForChangeProcess.ORIGINATOR.get(passed)).isEqualTo("technician");
	}

	@Test
	void permanentFix_bySchoolTechnician() {
		report(Impact.WHOLE_CLASS, Urgency.WORK_IMPAIRED);
		categorise(IncidentCategory.FAULT);
		respond();
		restore(true);
		passToSecondLevel();
		assertThat(incident).isWaitingAt(TASK_FIX_PERMANENTLY);
		assertThat(task()).hasCandidateGroup("second-level-support");
		complete(task(), with(RESOLUTION, "Cable replaced").and(SECOND_LEVEL_OUTCOME, SecondLevelOutcome.FIXED));
		assertThat(incident).isWaitingAt(GATEWAY_REOPENED_OR_WINDOW_OVER);
	}

	@Test
	void providerSupportsTheService_serviceDeskIsEmailed_referenceRecorded_underlyingProblemRaised() {
		when(service.isSupportedByProvider()).thenReturn(true);
		report(Impact.SEVERAL_USERS, Urgency.WORK_IMPAIRED);
		categorise(IncidentCategory.FAULT);
		respond();
		restore(true);
		passToSecondLevel();
		execute(TASK_EMAIL_PROVIDER_SERVICE_DESK);
		verify(incidents).emailProviderServiceDesk(any(), eq(REFERENCE));
		assertThat(incident).isWaitingAt(TASK_RECORD_PROVIDER_REFERENCE);
		assertThat(task()).hasCandidateGroup("single-point-of-contact");
		complete(task(), with(PROVIDER_REFERENCE, "NG-778"));
		identityService().setAuthenticatedUserId("administrator");
		complete(task(), with(RESOLUTION, "Mail server patched")
			.and(SECOND_LEVEL_OUTCOME, SecondLevelOutcome.UNDERLYING_PROBLEM));

		assertThat(incident).hasPassed(TASK_RAISE_PROBLEM).isWaitingAt(GATEWAY_REOPENED_OR_WINDOW_OVER);
		assertThat(PROBLEM_REFERENCE.get(variables())).isEqualTo("PRB-2026-0001");
		verify(incidents).raiseProblem(any(), eq(REFERENCE), eq("administrator"));
		verify(incidents).resolve(any(), eq(REFERENCE), eq("Mail server patched"), eq("NG-778"));
	}

	@Test
	void changeNeeded_unsuccessfulChangeGoesBackToTheSinglePointOfContact_thenASuccessfulOneResolves() {
		report(Impact.WHOLE_CLASS, Urgency.WORK_STOPPED);
		categorise(IncidentCategory.FAULT);
		respond();
		restore(true);
		passToSecondLevel();
		identityService().setAuthenticatedUserId("technician");
		complete(task(), with(RESOLUTION, "Switch must go").and(SECOND_LEVEL_OUTCOME, SecondLevelOutcome.CHANGE_NEEDED));
		identityService().clearAuthentication();
		assertThat(incident).isWaitingAt(CALL_REQUEST_FOR_CHANGE);
		ProcessInstance change = calledChange();
		VariableMap passed = runtimeService().getVariablesTyped(change.getId());
		assertThat(RequestForChangeProcess.RAISED_FROM.get(passed)).isEqualTo(REFERENCE);
		assertThat(RequestForChangeProcess.BRIEF_DESCRIPTION.get(passed)).isEqualTo("Replace the switch");
		assertThat(RequestForChangeProcess.REASON.get(passed)).isEqualTo("It keeps failing");
		assertThat(RequestForChangeProcess.ORIGINATOR.get(passed)).isEqualTo("technician");
		assertThat(RequestForChangeProcess.RAISED_AS.get(passed)).isEqualTo(org.fitsflow.change.RaisedAs.SECOND_LEVEL_SUPPORT);
		finishChange(change, "RFC-2026-0001", ChangeOutcome.UNSUCCESSFUL);
		assertThat(incident).isWaitingAt(TASK_PASS_TO_SECOND_LEVEL);

		passToSecondLevel();
		complete(task(), with(RESOLUTION, "Try again").and(SECOND_LEVEL_OUTCOME, SecondLevelOutcome.CHANGE_NEEDED));
		finishChange(calledChange(), "RFC-2026-0002", ChangeOutcome.SUCCESSFUL);
		assertThat(incident).isWaitingAt(GATEWAY_REOPENED_OR_WINDOW_OVER);
		assertThat(CHANGE_REFERENCE.get(variables())).isEqualTo("RFC-2026-0002");
		verify(incidents).recordChangeOutcome(any(), eq(REFERENCE), eq("RFC-2026-0001"), eq("unsuccessful"));
		verify(incidents).recordChangeOutcome(any(), eq(REFERENCE), eq("RFC-2026-0002"), eq("successful"));
	}

	@Test
	void reporterReopens_withinTheWindow_incidentIsPrioritisedAndRestoredAgain() {
		report(Impact.ONE_USER, Urgency.WORK_STOPPED);
		categorise(IncidentCategory.REQUEST);
		respond();
		restore(false);
		runtimeService().createMessageCorrelation(REOPENED).processInstanceId(incident.getId()).correlate();

		verify(incidents).recordReopening(any(), eq(REFERENCE));
		assertThat(incident).hasPassed(EVENT_REPORTER_REOPENED).isWaitingAt(TASK_RESTORE_SERVICE);
	}

	@Test
	void reportWithoutService_isRefusedNamingTheField_andNothingStarts() {
		assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(KEY, with(DESCRIPTION, "The printer jams")
			.and(IMPACT, Impact.ONE_USER).and(URGENCY, Urgency.WORK_IMPAIRED).and(KIND, ReportKind.FAULT)))
			.isInstanceOf(BadUserRequestException.class)
			.hasMessageContaining("(" + SERVICE + ") is required");
		assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(KEY).count()).isZero();
		verify(incidents, never()).log(any(), any(), any(), any());
	}

	private void report(Impact impact, Urgency urgency) {
		identityService().setAuthenticatedUserId("teacher");
		incident = runtimeService().startProcessInstanceByKey(KEY, with(DESCRIPTION, "The network is down in class 3")
			.and(SERVICE, "Network and internet access").and(IMPACT, impact).and(URGENCY, urgency)
			.and(KIND, ReportKind.FAULT).and(LOCATION, "Class 3"));
		identityService().clearAuthentication();
		assertThat(incident).isWaitingAt(TASK_CATEGORISE);
		assertThat(INCIDENT_REFERENCE.get(variables())).isEqualTo(REFERENCE);
	}

	private void categorise(IncidentCategory category) {
		complete(task(), with(SERVICE_ID, "1").and(CATEGORY, category));
		assertThat(incident).isWaitingAt(TASK_RESPOND);
		assertThat(task()).hasCandidateGroup("first-level-support");
	}

	private void respond() {
		complete(task(), with(TAKEN_ON, true));
		assertThat(incident).isWaitingAt(TASK_RESTORE_SERVICE);
	}

	private void restore(boolean permanentFixNeeded) {
		complete(task(), with(RESTORE_OUTCOME, RestoreOutcome.RESTORED).and(WORKAROUND, "Use the laptop trolley")
			.and(PERMANENT_FIX_NEEDED, permanentFixNeeded));
	}

	private void passToSecondLevel() {
		assertThat(incident).isWaitingAt(TASK_PASS_TO_SECOND_LEVEL);
		complete(task(), with(PASSED_ON, true));
	}

	private VariableMap variables() {
		return runtimeService().getVariablesTyped(incident.getId());
	}

	private ProcessInstance calledChange() {
		return runtimeService().createProcessInstanceQuery().processDefinitionKey(RequestForChangeProcess.KEY)
			.superProcessInstanceId(incident.getId()).singleResult();
	}

	/** The stub request for change ends with what the real one hands back to its caller. */
	private void finishChange(ProcessInstance change, String reference, ChangeOutcome outcome) {
		complete(taskQuery().processInstanceId(change.getId()).singleResult(),
				with(RequestForChangeProcess.CHANGE_REFERENCE, reference).and(RequestForChangeProcess.CHANGE_OUTCOME, outcome));
	}

	private void execute(String activityId) {
		Job job = managementService().createJobQuery().processInstanceId(incident.getId()).activityId(activityId)
			.singleResult();
		assertThat(job).as("job of " + activityId).isNotNull();
		managementService().executeJob(job.getId());
	}
}

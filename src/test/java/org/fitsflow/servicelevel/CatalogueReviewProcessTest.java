package org.fitsflow.servicelevel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.fitsflow.servicelevel.CatalogueReviewProcess.*;
import static org.fitsflow.system.process.ProcessVariables.with;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
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

/**
 * The yearly catalogue review walked on the plain engine with its real delegates and timers in front of a stand-in
 * for the catalogue reviews: listed, checked, agreed (straight away, or after gathering the details of services added
 * at the meeting), published and filed; reminded before the school's date and reported once it has passed.
 */
@Deployment(resources = { "bpmn/catalogue-review.bpmn", "forms/catalogue-review-list-services.form",
		"forms/catalogue-review-check-list.form", "forms/catalogue-review-meeting.form",
		"forms/catalogue-review-gather-details.form", "forms/catalogue-review-file-original.form" })
class CatalogueReviewProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
		.assertClassCoverageAtLeast(1.0)
		.build();

	private static final ZoneId LONDON = ZoneId.of("Europe/London");
	private static final LocalDate DUE = LocalDate.parse("2027-03-01");
	private static final Instant STARTED = Instant.parse("2027-02-01T00:00:00Z");

	private CatalogueReviews reviews;
	private ProcessInstance review;
	private final Object listed = JsonList.of(List.of(Map.of("name", "Email"), Map.of("name", "Printing")));

	@BeforeEach
	void standInForTheCatalogueReviews() {
		// The Spring test contexts of the same run have engines too: say which one the assertions use.
		org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine.getProcessEngine());
		ClockUtil.setCurrentTime(Date.from(STARTED));
		reviews = mock(CatalogueReviews.class);
		CatalogueReview record = new CatalogueReview("riverside", DUE, "instance", STARTED);
		when(reviews.open(any(), eq(DUE), any())).thenReturn(record);
		when(reviews.currentEntries(any())).thenReturn(List.of(Map.of("name", "Email")));
		CatalogueVersion version = new CatalogueVersion("riverside", 2, DUE, CatalogueVersion.Source.REVIEW,
				record.getReference(), List.of(), "headteacher", STARTED);
		when(reviews.agreed(any(), any(), any(), any(), any(), any())).thenReturn(version);
		when(reviews.link(any(), eq(2))).thenReturn("http://localhost/catalogue-v2.xlsx");
		ServiceLevelProperties properties = new ServiceLevelProperties(
				new ServiceLevelProperties.ServiceReview(Period.ofDays(7), Period.ofDays(2), Period.ofDays(1), 10),
				new ServiceLevelProperties.CatalogueReview(Period.ofDays(28), Period.ofDays(7)),
				new ServiceLevelProperties.Report(Month.SEPTEMBER));
		ModelDelegates.register(new CatalogueReviewDelegates.OpenReview(reviews),
				new CatalogueReviewDelegates.RecordServiceList(reviews), new CatalogueReviewDelegates.RecordListChecked(reviews),
				new CatalogueReviewDelegates.CheckAgreement(reviews), new CatalogueReviewDelegates.RecordCatalogue(reviews),
				new CatalogueReviewDelegates.PublishCatalogue(reviews), new CatalogueReviewDelegates.RecordFiling(reviews),
				new CatalogueReviewDelegates.RemindHolders(reviews), new CatalogueReviewDelegates.ReportReviewOverdue(reviews),
				new CatalogueReviewTimers(properties, new SchoolDates(LONDON, new EngineClock(LONDON))));
	}

	@AfterEach
	void reset() {
		ClockUtil.reset();
		Mocks.reset();
		identityService().clearAuthentication();
	}

	private void startAsTheScheduleDoes() {
		review = runtimeService().startProcessInstanceByKey(KEY, with(REVIEW_DUE, DUE.toString()));
		assertThat(review).isStarted().hasBusinessKey("CR-2027-03-01");
	}

	private Task task(String activityId) {
		return taskService().createTaskQuery().processInstanceId(review.getId()).taskDefinitionKey(activityId).singleResult();
	}

	private void completeAs(String userId, String activityId, Map<String, Object> variables) {
		ModelSteps.completeAs(userId, task(activityId).getId(), variables);
	}

	private void runJobs() {
		ModelSteps.runDueJobs(review.getId());
	}

	private void listAndCheck() {
		assertThat(review).isWaitingAt(TASK_LIST_SERVICES);
		assertThat(runtimeService().getVariable(review.getId(), SERVICES.name()).toString()).contains("Email");
		assertThat(task(TASK_LIST_SERVICES).getDueDate()).isEqualTo(Date.from(Instant.parse("2027-03-01T00:00:00Z")));
		completeAs("technician", TASK_LIST_SERVICES, with(SERVICES, listed));
		verify(reviews).listed(any(), eq("CR-2027-03-01"), any(), eq("technician"));
		completeAs("administrator", TASK_CHECK_SERVICE_LIST, with(SERVICES, listed).and(LIST_COMPLETE, true));
		verify(reviews).listChecked(any(), eq("CR-2027-03-01"), any(), eq(true), eq("administrator"));
	}

	private void publishAndFile() {
		assertThat(CATALOGUE_VERSION.get(runtimeService().getVariables(review.getId()))).isEqualTo(2);
		runJobs();
		verify(reviews).publish(any(), eq("CR-2027-03-01"));
		completeAs("administrator", TASK_FILE_ORIGINAL, with(FILED_WHERE, "Office shared drive, ICT folder"));
		verify(reviews).filed(any(), eq("CR-2027-03-01"), eq("Office shared drive, ICT folder"), eq("administrator"));
		assertThat(review).isEnded().hasPassed(END_CATALOGUE_REVIEWED);
	}

	@Test
	void listedCheckedAgreedAtTheMeeting_recordedPublishedAndFiled() {
		startAsTheScheduleDoes();
		listAndCheck();
		when(reviews.detailsToGather(any(), any())).thenReturn(false);
		completeAs("headteacher", TASK_HOLD_MEETING, with(SERVICES, listed).and(REPRESENTATIVES, "teacher")
			.and(CONTRACTS_UPDATED_BY, "2027-04-01"));
		verify(reviews).agreed(any(), eq("CR-2027-03-01"), any(), eq("teacher"), eq(LocalDate.parse("2027-04-01")),
				eq("headteacher"));
		publishAndFile();
		assertThat(review).hasNotPassed(TASK_GATHER_DETAILS, TASK_REMIND_HOLDERS, TASK_REPORT_REVIEW_OVERDUE);
	}

	@Test
	void servicesAddedAtTheMeeting_maintenanceGathersTheirDetails_thenTheCatalogueIsRecorded() {
		startAsTheScheduleDoes();
		listAndCheck();
		when(reviews.detailsToGather(any(), any())).thenReturn(true, false);
		completeAs("headteacher", TASK_HOLD_MEETING, with(SERVICES, listed));
		assertThat(review).isWaitingAt(TASK_GATHER_DETAILS);
		verify(reviews, never()).agreed(any(), any(), any(), any(), any(), any());
		completeAs("technician", TASK_GATHER_DETAILS, with(SERVICES, listed));
		verify(reviews, times(2)).detailsToGather(any(), any());
		publishAndFile();
	}

	@Test
	void meetingAgreesAServiceWithAWrongTime_refusedNamingIt_andTheTaskStaysOpen() {
		startAsTheScheduleDoes();
		listAndCheck();
		when(reviews.detailsToGather(any(), any()))
			.thenThrow(new IllegalArgumentException("services: service 2 (Printing): fixTime: 'soon' is not a time"));
		assertThatThrownBy(() -> completeAs("headteacher", TASK_HOLD_MEETING, with(SERVICES, listed)))
			.isInstanceOf(BadUserRequestException.class).hasMessageContaining("service 2 (Printing)");
		assertThat(task(TASK_HOLD_MEETING)).isNotNull();
	}

	@Test
	void schoolsDateNear_holdersReminded_thenPassed_ictOwnerTold() {
		startAsTheScheduleDoes();
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-02-22T00:00:01Z")));
		runJobs();
		verify(reviews).remind(any(), eq("CR-2027-03-01"), eq(java.util.Set.of(org.fitsflow.school.FitsFunction.MAINTENANCE)));
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-03-02T00:00:01Z")));
		runJobs();
		verify(reviews).reportOverdue(any(), eq("CR-2027-03-01"), anyCollection());
		assertThat(review).hasPassed(END_HOLDERS_REMINDED, END_OVERDUE_REPORTED).isWaitingAt(TASK_LIST_SERVICES);
	}
}

package org.fitsflow.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.fitsflow.system.process.ProcessContract;
import org.fitsflow.testsupport.Api;
import org.fitsflow.testsupport.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The review schedules' rules, and that every kind of review on a schedule has a model that takes its date. */
@ServiceTest
class ReviewSchedulesTest {

	private static final String SERVICE_REVIEW = "service-review";

	@LocalServerPort
	int port;

	@Autowired
	ReviewSchedules schedules;

	@Autowired
	List<ReviewRhythm> rhythms;

	@Autowired
	List<ProcessContract> contracts;

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Autowired
	SchoolDirectory directory;

	private String school;
	private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

	@BeforeEach
	void aSchool() {
		school = "schedules-" + UUID.randomUUID().toString().substring(0, 8);
		directory.createSchool(school, "Schedules School");
	}

	@Test
	void everyKindOfReview_isADeployedModelWhoseContractTakesTheReviewsDate() {
		assertThat(rhythms).extracting(ReviewRhythm::reviewKey).contains(SERVICE_REVIEW, "catalogue-review", "asset-audit");
		for (ReviewRhythm rhythm : rhythms) {
			assertThat(contracts).as(rhythm.reviewKey()).anyMatch(c -> c.processKey().equals(rhythm.reviewKey())
					&& c.variableNames().contains(ReviewScheduleProcess.REVIEW_DUE.name()));
			assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(rhythm.reviewKey()).count())
				.isPositive();
			assertThat(rhythm.following(school, today)).isAfter(today);
		}
	}

	@Test
	void datesInThePast_orUnknownReviews_areRefusedNamingWhy_andStoppingEndsTheSchedule() {
		assertThatThrownBy(() -> schedules.start(school, SERVICE_REVIEW, today.minusDays(1), "admin"))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has passed");
		Api.Response unknown = Api.as(port, "admin").post("/api/schools/" + school + "/review-schedules",
				Map.of("reviewKey", "coffee-review", "nextDue", today.plusDays(3).toString()));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().path("detail").asText()).contains("service-review", "catalogue-review");

		ReviewSchedule started = schedules.start(school, SERVICE_REVIEW, today.plusDays(30), "admin");
		assertThat(runtime.createProcessInstanceQuery().processInstanceId(started.getProcessInstanceId()).singleResult()
			.getTenantId()).isEqualTo(school);
		assertThatThrownBy(() -> schedules.move(school, SERVICE_REVIEW, today.minusDays(2)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(schedules.move(school, SERVICE_REVIEW, today.plusDays(20)).getNextDue()).isEqualTo(today.plusDays(20));

		assertThat(Api.as(port, "admin").delete("/api/schools/" + school + "/review-schedules/" + SERVICE_REVIEW).status())
			.isEqualTo(204);
		assertThat(schedules.schedules(school)).isEmpty();
		assertThat(runtime.createProcessInstanceQuery().processInstanceId(started.getProcessInstanceId()).count()).isZero();
		// stopped, it may be started again
		assertThat(schedules.start(school, SERVICE_REVIEW, today.plusDays(30), "admin").getNextDue())
			.isEqualTo(today.plusDays(30));
		schedules.stop(school, SERVICE_REVIEW, "test over");
	}
}

package org.fitsflow.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.fitsflow.FitsFlowApplication;
import org.fitsflow.servicelevel.CatalogueReviewProcess;
import org.fitsflow.servicelevel.ServiceReviewProcess;
import org.fitsflow.testsupport.Jobs;
import org.fitsflow.testsupport.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Never twice, never skipped", on one database across a restart: two schools with different dates each get their own
 * review in their own tenant when their date comes; a second start of a schedule (one after the other, or two at the
 * same moment as two nodes would) is refused; the service stopped and started again, and changed models deployed as
 * from Camunda Modeler, start nothing again; a review still open when the next falls due is reported to the ICT owner,
 * not doubled. Subclasses say which database.
 */
abstract class ReviewScheduleRestartChecks {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");
	private static final String HILLSIDE = "hillside";

	abstract Map<String, Object> database();

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void twoSchools_eachGetsItsOwnReviewOnItsOwnDate_andARestartOrARedeploymentStartsNothingTwice() throws Exception {
		LocalDate today = LocalDate.now(LONDON);
		LocalDate riversideMeeting = today.plusDays(10);
		LocalDate hillsideMeeting = today.plusDays(20);
		try (ConfigurableApplicationContext first = start()) {
			SchoolDirectory directory = first.getBean(SchoolDirectory.class);
			directory.createSchool(HILLSIDE, "Hillside Primary School");
			person(directory, "hill-owner", true, FitsFunction.ICT_OWNER);
			person(directory, "hill-office", false, FitsFunction.SINGLE_POINT_OF_CONTACT);
			person(directory, "hill-tech", false, FitsFunction.MAINTENANCE);

			ReviewSchedules schedules = first.getBean(ReviewSchedules.class);
			schedules.start("riverside", ServiceReviewProcess.KEY, riversideMeeting, "headteacher");
			schedules.start(HILLSIDE, ServiceReviewProcess.KEY, hillsideMeeting, "hill-owner");
			assertThatThrownBy(() -> schedules.start("riverside", ServiceReviewProcess.KEY, today.plusDays(11), "headteacher"))
				.isInstanceOf(ReviewAlreadyScheduled.class);
			// Two requests at the same moment, as two nodes would make them: one schedule, one refusal.
			assertThat(startTwiceAtOnce(schedules, HILLSIDE, CatalogueReviewProcess.KEY, today.plusDays(40)))
				.containsExactlyInAnyOrder("started", "refused");
			assertThat(scheduleInstances(first)).isEqualTo(3);

			// Riverside's review starts a week before its meeting; Hillside's date is still ten days off.
			moveTo(riversideMeeting.minusDays(7), 60);
			Jobs.executeAll(first.getBean(ManagementService.class));
			assertThat(reviews(first, "riverside")).isEqualTo(1);
			assertThat(reviews(first, HILLSIDE)).isZero();
		}

		try (ConfigurableApplicationContext second = start()) {
			ManagementService management = second.getBean(ManagementService.class);
			assertThat(scheduleInstances(second)).as("the schedules survive the restart, once each").isEqualTo(3);
			Jobs.executeAll(management);
			assertThat(reviews(second, "riverside")).as("nothing started again after the restart").isEqualTo(1);
			assertThatThrownBy(() -> second.getBean(ReviewSchedules.class).start("riverside", ServiceReviewProcess.KEY,
					today.plusDays(12), "headteacher")).isInstanceOf(ReviewAlreadyScheduled.class);

			// A process owner deploys changed models from Camunda Modeler: new versions, nothing started or skipped.
			RepositoryService repository = second.getBean(RepositoryService.class);
			repository.createDeployment().name("from Camunda Modeler")
				.addString("bpmn/service-review.bpmn", changed("bpmn/service-review.bpmn"))
				.addString("bpmn/review-schedule.bpmn", changed("bpmn/review-schedule.bpmn"))
				.addInputStream("forms/service-review-disk-space.form", resource("forms/service-review-disk-space.form"))
				.addInputStream("forms/service-review-feedback.form", resource("forms/service-review-feedback.form"))
				.addInputStream("forms/service-review-prepare-report.form", resource("forms/service-review-prepare-report.form"))
				.addInputStream("forms/service-review-review-report.form", resource("forms/service-review-review-report.form"))
				.addInputStream("forms/service-review-meeting.form", resource("forms/service-review-meeting.form"))
				.deploy();
			Jobs.executeAll(management);
			assertThat(reviews(second, "riverside")).isEqualTo(1);
			assertThat(reviews(second, HILLSIDE)).isZero();

			// Hillside's date comes: its own review, in its own tenant, on the model deployed now.
			moveTo(hillsideMeeting.minusDays(7), 60);
			Jobs.executeAll(management);
			assertThat(reviews(second, HILLSIDE)).isEqualTo(1);
			assertThat(reviews(second, "riverside")).isEqualTo(1);
			RuntimeService runtime = second.getBean(RuntimeService.class);
			var hillsideReview = runtime.createProcessInstanceQuery().processDefinitionKey(ServiceReviewProcess.KEY)
				.tenantIdIn(HILLSIDE).singleResult();
			assertThat(repository.getProcessDefinition(hillsideReview.getProcessDefinitionId()).getVersion()).isEqualTo(2);

			// Riverside's next review falls due while its review is still open: the ICT owner is told, nothing doubles.
			LocalDate riversideNext = second.getBean(ReviewSchedules.class).schedule("riverside", ServiceReviewProcess.KEY)
				.getNextDue();
			moveTo(riversideNext.minusDays(7), 60);
			Jobs.executeAll(management);
			assertThat(reviews(second, "riverside")).isEqualTo(1);
			assertThat(second.getBean(JdbcTemplate.class).queryForObject("select count(*) from mail_message"
					+ " where school_id = 'riverside' and subject like 'The monthly service review due on % is still open'",
					Integer.class)).isEqualTo(1);
		}
	}

	private static void person(SchoolDirectory directory, String userId, boolean leadership, FitsFunction function) {
		directory.addPerson(HILLSIDE, new PersonDetails(userId, userId, userId + "@hillside.example.org",
				Employment.SCHOOL_STAFF, null, leadership, "password-" + userId));
		directory.assign(HILLSIDE, userId, function);
	}

	private static List<String> startTwiceAtOnce(ReviewSchedules schedules, String school, String key, LocalDate due)
			throws Exception {
		Callable<String> attempt = () -> {
			try {
				schedules.start(school, key, due, "hill-owner");
				return "started";
			}
			catch (ReviewAlreadyScheduled refused) {
				return "refused";
			}
		};
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			List<Future<String>> results = nodes.invokeAll(List.of(attempt, attempt));
			List<String> outcomes = new ArrayList<>();
			for (Future<String> result : results) {
				outcomes.add(result.get());
			}
			return outcomes;
		}
		finally {
			nodes.shutdown();
		}
	}

	private static long scheduleInstances(ConfigurableApplicationContext context) {
		return context.getBean(RuntimeService.class).createProcessInstanceQuery()
			.processDefinitionKey(org.fitsflow.school.ReviewScheduleProcess.KEY).count();
	}

	private static long reviews(ConfigurableApplicationContext context, String school) {
		return context.getBean(RuntimeService.class).createProcessInstanceQuery()
			.processDefinitionKey(ServiceReviewProcess.KEY).tenantIdIn(school).count();
	}

	private static void moveTo(LocalDate day, int secondsAfterItStarts) {
		ClockUtil.setCurrentTime(Date.from(day.atStartOfDay(LONDON).toInstant().plusSeconds(secondsAfterItStarts)));
	}

	/** The model as a process owner might change it in Modeler: the same flow, another name. */
	private static String changed(String path) throws IOException {
		try (InputStream in = resource(path)) {
			String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return xml.replaceFirst("isExecutable=\"true\"", "isExecutable=\"true\" camunda:versionTag=\"edited in Modeler\"");
		}
	}

	private static InputStream resource(String path) {
		return ReviewScheduleRestartChecks.class.getClassLoader().getResourceAsStream(path);
	}

	private ConfigurableApplicationContext start() {
		Map<String, Object> properties = new HashMap<>(database());
		properties.put("server.port", 0);
		properties.put("spring.mail.host", "127.0.0.1");
		properties.put("spring.mail.port", TestMail.port());
		String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(FitsFlowApplication.class).profiles("test").run(arguments);
	}
}

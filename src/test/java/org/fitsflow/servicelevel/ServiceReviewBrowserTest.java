package org.fitsflow.servicelevel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.fitsflow.school.ReviewSchedule;
import org.fitsflow.school.ReviewSchedules;
import org.fitsflow.system.process.ProcessVariables;
import org.fitsflow.testsupport.Browser;
import org.fitsflow.testsupport.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The ICT owner opens the monthly review's task in the real Tasklist and sees the service report's figures, beside
 * the earlier months, in the task's Camunda Form.
 */
@BrowserTest
class ServiceReviewBrowserTest {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");
	private static final String SCHOOL = "riverside";

	@LocalServerPort
	int port;

	@Autowired
	ReviewSchedules schedules;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	IdentityService identity;

	@AfterEach
	void stopTheSchedule() {
		ClockUtil.reset();
		schedules.stop(SCHOOL, ServiceReviewProcess.KEY, "browser test over");
	}

	@Test
	void ictOwnerOpensTheReviewTask_andSeesTheFiguresOfTheMonth() {
		LocalDate meeting = LocalDate.now(LONDON).plusDays(10);
		ReviewSchedule schedule = schedules.start(SCHOOL, ServiceReviewProcess.KEY, meeting, "headteacher");
		ClockUtil.setCurrentTime(Date.from(meeting.minusDays(7).atStartOfDay(LONDON).toInstant().plusSeconds(60)));
		runJobs(schedule.getProcessInstanceId());
		ProcessInstance review = runtime.createProcessInstanceQuery()
			.superProcessInstanceId(schedule.getProcessInstanceId()).singleResult();
		complete("technician", review, ServiceReviewProcess.TASK_MEASURE_DISK_SPACE, ProcessVariables
			.with(ServiceReviewProcess.DISK_USED_GB, new BigDecimal("412.5"))
			.and(ServiceReviewProcess.DISK_AVAILABLE_GB, new BigDecimal("587.5")));
		complete("teacher", review, ServiceReviewProcess.TASK_GIVE_FEEDBACK, ProcessVariables
			.with(ServiceReviewProcess.RATING, FeedbackRating.WELL));
		ClockUtil.setCurrentTime(Date.from(meeting.minusDays(2).atStartOfDay(LONDON).toInstant().plusSeconds(60)));
		runJobs(schedule.getProcessInstanceId(), review.getId());
		complete("administrator", review, ServiceReviewProcess.TASK_PREPARE_REPORT, ProcessVariables
			.with(ServiceReviewProcess.REPORT_NOTES, "A quiet month for the office"));
		runJobs(review.getId());
		ClockUtil.reset();
		Task reviewTask = tasks.createTaskQuery().processInstanceId(review.getId())
			.taskDefinitionKey(ServiceReviewProcess.TASK_REVIEW_REPORT).singleResult();
		assertThat(reviewTask).as("the ICT owner's review task").isNotNull();

		try (Browser owner = Browser.open(port)) {
			owner.logInToTasklist("headteacher", "demo");
			owner.openTaskById(reviewTask.getId());
			owner.waitForText("Review the service report");
			owner.waitForText("Server disk space used (GB)");
			owner.screenshot("service-review-report");
			List<String> rows = owner.driver().findElements(By.cssSelector(".fjs-form table tbody tr")).stream()
				.map(row -> row.getText().replaceAll("\\s+", " ").trim()).toList();
			assertThat(rows).hasSize(ServiceReport.FigureKey.values().length);
			assertThat(rows).anyMatch(row -> row.startsWith("Incidents logged"));
			assertThat(rows).anyMatch(row -> row.startsWith("Server disk space used (GB) 412.5"));
			assertThat(rows).anyMatch(row -> row.startsWith("Server disk space available at the month's end (GB) 587.5"));
			assertThat(owner.driver().findElement(By.tagName("body")).getText())
				.contains("A quiet month for the office", "Feedback: 1 of");
		}
	}

	private void complete(String userId, ProcessInstance review, String element, Map<String, Object> variables) {
		var query = tasks.createTaskQuery().processInstanceId(review.getId()).taskDefinitionKey(element);
		if (element.equals(ServiceReviewProcess.TASK_GIVE_FEEDBACK)) {
			query.taskAssignee(userId);
		}
		Task task = query.singleResult();
		// as the person would through Tasklist: with their groups (functions) and their school (tenant)
		identity.setAuthentication(userId, identity.createGroupQuery().groupMember(userId).list().stream()
			.map(org.camunda.bpm.engine.identity.Group::getId).toList(), List.of(SCHOOL));
		try {
			tasks.complete(task.getId(), variables);
		}
		finally {
			identity.clearAuthentication();
		}
	}

	/** Runs the due jobs of these instances only (the shared context has other tests' timers). */
	private void runJobs(String... instances) {
		Set<String> ids = new HashSet<>(List.of(instances));
		for (int round = 0; round < 50; round++) {
			// one at a time: a job may end others (an interrupting timer ends its activity's jobs)
			Job due = ids.stream().flatMap(id -> management.createJobQuery().processInstanceId(id).executable()
				.list().stream()).findFirst().orElse(null);
			if (due == null) {
				return;
			}
			management.executeJob(due.getId());
		}
	}
}

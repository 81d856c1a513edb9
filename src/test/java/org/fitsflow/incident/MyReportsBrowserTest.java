package org.fitsflow.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.fitsflow.mail.MailDispatcher;
import org.fitsflow.testsupport.Browser;
import org.fitsflow.testsupport.BrowserTest;
import org.fitsflow.testsupport.DemoIncidents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A teacher reads where their report stands on My reports and confirms the fix there, or answers first-level
 * support's question there, on a desktop and on a phone.
 */
@BrowserTest
class MyReportsBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtimeService;
	@Autowired
	MailDispatcher mailDispatcher;

	private DemoIncidents.Reported incident;

	@AfterEach
	void endIt() {
		if (incident != null) {
			runtimeService.deleteProcessInstanceIfExists(incident.processInstanceId(), "test over", true, true, false, false);
		}
		while (mailDispatcher.sendDue() > 0) {
			// next batch
		}
	}

	@Test
	void teacher_logsIn_seesTheResolvedReport_confirmsTheFix_accessibleAndOnAPhone() {
		incident = new DemoIncidents(port).resolved("teacher", "Printer jams on A3 " + UUID.randomUUID());
		try (Browser teacher = Browser.open(port)) {
			teacher.go("/pages/my-reports");
			teacher.waitForText("Use the user name and password you use for Tasklist");
			assertThat(teacher.seriousAccessibilityViolations()).as("the login page").isEmpty();
			teacher.logInToPages("/pages/my-reports", "teacher", "demo");
			teacher.waitForText(incident.reference());
			String row = teacher.driver().findElement(By.id("report-" + incident.reference())).getText();
			assertThat(row).contains("Resolved: is it fixed?", "Rollers replaced", "Printing", "met");
			assertThat(teacher.seriousAccessibilityViolations()).as("My reports").isEmpty();
			teacher.screenshot("my-reports-desktop");

			// One login: Tasklist opens without asking, and its header leads back to My reports.
			teacher.driver().findElement(By.linkText("Tasklist")).click();
			teacher.waitForText("My tasks");
			teacher.waiting().until(d -> !d.findElements(By.cssSelector("a.fits-my-reports")).isEmpty());
			teacher.screenshot("tasklist-link-to-my-reports");
			teacher.driver().findElement(By.cssSelector("a.fits-my-reports")).click();
			teacher.waitForText(incident.reference());

			assertThat(teacher.fitsAPhone()).as("My reports at a phone's width").isTrue();
			assertThat(teacher.driver().findElement(By.id("confirm-" + incident.reference())).isDisplayed()).isTrue();
			teacher.screenshot("my-reports-phone");
			teacher.driver().findElement(By.id("confirm-" + incident.reference())).click();
			teacher.waitForText("you have confirmed that " + incident.reference() + " is fixed");
			assertThat(teacher.driver().findElement(By.id("report-" + incident.reference())).getText())
				.contains("Nothing needed from you");
			assertThat(teacher.seriousAccessibilityViolations()).as("My reports after the answer, on a phone").isEmpty();
		}
	}

	@Test
	void teacher_answersFirstLevelSupportsQuestionOnThePage_onAPhone_accessible() {
		incident = new DemoIncidents(port).waitingOnReporter("teacher", "Screen flickers " + UUID.randomUUID(),
				"Which room is the screen in?");
		try (Browser teacher = Browser.open(port)) {
			teacher.logInToPages("/pages/my-reports", "teacher", "demo");
			teacher.waitForText(incident.reference());
			assertThat(teacher.fitsAPhone()).as("My reports with a question, at a phone's width").isTrue();
			assertThat(teacher.driver().findElement(By.id("report-" + incident.reference())).getText())
				.contains("Waiting for your answer", "Which room is the screen in?");
			assertThat(teacher.seriousAccessibilityViolations()).as("My reports with a question").isEmpty();
			teacher.driver().findElement(By.id("answer-" + incident.reference())).sendKeys("Room 12, by the window");
			teacher.screenshot("my-reports-answer-phone");
			teacher.driver().findElement(By.id("send-answer-" + incident.reference())).click();
			teacher.waitForText("your answer on " + incident.reference() + " has gone to first-level support");
			assertThat(teacher.driver().findElement(By.id("report-" + incident.reference())).getText())
				.contains("First-level support is on it", "Nothing needed from you");
			assertThat(teacher.driver().findElements(By.id("answer-" + incident.reference()))).isEmpty();
			assertThat(teacher.seriousAccessibilityViolations()).as("My reports after the answer").isEmpty();
		}
		assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(incident.processInstanceId())
			.variableName(IncidentManagementProcess.REPORTER_ANSWER.name()).singleResult().getValue())
			.isEqualTo("Room 12, by the window");
	}
}

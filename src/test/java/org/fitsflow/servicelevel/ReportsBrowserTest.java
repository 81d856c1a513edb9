package org.fitsflow.servicelevel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.fitsflow.mail.MailDispatcher;
import org.fitsflow.testsupport.Browser;
import org.fitsflow.testsupport.BrowserTest;
import org.fitsflow.testsupport.DemoIncidents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The ICT owner reads the Reports pages in real Chromium: the monthly reports, one report's charts with their
 * tables, the incident list filtered and its downloads, the change list; each page accessible (axe-core) and fitting
 * a phone. A teacher of the school is refused another school's reports.
 */
@BrowserTest
class ReportsBrowserTest {

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
	void ictOwner_readsTheReportsChartsAndLists_filtersAndExports_accessibleAndOnAPhone() {
		incident = new DemoIncidents(port).report("teacher", "Projector bulb gone " + UUID.randomUUID());
		String month = YearMonth.now().toString();
		try (Browser owner = Browser.open(port)) {
			owner.logInToPages("/pages/my-reports", "headteacher", "demo");
			owner.driver().findElement(By.linkText("Reports")).click();
			owner.waitForText("Monthly service reports");
			assertThat(owner.seriousAccessibilityViolations()).as("the list of monthly reports").isEmpty();

			owner.driver().findElement(By.id("report-" + month)).click();
			owner.waitForText("Incidents by month");
			assertThat(owner.driver().findElements(By.cssSelector("figure.chart svg[role=img]"))).hasSize(5);
			assertThat(owner.driver().findElements(By.tagName("script"))).as("no scripts").isEmpty();
			// Each chart's figures as a table, one keypress away.
			owner.driver().findElement(By.cssSelector("#chart-incidents summary")).click();
			assertThat(owner.driver().findElement(By.cssSelector("#chart-incidents table")).getText()).contains("Logged");
			assertThat(owner.seriousAccessibilityViolations()).as("a monthly report with its charts").isEmpty();
			owner.screenshot("reports-month-desktop");
			assertThat(owner.fitsAPhone()).as("a monthly report at a phone's width").isTrue();
			owner.screenshot("reports-month-phone");

			owner.driver().findElement(By.linkText("Incidents")).click();
			owner.waitForText(incident.reference());
			new Select(owner.driver().findElement(By.id("status"))).selectByVisibleText("Logged, being categorised");
			new Select(owner.driver().findElement(By.id("kind"))).selectByVisibleText("Fault");
			owner.driver().findElement(By.id("apply")).click();
			owner.waitForText(incident.reference());
			assertThat(owner.driver().getCurrentUrl()).contains("status=logged", "kind=fault");
			assertThat(owner.driver().findElement(By.id("export-csv")).getAttribute("href"))
				.contains("/incidents.csv?", "status=logged", "kind=fault");
			assertThat(owner.driver().findElement(By.id("export-xlsx")).getAttribute("href")).contains("/incidents.xlsx?");
			assertThat(owner.seriousAccessibilityViolations()).as("the incident list, filtered, on a phone").isEmpty();
			owner.screenshot("reports-incidents-phone");

			// A date that is not one: said beside the field, nothing listed.
			owner.go("/pages/schools/riverside/reports/incidents?from=last-week");
			owner.waitForText("A date such as 2026-11-23");
			assertThat(owner.driver().findElement(By.id("from")).getAttribute("aria-describedby")).isEqualTo("from-error");
			assertThat(owner.driver().findElements(By.id("incident-" + incident.reference()))).isEmpty();
			assertThat(owner.seriousAccessibilityViolations()).as("the incident list with a wrong filter").isEmpty();

			owner.go("/pages/schools/riverside/reports/changes");
			owner.waitForText("requests for change");
			assertThat(owner.fitsAPhone()).as("the change list at a phone's width").isTrue();
			assertThat(owner.seriousAccessibilityViolations()).as("the change list").isEmpty();
		}
		try (Browser teacher = Browser.open(port)) {
			teacher.logInToPages("/pages/my-reports", "teacher", "demo");
			teacher.go("/pages/schools/hillside/reports");
			teacher.waitForText("Not for you");
			assertThat(teacher.seriousAccessibilityViolations()).as("the refusal").isEmpty();
		}
	}
}

package org.fitsflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fitsflow.system.process.ProcessVariables.with;

import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.fitsflow.incident.Impact;
import org.fitsflow.incident.IncidentManagementProcess;
import org.fitsflow.incident.ReportKind;
import org.fitsflow.incident.Urgency;
import org.fitsflow.school.SchoolDirectory;
import org.fitsflow.testsupport.Api;
import org.fitsflow.testsupport.Browser;
import org.fitsflow.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a member of staff sees in the real Tasklist. */
@BrowserTest
class TasklistBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	SchoolDirectory directory;
	@Autowired
	RuntimeService runtimeService;
	@Autowired
	AsSystem asSystem;

	@Test
	void singlePointOfContact_logsIn_seesOwnFilterButNotOtherFunctions() {
		try (Browser browser = Browser.open(port)) {
			browser.logInToTasklist("administrator", "demo");
			browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
					"Single point of contact"));
			browser.screenshot("tasklist-single-point-of-contact");
			String all = browser.driver().findElement(By.cssSelector(".task-filters, [cam-tasklist-filters], .filters"))
				.getText();
			assertThat(all).contains("Single point of contact", "My tasks", "Overdue");
			assertThat(all).doesNotContain("First-level support", "ICT owner", "Provision");
		}
	}

	@Test
	void teacher_seesTheSchoolAndFitsFlow_notCamundasEndOfLifeBannerOrLogo() {
		// One school: its name with FITS Flow's; several (another test may have added one): FITS Flow's.
		String brand = directory.schools().size() == 1 ? "Riverside Primary School · FITS Flow" : "ICT support · FITS Flow";
		try (Browser browser = Browser.open(port)) {
			browser.go("/camunda/app/tasklist/default/");
			browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector(".login-header .app-name"), "FITS Flow"));
			assertThat(browser.driver().findElement(By.cssSelector(".login-header .login-logo")).isDisplayed()).isFalse();
			browser.screenshot("tasklist-login-branded");

			browser.logInToTasklist("teacher", "demo");
			browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector("[cam-widget-header] .brand-name"), brand));
			browser.screenshot("tasklist-branded");
			assertThat(browser.driver().getTitle()).isEqualTo(brand);
			assertThat(browser.driver().findElement(By.cssSelector("[cam-widget-header] .brand-logo")).isDisplayed())
				.as("Camunda's logo").isFalse();
			// The banner is still in Camunda's markup (no switch turns it off); our stylesheet hides it.
			assertThat(browser.driver().findElements(By.cssSelector(".ce-eol-banner"))).allSatisfy(
					banner -> assertThat(banner.isDisplayed()).as("the end-of-life banner").isFalse());
			String visible = browser.driver().findElement(By.tagName("body")).getText();
			assertThat(visible).doesNotContain("Camunda 8", "Camunda Tasklist").contains(brand);
			// Nothing lies hidden under the header where the banner was.
			Object gap = ((JavascriptExecutor) browser.driver()).executeScript(
					"return document.querySelector('.page-wrap').getBoundingClientRect().top"
							+ " - document.querySelector('[cam-widget-header]').getBoundingClientRect().bottom;");
			assertThat(((Number) gap).doubleValue()).as("space between header and page").isBetween(-1.0, 1.0);

			// The server's own address leads to Camunda's welcome page: the same name there, and no banner.
			browser.go("/");
			browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector("[cam-widget-header] .brand-name"), brand));
			assertThat(browser.driver().getCurrentUrl()).contains("/app/welcome/");
			assertThat(browser.driver().findElement(By.tagName("body")).getText()).doesNotContain("Camunda 8");
		}
	}

	@Test
	void singlePointOfContact_seesTheReferenceServiceAndReporter_inTheFunctionsList() {
		String description = "Visualiser shows nothing " + UUID.randomUUID().toString().substring(0, 6);
		Api.Response started = Api.as(port, "teacher").post("/engine-rest/process-definition/key/"
				+ IncidentManagementProcess.KEY + "/submit-form", Api.variables(
						with(IncidentManagementProcess.DESCRIPTION, description)
							.and(IncidentManagementProcess.SERVICE, "Visualisers " + description.substring(25))
							.and(IncidentManagementProcess.LOCATION, "Room 7")
							.and(IncidentManagementProcess.IMPACT, Impact.ONE_USER)
							.and(IncidentManagementProcess.URGENCY, Urgency.WORK_CONTINUES)
							.and(IncidentManagementProcess.KIND, ReportKind.FAULT)));
		assertThat(started.status()).as(started.toString()).isEqualTo(200);
		String instance = started.json().path("id").asText();
		String reference = asSystem.call(() -> (String) runtimeService.getVariable(instance,
				IncidentManagementProcess.INCIDENT_REFERENCE.name()));
		try (Browser browser = Browser.open(port)) {
			// The single point of contact in the demo is "administrator", who is no Camunda administrator.
			browser.logInToTasklist("administrator", "demo");
			browser.chooseFilter("Single point of contact");
			By row = By.xpath("//*[contains(@class,'tasks-list')]//li[.//*[contains(normalize-space(.), '"
					+ reference + "')]]");
			browser.waiting().until(ExpectedConditions.presenceOfElementLocated(row));
			browser.screenshot("tasklist-function-list-columns");
			assertThat(browser.driver().findElement(row).getText()).as("shown before 'show more'")
				.contains(reference, "Visualisers " + description.substring(25));
			assertThat(browser.driver().findElement(row).getDomProperty("textContent")).contains("Rita Reed");
		}
		finally {
			asSystem.run(() -> runtimeService.deleteProcessInstance(instance, "test over"));
		}
	}

	@Test
	void teacher_startList_namesWhatStaffDo() {
		try (Browser browser = Browser.open(port)) {
			browser.logInToTasklist("teacher", "demo");
			assertThat(browser.startableProcessNames()).containsExactly("Report a fault or ask for something");
			browser.screenshot("tasklist-start-list-teacher");
		}
		try (Browser browser = Browser.open(port)) {
			browser.logInToTasklist("technician", "demo");
			assertThat(browser.startableProcessNames()).containsExactlyInAnyOrder("Report a fault or ask for something",
					"Raise a problem (the cause behind incidents)", "Request a change");
		}
	}
}

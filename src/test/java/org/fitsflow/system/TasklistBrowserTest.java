package org.fitsflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.fitsflow.testsupport.Browser;
import org.fitsflow.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a member of staff sees in the real Tasklist. */
@BrowserTest
class TasklistBrowserTest {

	@LocalServerPort
	int port;

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
}

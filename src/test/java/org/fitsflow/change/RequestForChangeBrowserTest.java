package org.fitsflow.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.TaskService;
import org.fitsflow.mail.MailDispatcher;
import org.fitsflow.system.AsSystem;
import org.fitsflow.testsupport.Browser;
import org.fitsflow.testsupport.BrowserTest;
import org.fitsflow.testsupport.TestMail;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser: the technician raises a request for change in Tasklist and completes step 1 in its form; the ICT
 * owner approves it from the e-mail, on the confirmation page.
 */
@BrowserTest
class RequestForChangeBrowserTest {

	private static final Pattern APPROVE = Pattern.compile("href=\"[^\"]*(/approvals\\?token=[^\"]+)\"[^>]*id=\"approve-link\"");

	@LocalServerPort
	int port;

	@Autowired
	MailDispatcher dispatcher;

	@Autowired
	TaskService taskService;

	@Autowired
	org.camunda.bpm.engine.RuntimeService runtimeService;

	@Autowired
	AsSystem asSystem;

	@Autowired
	RequestForChangeRepository requests;

	@Test
	void raisedInTasklist_ictOwnerConfirmsTheEmailedLink_requestIsApproved() throws Exception {
		try (Browser browser = Browser.open(port)) {
			String[] raised = raiseInTasklist(browser, "Replace the office printer");
			String reference = raised[1];
			String link = approveLink(reference);
			browser.driver().manage().deleteAllCookies();
			browser.go(link);
			browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm")));
			String page = browser.driver().findElement(By.tagName("body")).getText();
			assertThat(page).contains("Request for change " + reference, "Replace the office printer",
					"Please confirm that you approve " + reference);
			// Only the confirmation decides: the task is still open after the page has been opened.
			assertThat(openApprovalTasks(raised[0])).isEqualTo(1);
			browser.screenshot("approval-confirmation");

			browser.driver().findElement(By.id("comment")).sendKeys("Yes, the old one is beyond repair");
			browser.driver().findElement(By.id("confirm")).click();
			browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "Thank you"));
			assertThat(browser.driver().findElement(By.id("message")).getText()).contains(reference + " is approved");
			assertThat(browser.driver().findElements(By.id("confirm"))).isEmpty();
			browser.screenshot("approval-done");

			// The link works once: opened again, it says so and offers nothing to confirm.
			browser.go(link);
			browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "already been used"));
			assertThat(browser.driver().findElements(By.id("confirm"))).isEmpty();
			checkRecord(raised);
		}
	}

	private void checkRecord(String[] raised) {
		String reference = raised[1];
		RequestForChange record = requests.findBySchoolIdAndReference("riverside", reference).orElseThrow();
		assertThat(record.getApprovalToProceed().getDecision()).isEqualTo(Decision.APPROVE);
		assertThat(record.getApprovalToProceed().getComment()).isEqualTo("Yes, the old one is beyond repair");
		assertThat(record.getApprovalToProceed().getDecidedBy()).isEqualTo("headteacher");
		assertThat(openApprovalTasks(raised[0])).isZero();
	}

	/** The technician raises the request in Tasklist: starts it, then completes step 1 in its Camunda Form. */
	private String[] raiseInTasklist(Browser browser, String description) {
		// Other tests of the shared service may leave requests waiting for the technician (a risk assessment's, say),
		// and instance ids are not in order of start: the request raised here is the one that was not there before.
		java.util.Set<String> before = asSystem.call(() -> runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(RequestForChangeProcess.KEY).list().stream().map(p -> p.getId())
			.collect(java.util.stream.Collectors.toSet()));
		browser.logInToTasklist("technician", "demo");
		browser.driver().findElement(By.linkText("Start process")).click();
		browser.waiting().until(ExpectedConditions.elementToBeClickable(By.linkText("Request a change"))).click();
		browser.waiting().until(ExpectedConditions.elementToBeClickable(
				By.xpath("//div[contains(@class,'modal')]//button[normalize-space()='Start']"))).click();
		browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));
		String instance = asSystem.call(() -> runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(RequestForChangeProcess.KEY).list().stream()
			.filter(p -> !before.contains(p.getId()))
			.filter(p -> taskService.createTaskQuery().processInstanceId(p.getId())
				.taskDefinitionKey(RequestForChangeProcess.TASK_COMPLETE_STEP_1).list().stream()
				.anyMatch(t -> taskService.getIdentityLinksForTask(t.getId()).stream()
					.anyMatch(l -> "technician".equals(l.getUserId()))))
			.findFirst().orElseThrow().getId());
		String taskId = asSystem.call(() -> taskService.createTaskQuery().processInstanceId(instance).singleResult().getId());
		// Offered to the originator (a candidate, not an assignee): they claim it, as any task of theirs.
		browser.openTaskById(taskId);
		browser.press("Claim");
		browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(field(RequestForChangeProcess.UNIQUE_IDENTIFIERS)));
		browser.choose("You raise this request as", "Second-level support: to resolve a problem");
		browser.driver().findElement(field(RequestForChangeProcess.UNIQUE_IDENTIFIERS)).sendKeys("OFFICE-PRN-01");
		browser.driver().findElement(field(RequestForChangeProcess.ITEM_NAMES)).sendKeys("Office printer");
		browser.driver().findElement(field(RequestForChangeProcess.BRIEF_DESCRIPTION)).sendKeys(description);
		browser.driver().findElement(field(RequestForChangeProcess.REASON)).sendKeys("Jams daily; parts no longer made",
				org.openqa.selenium.Keys.TAB);
		// form-js keeps typed text after a short debounce; leaving the field commits it, as a person's next click does.
		browser.waiting().until(d -> !d.findElements(field(RequestForChangeProcess.REASON)).isEmpty()
				&& d.findElements(By.cssSelector(".fjs-form-field-error, .fjs-has-errors")).isEmpty());
		browser.screenshot("step-1-filled");
		// Tasklist's notice ("You are assigned to ... Complete step 1") may cover the button: click it by script.
		// Wait until the form has validated and enabled the button (a click on a disabled button does nothing).
		var complete = browser.waiting().until(ExpectedConditions.elementToBeClickable(
				By.xpath("//button[normalize-space()='Complete']")));
		((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();", complete);
		try {
			browser.waiting().until(d -> asSystem.call(() -> taskService.createTaskQuery().processInstanceId(instance)
				.taskDefinitionKey(RequestForChangeProcess.TASK_APPROVE_PROCEEDING).count()) == 1);
		}
		catch (RuntimeException e) {
			browser.screenshot("step-1-not-completed");
			throw e;
		}
		String reference = (String) asSystem.call(() -> runtimeService.getVariable(instance,
				RequestForChangeProcess.CHANGE_REFERENCE.name()));
		return new String[] { instance, reference };
	}

	/** A form field as form-js renders it: its element id ends with the field's id, Field_ and the variable's name. */
	private static By field(org.fitsflow.system.process.ProcessVariable<?> variable) {
		return By.cssSelector("[id$='Field_" + variable + "']");
	}

	private String approveLink(String reference) throws Exception {
		dispatcher.sendDue();
		MimeMessage mail = Arrays.stream(TestMail.server().getReceivedMessages())
			.filter(m -> subject(m).contains("Approval to proceed: " + reference)).findFirst().orElseThrow();
		Matcher m = APPROVE.matcher((String) mail.getContent());
		assertThat(m.find()).isTrue();
		return m.group(1);
	}

	private long openApprovalTasks(String instance) {
		return asSystem.call(() -> taskService.createTaskQuery().processInstanceId(instance)
			.taskDefinitionKey(RequestForChangeProcess.TASK_APPROVE_PROCEEDING).count());
	}

	private static String subject(MimeMessage m) {
		try {
			return m.getSubject();
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}
}

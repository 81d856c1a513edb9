package org.fitsflow.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.TaskService;
import org.fitsflow.mail.MailDispatcher;
import org.fitsflow.system.AsSystem;
import org.fitsflow.testsupport.Api;
import org.fitsflow.testsupport.Browser;
import org.fitsflow.testsupport.BrowserTest;
import org.fitsflow.testsupport.TestMail;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The ICT owner approves a request for change from the e-mail, in a real browser, on the confirmation page. */
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
	AsSystem asSystem;

	@Autowired
	RequestForChangeRepository requests;

	@Test
	void ictOwner_opensTheEmailedLink_confirmsWithAComment_requestIsApproved() throws Exception {
		String[] raised = raiseAsTechnician("Replace the office printer");
		String reference = raised[1];
		String link = approveLink(reference);

		try (Browser browser = Browser.open(port)) {
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
		}
		RequestForChange record = requests.findBySchoolIdAndReference("riverside", reference).orElseThrow();
		assertThat(record.getProceedDecision()).isEqualTo("approve");
		assertThat(record.getProceedComment()).isEqualTo("Yes, the old one is beyond repair");
		assertThat(record.getProceedDecidedBy()).isEqualTo("headteacher");
		assertThat(openApprovalTasks(raised[0])).isZero();
	}

	private String[] raiseAsTechnician(String description) {
		Api technician = Api.as(port, "technician");
		var started = technician.post("/engine-rest/process-definition/key/request-for-change/start", Map.of());
		assertThat(started.status()).as(started.toString()).isEqualTo(200);
		String instance = started.json().get("id").asText();
		String taskId = asSystem.call(() -> taskService.createTaskQuery().processInstanceId(instance).singleResult().getId());
		Map<String, Object> variables = new HashMap<>();
		Map.of("uniqueIdentifiers", "OFFICE-PRN-01", "itemNames", "Office printer", "briefDescription", description,
				"reason", "Jams daily; parts no longer made").forEach((k, v) -> variables.put(k, Map.of("value", v)));
		var completed = technician.post("/engine-rest/task/" + taskId + "/complete", Map.of("variables", variables));
		assertThat(completed.status()).as(completed.toString()).isEqualTo(204);
		return new String[] { instance, started.json().get("businessKey").asText() };
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

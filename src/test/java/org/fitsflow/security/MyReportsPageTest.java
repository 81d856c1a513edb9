package org.fitsflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.fitsflow.testsupport.Api;
import org.fitsflow.testsupport.DemoIncidents;
import org.fitsflow.testsupport.ServiceTest;
import org.fitsflow.testsupport.TestMail;
import org.fitsflow.testsupport.WebappSession;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMailUtil;

/**
 * My reports, over HTTP as a browser sends it: Tasklist's login is the page's, a reporter sees and answers only their
 * own reports, and every other way in (no login, no form token, another reporter, another school) changes nothing.
 */
@ServiceTest
class MyReportsPageTest extends TwoSchools {

	private static final String PAGE = "/pages/my-reports";

	@Test
	void notLoggedIn_isSentToTheLoginForm_andAWrongPasswordIsRefused() {
		WebappSession visitor = WebappSession.anonymous(port);
		Api.Response page = visitor.page(PAGE);
		assertThat(page.status()).isEqualTo(302);
		assertThat(page.header("Location")).endsWith("/pages/login?next=%2Fpages%2Fmy-reports");
		assertThat(visitor.page("/pages/login?next=%2Fpages%2Fmy-reports").text()).contains("Log in");
		// (another user than the one logging in next: the engine delays a user's next login after a wrong password)
		Api.Response wrong = visitor.submit("/pages/login", Map.of("username", "hill-deputy", "password", "not-it",
				"next", PAGE));
		assertThat(wrong.status()).isEqualTo(401);
		assertThat(wrong.text()).contains("do not match");
		Api.Response right = visitor.submit("/pages/login", Map.of("username", "teacher", "password", "demo",
				"next", "//evil.example/steal"));
		assertThat(right.status()).isEqualTo(302);
		assertThat(right.header("Location")).as("only back to our own pages").endsWith(PAGE).doesNotContain("evil");
		// The same login is Tasklist's: its engine API answers this session.
		assertThat(visitor.engine("GET", "/task/count", null).status()).isEqualTo(200);
		assertThat(visitor.page(PAGE).status()).isEqualTo(200);
	}

	@Test
	void reporter_seesOwnReportsOnly_andConfirmsTheFix_noOneElseMay() {
		DemoIncidents demo = new DemoIncidents(port);
		DemoIncidents.Reported mine = demo.resolved("teacher", "Printer jams " + UUID.randomUUID());
		DemoIncidents.Reported theirs = demo.report("technician", "Scanner offline " + UUID.randomUUID());
		String confirm = PAGE + "/riverside/" + mine.reference() + "/confirm";

		// Every e-mail to the reporter leads to the page.
		while (mailDispatcher.sendDue() > 0) {
			// next batch
		}
		assertThat(TestMail.server().getReceivedMessages()).filteredOn(m -> subjectOf(m).equals("Resolved: " + mine.reference()))
			.singleElement().satisfies(m -> assertThat(GreenMailUtil.getBody(m).replace("=\r\n", "")).contains("/pages/my-reports"));

		// Logged in through Tasklist, not through the page
		WebappSession teacher = WebappSession.logIn(port, "teacher", "demo");
		String page = teacher.page(PAGE).text();
		assertThat(page).contains(mine.reference(), "Resolved: is it fixed?", "It is fixed", "Rollers replaced")
			.doesNotContain(theirs.reference());

		// A post without the page's token (another site's form) changes nothing.
		WebappSession forged = WebappSession.logIn(port, "teacher", "demo");
		assertThat(forged.submit(confirm, Map.of()).status()).isEqualTo(403);
		assertThat(forged.submit(confirm, Map.of("_csrf", "guessed")).status()).isEqualTo(403);

		// Someone else of the school, the technician, may not answer for the teacher.
		WebappSession technician = WebappSession.logIn(port, "technician", "demo");
		technician.page(PAGE);
		Api.Response notTheirs = technician.submit(confirm, Map.of());
		assertThat(notTheirs.status()).isEqualTo(403);
		assertThat(notTheirs.text()).contains("only your own reports");

		// Another school's teacher: not a member here, and our reference is not theirs.
		WebappSession hillside = WebappSession.logIn(port, "hill-teacher", PASSWORD);
		assertThat(hillside.page(PAGE).text()).doesNotContain(mine.reference());
		assertThat(hillside.submit(confirm, Map.of()).status()).isEqualTo(403);
		assertThat(hillside.submit(PAGE + "/hillside/" + mine.reference() + "/confirm", Map.of()).status()).isEqualTo(404);
		assertThat(incident(mine).path("status").asText()).as("still waiting for the reporter").isEqualTo("RESOLVED");

		// The reporter, with the page's form
		Api.Response answered = teacher.submit(confirm, Map.of());
		assertThat(answered.status()).isEqualTo(302);
		assertThat(teacher.page(PAGE).text()).contains("you have confirmed that " + mine.reference() + " is fixed");
		assertThat(incident(mine).path("resolutions").get(0).path("reporterAnswer").asText()).isEqualTo("confirmed");
		// Answered once: the page offers nothing more and a second post is refused, saying why.
		teacher.submit(PAGE + "/riverside/" + mine.reference() + "/reopen", Map.of());
		assertThat(teacher.page(PAGE).text()).contains("is not waiting for the reporter").contains("Nothing was changed");
		assertThat(incident(mine).path("resolutions").get(0).path("reporterAnswer").asText()).isEqualTo("confirmed");
	}

	@Test
	void reporter_answersTheQuestionOnThePage_once_andNoOneElseMay() {
		DemoIncidents demo = new DemoIncidents(port);
		DemoIncidents.Reported mine = demo.waitingOnReporter("teacher", "Screen flickers " + UUID.randomUUID(),
				"Which room is it in?");
		String answer = PAGE + "/riverside/" + mine.reference() + "/answer";

		WebappSession teacher = WebappSession.logIn(port, "teacher", "demo");
		assertThat(teacher.page(PAGE).text()).contains(mine.reference(), "Waiting for your answer", "Which room is it in?",
				"Send my answer");

		// No token, a guessed token: refused before anything is read.
		WebappSession forged = WebappSession.logIn(port, "teacher", "demo");
		assertThat(forged.submit(answer, Map.of("answer", "forged")).status()).isEqualTo(403);
		assertThat(forged.submit(answer, Map.of("_csrf", "guessed", "answer", "forged")).status()).isEqualTo(403);
		// Someone else of the school (first-level support itself) may not answer as the reporter on this page.
		WebappSession assistant = WebappSession.logIn(port, "assistant", "demo");
		assistant.page(PAGE);
		Api.Response notTheirs = assistant.submit(answer, Map.of("answer", "Room 9"));
		assertThat(notTheirs.status()).isEqualTo(403);
		assertThat(notTheirs.text()).contains("only your own reports");
		// Another school's teacher, with either school in the address.
		WebappSession hillside = WebappSession.logIn(port, "hill-teacher", PASSWORD);
		hillside.page(PAGE);
		assertThat(hillside.submit(answer, Map.of("answer", "Room 9")).status()).isEqualTo(403);
		assertThat(hillside.submit(PAGE + "/hillside/" + mine.reference() + "/answer", Map.of("answer", "Room 9"))
			.status()).isEqualTo(404);
		// An empty answer is refused, saying why.
		assertThat(teacher.submit(answer, Map.of("answer", "  ")).status()).isEqualTo(302);
		assertThat(teacher.page(PAGE).text()).contains("Please write your answer", "Nothing was changed");
		assertThat(incident(mine).path("status").asText()).as("still waiting on the reporter").isEqualTo("ON_HOLD");
		assertThat(awaitReporterTasks(mine)).isEqualTo(1);

		// The reporter answers: the same path as first-level support recording the e-mailed answer.
		assertThat(teacher.submit(answer, Map.of("answer", "Room 12, by the window")).status()).isEqualTo(302);
		assertThat(teacher.page(PAGE).text()).contains("your answer on " + mine.reference() + " has gone to first-level support")
			.contains("First-level support is on it").doesNotContain("Send my answer");
		assertThat(incident(mine).path("status").asText()).isEqualTo("IN_PROGRESS");
		assertThat(awaitReporterTasks(mine)).isZero();
		assertThat(admin().get("/engine-rest/process-instance/" + mine.processInstanceId() + "/variables/"
				+ org.fitsflow.incident.IncidentManagementProcess.REPORTER_ANSWER.name()).json().path("value").asText())
			.isEqualTo("Room 12, by the window");
		assertThat(admin().get("/engine-rest/task?processInstanceId=" + mine.processInstanceId()).json())
			.singleElement().satisfies(t -> assertThat(t.path("taskDefinitionKey").asText())
				.isEqualTo(org.fitsflow.incident.IncidentManagementProcess.TASK_RESTORE_SERVICE));

		// A second answer finds no open question: refused, and the first answer stands.
		teacher.submit(answer, Map.of("answer", "Actually room 3"));
		assertThat(teacher.page(PAGE).text()).contains("is not waiting for an answer from you", "Nothing was changed");
		assertThat(admin().get("/engine-rest/process-instance/" + mine.processInstanceId() + "/variables/"
				+ org.fitsflow.incident.IncidentManagementProcess.REPORTER_ANSWER.name()).json().path("value").asText())
			.isEqualTo("Room 12, by the window");
	}

	private int awaitReporterTasks(DemoIncidents.Reported incident) {
		return admin().get("/engine-rest/task?processInstanceId=" + incident.processInstanceId() + "&taskDefinitionKey="
				+ org.fitsflow.incident.IncidentManagementProcess.TASK_AWAIT_REPORTER).json().size();
	}

	private static String subjectOf(jakarta.mail.internet.MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	private com.fasterxml.jackson.databind.JsonNode incident(DemoIncidents.Reported incident) {
		return admin().get("/api/schools/riverside/incidents/" + incident.reference()).json();
	}
}

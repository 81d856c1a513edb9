package org.fitsflow.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.fitsflow.school.FitsFunction;
import org.fitsflow.school.FunctionMail;
import org.fitsflow.testsupport.Api;
import org.fitsflow.testsupport.ServiceTest;
import org.fitsflow.testsupport.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/** E-mail through a real SMTP server (GreenMail): templated, addressed to function holders, never lost. */
@ServiceTest
class MailOutboxTest {

	@LocalServerPort
	int port;

	@Autowired
	Mail mail;

	@Autowired
	FunctionMail functionMail;

	@Autowired
	MailDispatcher dispatcher;

	@Autowired
	MailMessageRepository outbox;

	@AfterEach
	void mailServerUp() {
		if (!TestMail.server().isRunning()) {
			TestMail.up();
		}
	}

	@Test
	void messageToAFunction_reachesWhoeverHoldsItNow_withTheTemplateRendered() throws Exception {
		MailMessage queued = functionMail.send("riverside", FitsFunction.ICT_OWNER, "function-assigned",
				Map.of("name", "Helen Hart", "function", "ICT owner", "assignedBy", "admin"));
		assertThat(queued.getRecipients()).isEqualTo("headteacher@riverside.example.org");
		assertThat(queued.getSubject()).isEqualTo("You now hold the FITS function: ICT owner");

		dispatcher.sendDue();

		MimeMessage received = receivedWithSubject("You now hold the FITS function: ICT owner", "headteacher@riverside.example.org");
		assertThat(received.getContent().toString()).contains("Dear <span>Helen Hart</span>", "Riverside Primary School", "/camunda/app/tasklist/");
	}

	@Test
	void mailServerDown_messageWaitsWithTheError_andIsDeliveredWhenItIsBack() throws Exception {
		TestMail.down();
		MailMessage queued = mail.send("riverside", List.of("teacher@riverside.example.org"), "function-assigned",
				Map.of("name", "Rita Reed", "function", "Design", "assignedBy", "admin"));

		dispatcher.sendDue();

		MailMessage waiting = outbox.findById(queued.getId()).orElseThrow();
		assertThat(waiting.getSentAt()).isNull();
		assertThat(waiting.getAttempts()).isEqualTo(1);
		assertThat(waiting.getLastError()).isNotBlank();
		JsonNode listed = find(Api.as(port, "admin").get("/api/mail/outbox").json(), queued.getId());
		assertThat(listed.path("lastError").asText()).isNotBlank();
		assertThat(listed.path("attempts").asInt()).isEqualTo(1);

		TestMail.up();
		Api.Response retried = Api.as(port, "admin").post("/api/mail/outbox/send", null);
		assertThat(retried.status()).isEqualTo(200);

		assertThat(outbox.findById(queued.getId()).orElseThrow().getSentAt()).isNotNull();
		receivedWithSubject("You now hold the FITS function: Design", "teacher@riverside.example.org");
	}

	@Test
	void retries_waitLongerEachTime_upToAnHour() {
		assertThat(dispatcher.retryWait(1)).hasSeconds(30);
		assertThat(dispatcher.retryWait(2)).hasSeconds(60);
		assertThat(dispatcher.retryWait(5)).hasSeconds(480);
		assertThat(dispatcher.retryWait(30)).hasHours(1);
	}

	@Test
	void outbox_isForAdministratorsOnly() {
		assertThat(Api.as(port, "headteacher").get("/api/mail/outbox").status()).isEqualTo(403);
	}

	@Test
	void functionGiven_throughTheApi_tellsThePersonAndTheIctOwner() throws Exception {
		Api.Response given = Api.as(port, "headteacher").put("/api/schools/riverside/functions/design/holders/teacher", null);
		assertThat(given.status()).isEqualTo(200);
		dispatcher.sendDue();
		receivedWithSubject("You now hold the FITS function: Design", "teacher@riverside.example.org");
		receivedWithSubject("You now hold the FITS function: Design", "headteacher@riverside.example.org");
		Api.as(port, "headteacher").delete("/api/schools/riverside/functions/design/holders/teacher");
	}

	private static MimeMessage receivedWithSubject(String subject, String recipient) throws Exception {
		for (MimeMessage m : TestMail.server().getReceivedMessages()) {
			if (m.getSubject().equals(subject) && Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(recipient))) {
				return m;
			}
		}
		throw new AssertionError("No e-mail '" + subject + "' to " + recipient);
	}

	private static JsonNode find(JsonNode messages, Long id) {
		for (JsonNode m : messages) {
			if (m.path("id").asLong() == id) {
				return m;
			}
		}
		throw new AssertionError("message " + id + " not listed");
	}
}

package org.fitsflow.mail;

import java.time.Instant;
import java.util.List;

import org.fitsflow.system.CurrentUser;
import org.fitsflow.system.ForbiddenException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The outbox for administrators: what is waiting, why, and a way to try again now. */
@RestController
@RequestMapping("/api/mail/outbox")
@Tag(name = "Mail outbox")
class MailOutboxController {

	private final MailMessageRepository outbox;
	private final MailDispatcher dispatcher;
	private final CurrentUser currentUser;

	MailOutboxController(MailMessageRepository outbox, MailDispatcher dispatcher, CurrentUser currentUser) {
		this.outbox = outbox;
		this.dispatcher = dispatcher;
		this.currentUser = currentUser;
	}

	record MessageView(Long id, String schoolId, String recipients, String subject, Instant createdAt, int attempts,
			Instant nextAttemptAt, Instant sentAt, String lastError, boolean failing) {
		static MessageView of(MailMessage m) {
			return new MessageView(m.getId(), m.getSchoolId(), m.getRecipients(), m.getSubject(), m.getCreatedAt(),
					m.getAttempts(), m.getSentAt() == null ? m.getNextAttemptAt() : null, m.getSentAt(), m.getLastError(),
					m.getSentAt() == null && m.getAttempts() >= MailDispatcher.FAILING_AFTER_ATTEMPTS);
		}
	}

	@GetMapping
	@Operation(summary = "E-mails not yet sent (state=waiting, the default) or the last 100 sent (state=sent)")
	List<MessageView> messages(@RequestParam(defaultValue = "waiting") String state) {
		checkAdministrator();
		List<MailMessage> messages = switch (state) {
			case "waiting" -> outbox.findBySentAtIsNullOrderByCreatedAt();
			case "sent" -> outbox.findTop100BySentAtIsNotNullOrderBySentAtDesc();
			default -> throw new IllegalArgumentException("state: use 'waiting' or 'sent'.");
		};
		return messages.stream().map(MessageView::of).toList();
	}

	record SendResult(int sent) {
	}

	@PostMapping("/send")
	@Operation(summary = "Try every waiting e-mail now, for when the mail server is back")
	SendResult sendNow() {
		checkAdministrator();
		return new SendResult(dispatcher.retryAllNow());
	}

	private void checkAdministrator() {
		if (!currentUser.isAdministrator()) {
			throw new ForbiddenException("Only an administrator may look at the mail outbox.");
		}
	}
}

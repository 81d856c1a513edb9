package org.fitsflow.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.fitsflow.system.FitsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.domain.Limit;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what is in the outbox. Each message is claimed first (so two nodes never send it twice), sent outside any
 * transaction, then marked sent. A failure is recorded and retried later, waiting twice as long each time up to an
 * hour; messages that keep failing are logged and listed for administrators (GET /api/mail/outbox).
 */
@Component
public class MailDispatcher {

	private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
	private static final Duration CLAIM = Duration.ofMinutes(5);
	private static final Duration LONGEST_WAIT = Duration.ofHours(1);
	static final int FAILING_AFTER_ATTEMPTS = 3;

	private final MailMessageRepository outbox;
	private final MailAttachmentRepository attachments;
	private final JavaMailSender sender;
	private final TransactionTemplate transaction;
	private final FitsProperties properties;
	private final Clock clock;

	MailDispatcher(MailMessageRepository outbox, MailAttachmentRepository attachments, JavaMailSender sender,
			TransactionTemplate transaction, FitsProperties properties, Clock clock) {
		this.outbox = outbox;
		this.attachments = attachments;
		this.sender = sender;
		this.transaction = transaction;
		this.properties = properties;
		this.clock = clock;
	}

	// The first poll waits a whole interval too: tests that send the outbox themselves set a long one, and a poll of
	// its own in the middle of a test would take their messages from under them.
	@Scheduled(fixedDelayString = "${fits.mail.poll-interval:PT10S}", initialDelayString = "${fits.mail.poll-interval:PT10S}")
	void poll() {
		sendDue();
	}

	/** Sends every message that is due now; returns how many went out. */
	public int sendDue() {
		Instant now = clock.instant();
		List<Long> due = outbox.findDue(now, Limit.of(properties.mail().batchSize()));
		int sent = 0;
		for (Long id : due) {
			Boolean claimed = transaction.execute(tx -> outbox.claim(id, now.plus(CLAIM), now) == 1);
			if (Boolean.TRUE.equals(claimed) && deliver(id)) {
				sent++;
			}
		}
		return sent;
	}

	private boolean deliver(Long id) {
		MailMessage message = outbox.findById(id).orElseThrow();
		List<MailAttachment> files = attachments.findByMailMessageIdOrderById(id);
		try {
			MimeMessage mime = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(mime, !files.isEmpty(), "UTF-8");
			helper.setFrom(properties.mail().from());
			helper.setTo(InternetAddress.parse(message.getRecipients()));
			helper.setSubject(message.getSubject());
			helper.setText(message.getBodyHtml(), true);
			for (MailAttachment file : files) {
				helper.addAttachment(file.getFileName(), new ByteArrayResource(file.getContent()), file.getContentType());
			}
			sender.send(mime);
		}
		catch (Exception e) {
			Duration wait = retryWait(message.getAttempts() + 1);
			String error = e.getClass().getSimpleName() + ": " + e.getMessage();
			transaction.executeWithoutResult(tx -> outbox.findById(id).ifPresent(m -> {
				m.failed(error, clock.instant().plus(wait));
				outbox.save(m);
			}));
			if (message.getAttempts() + 1 >= FAILING_AFTER_ATTEMPTS) {
				log.warn("E-mail {} '{}' has failed {} times; next try in {}: {}", id, message.getSubject(),
						message.getAttempts() + 1, wait, error);
			}
			else {
				log.info("E-mail {} not sent yet, will retry in {}: {}", id, wait, error);
			}
			return false;
		}
		transaction.executeWithoutResult(tx -> outbox.findById(id).ifPresent(m -> {
			m.sent(clock.instant());
			outbox.save(m);
		}));
		return true;
	}

	/** Makes every waiting message due and sends them, for when the mail server is back. */
	public int retryAllNow() {
		transaction.executeWithoutResult(tx -> outbox.makeAllDue(clock.instant()));
		return sendDue();
	}

	Duration retryWait(int attempts) {
		Duration wait = properties.mail().firstRetryAfter().multipliedBy(1L << Math.min(attempts - 1, 20));
		return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
	}
}

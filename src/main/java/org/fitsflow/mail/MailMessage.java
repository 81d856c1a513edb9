package org.fitsflow.mail;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An e-mail in the outbox: written in the transaction that decides to send it, sent after that commits. */
@Entity
@Table(name = "mail_message")
public class MailMessage {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "school_id")
	private String schoolId;

	/** Comma-separated addresses. */
	@Column(nullable = false)
	private String recipients;

	@Column(nullable = false)
	private String subject;

	@Column(name = "body_html", nullable = false)
	private String bodyHtml;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private int attempts;

	@Column(name = "next_attempt_at", nullable = false)
	private Instant nextAttemptAt;

	@Column(name = "claimed_until")
	private Instant claimedUntil;

	@Column(name = "sent_at")
	private Instant sentAt;

	@Column(name = "last_error")
	private String lastError;

	protected MailMessage() {
	}

	MailMessage(String schoolId, String recipients, String subject, String bodyHtml, Instant now) {
		this.schoolId = schoolId;
		this.recipients = recipients;
		this.subject = subject;
		this.bodyHtml = bodyHtml;
		this.createdAt = now;
		this.nextAttemptAt = now;
	}

	public Long getId() {
		return id;
	}

	public String getSchoolId() {
		return schoolId;
	}

	public String getRecipients() {
		return recipients;
	}

	public String getSubject() {
		return subject;
	}

	public String getBodyHtml() {
		return bodyHtml;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public int getAttempts() {
		return attempts;
	}

	public Instant getNextAttemptAt() {
		return nextAttemptAt;
	}

	public Instant getSentAt() {
		return sentAt;
	}

	public String getLastError() {
		return lastError;
	}

	void sent(Instant when) {
		attempts++;
		sentAt = when;
		lastError = null;
		claimedUntil = null;
	}

	void failed(String error, Instant retryAt) {
		attempts++;
		lastError = error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 2000));
		nextAttemptAt = retryAt;
		claimedUntil = null;
	}
}

package org.fitsflow.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A file sent with an outbox e-mail, stored with it so that a retry sends the same file. */
@Entity
@Table(name = "mail_attachment")
class MailAttachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@Column(name = "mail_message_id", nullable = false)
	private Long mailMessageId;
	@Column(name = "file_name", nullable = false)
	private String fileName;
	@Column(name = "content_type", nullable = false)
	private String contentType;
	@JdbcTypeCode(SqlTypes.VARBINARY)
	@Column(nullable = false)
	private byte[] content;

	protected MailAttachment() {
	}

	MailAttachment(Long mailMessageId, Attachment file) {
		this.mailMessageId = mailMessageId;
		this.fileName = file.name();
		this.contentType = file.contentType();
		this.content = file.content();
	}

	String getFileName() {
		return fileName;
	}

	String getContentType() {
		return contentType;
	}

	byte[] getContent() {
		return content;
	}
}

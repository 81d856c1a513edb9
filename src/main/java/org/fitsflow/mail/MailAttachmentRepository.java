package org.fitsflow.mail;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MailAttachmentRepository extends JpaRepository<MailAttachment, Long> {

	List<MailAttachment> findByMailMessageIdOrderById(Long mailMessageId);
}

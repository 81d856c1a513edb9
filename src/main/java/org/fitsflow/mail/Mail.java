package org.fitsflow.mail;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.fitsflow.system.FitsProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.TemplateEngine;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.context.Context;

/**
 * Puts templated e-mails in the outbox. The message is stored in the caller's transaction, so it is sent only if
 * that commits, and it stays in the outbox until the mail server has taken it.
 */
@Service
public class Mail {

	private final MailMessageRepository outbox;
	private final MailAttachmentRepository attachments;
	private final TemplateEngine templates;
	private final SchoolNames schools;
	private final FitsProperties properties;
	private final Clock clock;

	Mail(MailMessageRepository outbox, MailAttachmentRepository attachments, TemplateEngine templates,
			SchoolNames schools, FitsProperties properties, Clock clock) {
		this.outbox = outbox;
		this.attachments = attachments;
		this.templates = templates;
		this.schools = schools;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Queues {@code templates/mail/<template>.html}; its {@code <title>} is the subject. The model gets
	 * {@code baseUrl} and {@code school} added.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public MailMessage send(String schoolId, Collection<String> to, String template, Map<String, Object> model) {
		return send(schoolId, to, template, model, List.of());
	}

	/** As {@link #send(String, Collection, String, Map)}, with files attached (kept in the outbox with the message). */
	@Transactional(propagation = Propagation.REQUIRED)
	public MailMessage send(String schoolId, Collection<String> to, String template, Map<String, Object> model,
			List<Attachment> files) {
		List<String> recipients = to.stream().filter(Objects::nonNull).map(String::trim).filter(s -> !s.isEmpty())
			.distinct().toList();
		if (recipients.isEmpty()) {
			throw new IllegalArgumentException("An e-mail '" + template + "' has nobody to go to.");
		}
		Context context = new Context();
		context.setVariables(model);
		context.setVariable("baseUrl", properties.baseUrl());
		if (schoolId != null) {
			context.setVariable("school", new School(schools.nameOf(schoolId)));
		}
		String html = templates.process("mail/" + template, context);
		MailMessage message = new MailMessage(schoolId, String.join(",", recipients), subjectOf(html), html,
				clock.instant());
		MailMessage saved = outbox.save(message);
		files.forEach(file -> attachments.save(new MailAttachment(saved.getId(), file)));
		return saved;
	}

	static String subjectOf(String html) {
		int start = html.indexOf("<title>");
		int end = html.indexOf("</title>");
		if (start < 0 || end < start) {
			throw new IllegalStateException("A mail template needs a <title>, which becomes the subject.");
		}
		return HtmlUtils.htmlUnescape(html.substring(start + 7, end).trim())
			.replaceAll("\\s+", " ");
	}

	/** What a template may show of the school ({@code ${school.name}}). */
	public static final class School {
		private final String name;

		School(String name) {
			this.name = name;
		}

		public String getName() {
			return name;
		}
	}
}

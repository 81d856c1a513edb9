package org.fitsflow.school;

import java.util.List;
import java.util.Map;

import org.fitsflow.mail.Mail;
import org.fitsflow.mail.MailMessage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** E-mail to whoever holds a FITS function in a school now, through the outbox. */
@Service
public class FunctionMail {

	private final SchoolDirectory directory;
	private final Mail mail;

	FunctionMail(SchoolDirectory directory, Mail mail) {
		this.directory = directory;
		this.mail = mail;
	}

	/** Queues the e-mail to every holder of the function; refused if nobody holds it. */
	@Transactional(propagation = Propagation.REQUIRED)
	public MailMessage send(String schoolId, FitsFunction function, String template, Map<String, Object> model) {
		List<String> addresses = directory.holders(schoolId, function).stream().map(Person::getEmail).toList();
		if (addresses.isEmpty()) {
			throw new IllegalStateException("Nobody holds the function " + function.title() + " in school '" + schoolId
					+ "', so the e-mail '" + template + "' has nobody to go to. Assign the function first.");
		}
		return mail.send(schoolId, addresses, template, model);
	}
}

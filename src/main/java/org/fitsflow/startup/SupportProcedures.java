package org.fitsflow.startup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.fitsflow.mail.Mail;
import org.fitsflow.school.FitsFunction;
import org.fitsflow.school.FunctionMail;
import org.fitsflow.school.SchoolDirectory;
import org.fitsflow.school.SchoolEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The user support procedure (001, start-up task 2): the single point of contact writes it, the ICT owner issues it
 * with a covering memo, and both go to every ICT user; the issued version is the master copy, sent to each new ICT
 * user when they are added, and earlier versions are kept.
 */
@Service
@Transactional
public class SupportProcedures {

	static final String MAIL = "support-procedure";

	private final SupportProcedureRepository procedures;
	private final SchoolDirectory directory;
	private final FunctionMail functionMail;
	private final Mail mail;
	private final Clock clock;

	SupportProcedures(SupportProcedureRepository procedures, SchoolDirectory directory, FunctionMail functionMail,
			Mail mail, Clock clock) {
		this.procedures = procedures;
		this.directory = directory;
		this.functionMail = functionMail;
		this.mail = mail;
		this.clock = clock;
	}

	/** The single point of contact's text, kept as the process instance's draft until the ICT owner issues it. */
	public SupportProcedure write(String schoolId, String processInstanceId, String text, String writtenBy) {
		String procedure = required(text, "supportProcedure", "the support procedure");
		return procedures.save(new SupportProcedure(schoolId, processInstanceId, procedure, writtenBy, clock.instant()));
	}

	/** The ICT owner issues the instance's draft with a covering memo: it becomes the next version, the master copy. */
	public SupportProcedure issue(String schoolId, String processInstanceId, String coveringMemo, String issuedBy) {
		String memo = required(coveringMemo, "coveringMemo", "the covering memo");
		SupportProcedure draft = latest(schoolId, processInstanceId);
		int version = master(schoolId).map(SupportProcedure::getVersion).orElse(0) + 1;
		draft.issue(version, memo, issuedBy, clock.instant());
		return draft;
	}

	/** E-mails the version the instance issued, and its memo, to every ICT user of the school, through the outbox. */
	public void sendToIctUsers(String schoolId, String processInstanceId) {
		SupportProcedure issued = latest(schoolId, processInstanceId);
		if (!issued.isIssued()) {
			throw new IllegalStateException("The support procedure written in " + processInstanceId + " is not issued yet.");
		}
		functionMail.send(schoolId, FitsFunction.ICT_USERS, MAIL, model(issued));
	}

	/** A new ICT user gets the master copy, if the school has issued one. */
	@EventListener
	void newIctUser(SchoolEvents.NewIctUser user) {
		if (user.email() == null || user.email().isBlank()) {
			return;
		}
		master(user.schoolId()).ifPresent(master -> mail.send(user.schoolId(), List.of(user.email()), MAIL, model(master)));
	}

	@Transactional(readOnly = true)
	public Optional<SupportProcedure> master(String schoolId) {
		return procedures.findFirstBySchoolIdAndIssuedAtNotNullOrderByVersionDesc(schoolId);
	}

	/** Every issued version, the master copy first. */
	@Transactional(readOnly = true)
	public List<SupportProcedure> versions(String schoolId) {
		return procedures.findBySchoolIdAndIssuedAtNotNullOrderByVersionDesc(schoolId);
	}

	private SupportProcedure latest(String schoolId, String processInstanceId) {
		return procedures.findFirstBySchoolIdAndProcessInstanceIdOrderByIdDesc(schoolId, processInstanceId)
			.orElseThrow(() -> new NoSuchElementException("No support procedure was written in process instance "
					+ processInstanceId + " of school '" + schoolId + "'."));
	}

	/** The name to sign the memo with: the ICT owner as the school knows them. */
	private String nameOf(String schoolId, String userId) {
		return directory.people(schoolId).stream().filter(p -> p.getUserId().equals(userId)).findFirst()
			.map(p -> p.getName()).orElse(userId);
	}

	private Map<String, Object> model(SupportProcedure issued) {
		Map<String, Object> model = new HashMap<>();
		model.put("schoolId", issued.getSchoolId());
		model.put("version", issued.getVersion());
		model.put("procedure", issued.getProcedureText());
		model.put("coveringMemo", issued.getCoveringMemo());
		model.put("issuedBy", nameOf(issued.getSchoolId(), issued.getIssuedBy()));
		model.put("issuedOn", LocalDate.ofInstant(issued.getIssuedAt(), clock.getZone()));
		return model;
	}

	private static String required(String text, String field, String what) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("'" + field + "': write " + what + ".");
		}
		if (text.length() > SupportProcedure.TEXT_LENGTH) {
			throw new IllegalArgumentException("'" + field + "': " + what + " may have at most "
					+ SupportProcedure.TEXT_LENGTH + " characters, not " + text.length() + ".");
		}
		return text.strip();
	}
}

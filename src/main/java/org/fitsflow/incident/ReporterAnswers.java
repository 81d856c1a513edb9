package org.fitsflow.incident;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a reporter's link may do. Opening it only shows the incident (mail scanners follow links); confirming it
 * records the reporter's answer to that resolution and tells the incident's process, once. A forged or altered link,
 * one past the reopening window, one for an earlier resolution, or one whose resolution is already answered (by
 * either link, the API or the single point of contact) changes nothing and says why.
 */
@Service
public class ReporterAnswers {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm");

	public enum State {
		/** The answer may be given. */
		READY,
		/** The answer has just been given through this link. */
		DONE,
		FORGED, EXPIRED, EARLIER_RESOLUTION, ALREADY_ANSWERED
	}

	/** What the page shows: the state, why, the answer the link gives and the incident when the link is genuine. */
	public record Outcome(State state, String message, ReporterAnswer answer, Incident incident) {
	}

	private final ReporterLinks links;
	private final Incidents incidents;
	private final IncidentMessages messages;
	private final Clock clock;

	ReporterAnswers(ReporterLinks links, Incidents incidents, IncidentMessages messages, Clock clock) {
		this.links = links;
		this.incidents = incidents;
		this.messages = messages;
		this.clock = clock;
	}

	/** What the link would do, without doing it. */
	@Transactional(readOnly = true)
	public Outcome check(String token) {
		return inspect(token);
	}

	/** Gives the link's answer in the name of the reporter it was sent to, if it still may be given. */
	@Transactional
	public Outcome confirm(String token) {
		Outcome inspected = inspect(token);
		if (inspected.state() != State.READY) {
			return inspected;
		}
		Incident incident = inspected.incident();
		messages.answer(incident.getSchoolId(), incident.getReference(), inspected.answer(), incident.getReportedBy());
		String done = inspected.answer() == ReporterAnswer.CONFIRMED
				? "Thank you: you have confirmed that " + incident.getReference() + " is fixed. The single point of "
						+ "contact will close it."
				: "Thank you: " + incident.getReference() + " is reopened, and first-level support will look at it again.";
		return new Outcome(State.DONE, done, inspected.answer(), incident);
	}

	private Outcome inspect(String token) {
		Optional<ReporterLinks.Token> read = links.read(token);
		if (read.isEmpty()) {
			return new Outcome(State.FORGED, "This link is not valid: it was not sent by FITS Flow or it has been "
					+ "altered. Nothing was changed. Please use the link in the e-mail as it is, or tell the single point "
					+ "of contact.", null, null);
		}
		ReporterLinks.Token t = read.get();
		Incident incident;
		try {
			incident = incidents.incident(t.schoolId(), t.reference());
		}
		catch (NoSuchElementException gone) {
			return new Outcome(State.FORGED, "This link names no incident. Nothing was changed.", t.answer(), null);
		}
		if (!incident.getReportedBy().equals(t.reporter())) {
			return new Outcome(State.FORGED, "This link was not sent to the reporter of " + t.reference()
					+ ". Nothing was changed.", t.answer(), null);
		}
		if (t.expired(clock.instant())) {
			return new Outcome(State.EXPIRED, "This link expired on " + when(t.expiresAt()) + ", when the time to "
					+ "reopen " + t.reference() + " ran out. Nothing was changed. If it is still not working, please "
					+ "report it again.", t.answer(), incident);
		}
		IncidentResolution current = incident.currentResolution();
		if (current == null || current.getNumber() != t.resolution()) {
			return new Outcome(State.EARLIER_RESOLUTION, "This link is about an earlier resolution of "
					+ t.reference() + "; a newer e-mail has the links for the latest one. Nothing was changed.",
					t.answer(), incident);
		}
		if (current.isAnswered() || incident.getStatus() != Incident.Status.RESOLVED) {
			return new Outcome(State.ALREADY_ANSWERED, t.reference() + " has already been "
					+ (current.isAnswered() ? current.getReporterAnswer().formValue() + " on " + when(current.getAnsweredAt())
							: "closed")
					+ ". Nothing was changed.", t.answer(), incident);
		}
		String asked = t.answer() == ReporterAnswer.CONFIRMED ? "Please confirm that " + t.reference() + " is fixed."
				: "Please confirm that " + t.reference() + " is still not working, to reopen it.";
		return new Outcome(State.READY, asked, t.answer(), incident);
	}

	private String when(Instant instant) {
		return instant == null ? "an earlier date" : WHEN.format(instant.atZone(clock.getZone()));
	}
}

package org.fitsflow.continuity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.NoSuchElementException;

import org.fitsflow.mail.Attachment;
import org.fitsflow.school.FitsFunction;
import org.fitsflow.school.SchoolDirectory;
import org.springframework.stereotype.Component;

/**
 * The contingency plan on paper (a PDF): what the recovery team needs when the school's e-mail and network may be
 * down, so every contact has a telephone number and the manual systems are spelt out. Issued to the recovery team
 * and kept off site (001 task 4, steps 5 and 6).
 */
@Component
class PrintablePlan {

	static final String CONTENT_TYPE = "application/pdf";

	private final SchoolDirectory directory;
	private final DateTimeFormatter shown;

	PrintablePlan(SchoolDirectory directory, Clock clock) {
		this.directory = directory;
		this.shown = DateTimeFormatter.ofPattern("d MMMM yyyy").withZone(clock.getZone());
	}

	/** The plan as a file to attach: contingency-plan-v3.pdf. */
	Attachment attachment(ContingencyPlan plan) {
		return new Attachment("contingency-plan-v" + plan.getVersion() + ".pdf", CONTENT_TYPE, pdf(plan));
	}

	byte[] pdf(ContingencyPlan plan) {
		String school = directory.nameOf(plan.getSchoolId());
		try (PdfPages pdf = new PdfPages()) {
			pdf.title("Contingency plan: " + school);
			pdf.paragraph("Version " + plan.getVersion() + (plan.getIssuedAt() == null ? " (draft, not issued)"
					: ", issued " + date(plan.getIssuedAt()) + " by " + name(plan, plan.getIssuedBy()))
					+ ". Use this plan in the event of a prolonged loss of ICT services. E-mail and the network may be"
					+ " down: telephone the people below. Keep a copy off site.");

			pdf.heading("Recovery team");
			contacts(pdf, plan.recoveryTeam());
			pdf.heading("Contacts: key staff and suppliers");
			contacts(pdf, plan.getContacts().stream().filter(c -> !c.isRecoveryTeam()).toList());

			pdf.heading("Progress updates");
			pdf.field("Whom to contact for progress", plan.getProgressContact());
			pdf.field("Progress updates to staff", every(plan.getUpdateInterval()));

			pdf.heading("Manual systems for the most important services");
			pdf.table(new float[] { 2, 5, 2 }, List.of("Service", "Steps to take", "Who starts it"),
					plan.getManualSystems().stream().map(m -> List.of(m.getServiceName(), m.getSteps(), starter(plan, m)))
						.toList());

			pdf.heading("Communications plan: who is told what, how and when");
			pdf.table(new float[] { 2, 4, 2, 2 }, List.of("Who", "What they are told", "How", "When"),
					plan.getCommunications().stream()
						.map(c -> List.of(c.getAudience(), c.getMessage(), c.getChannel(), c.getTiming())).toList());

			pdf.heading("Recovery plan (maintenance)");
			pdf.field("Document reference", plan.getRecoveryPlanReference());
			pdf.field("Where it is kept", plan.getRecoveryPlanLocation());
			pdf.field("Last reviewed", plan.getRecoveryPlanReviewedAt() == null ? null
					: date(plan.getRecoveryPlanReviewedAt()) + " by " + name(plan, plan.getRecoveryPlanReviewedBy()));
			return pdf.finish(school + ", contingency plan version " + plan.getVersion());
		}
	}

	private void contacts(PdfPages pdf, List<ContingencyContact> contacts) {
		pdf.table(new float[] { 2.6f, 2.8f, 2.2f, 2.0f, 4.4f }, List.of("Name", "Role", "Telephone", "Other telephone", "E-mail"),
				contacts.stream().map(c -> List.of(c.getName(),
						c.getRole() + (c.getOrganisation() == null ? "" : ", " + c.getOrganisation()), c.getTelephone(),
						nullToEmpty(c.getOtherTelephone()), nullToEmpty(c.getEmail()))).toList());
	}

	private String starter(ContingencyPlan plan, ManualSystem system) {
		if (system.getStartedByUser() != null) {
			return name(plan, system.getStartedByUser());
		}
		return FitsFunction.ofGroupId(system.getStartedByFunction()).title();
	}

	private String name(ContingencyPlan plan, String userId) {
		if (userId == null) {
			return "-";
		}
		try {
			return directory.person(plan.getSchoolId(), userId).getName();
		}
		catch (NoSuchElementException gone) {
			return userId;
		}
	}

	private String date(Instant when) {
		return shown.format(when);
	}

	static String every(Duration interval) {
		long minutes = interval.toMinutes();
		if (minutes % 60 != 0) {
			return "every " + minutes + " minutes";
		}
		long hours = minutes / 60;
		return hours == 1 ? "every hour" : "every " + hours + " hours";
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}
}

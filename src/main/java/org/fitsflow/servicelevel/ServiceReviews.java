package org.fitsflow.servicelevel;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

import org.fitsflow.mail.Attachment;
import org.fitsflow.mail.Mail;
import org.fitsflow.school.FitsFunction;
import org.fitsflow.school.ReviewNotices;
import org.fitsflow.school.Person;
import org.fitsflow.school.ReviewSchedules;
import org.fitsflow.school.SchoolDirectory;
import org.fitsflow.spreadsheet.Workbooks;
import org.fitsflow.system.FitsProperties;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly service reviews (001 task 6; 003 section 4, "Review"): each one's record from opening to the minutes,
 * its feedback and disk-space figures, its report, and the e-mails to the Primary FITS team (everyone who holds a
 * FITS function in the school: the meeting's participants).
 */
@Service
@Transactional
public class ServiceReviews {

	static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
	static final DateTimeFormatter LONG_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
	private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);

	private final ServiceReviewRepository reviews;
	private final ServiceFeedbackRepository feedback;
	private final ServiceReports reports;
	private final ServiceReportSpreadsheet spreadsheet;
	private final ReviewActions actions;
	private final ReviewSchedules schedules;
	private final SchoolDirectory directory;
	private final Mail mail;
	private final ReviewNotices notices;
	private final FitsProperties fits;
	private final Clock clock;

	ServiceReviews(ServiceReviewRepository reviews, ServiceFeedbackRepository feedback, ServiceReports reports,
			ServiceReportSpreadsheet spreadsheet, ReviewActions actions, ReviewSchedules schedules,
			SchoolDirectory directory, Mail mail, ReviewNotices notices, FitsProperties fits, Clock clock) {
		this.reviews = reviews;
		this.feedback = feedback;
		this.reports = reports;
		this.spreadsheet = spreadsheet;
		this.actions = actions;
		this.schedules = schedules;
		this.directory = directory;
		this.mail = mail;
		this.notices = notices;
		this.fits = fits;
		this.clock = clock;
	}

	/** What the meeting recorded (003: experiences, the report, the feedback, actions, the next meeting). */
	public record Minutes(String experiences, String reportPoints, String feedbackPoints, List<ActionAgreed> actions,
			LocalDate nextMeetingOn) {
	}

	/**
	 * Opens the review of the meeting on {@code meetingOn}; its report is about the month before the meeting's. One
	 * per school and meeting date: a second is refused, so a review is never started twice.
	 */
	public ServiceReview open(String schoolId, LocalDate meetingOn, String processInstanceId) {
		directory.school(schoolId);
		if (reviews.findBySchoolIdAndMeetingOn(schoolId, meetingOn).isPresent()) {
			throw new IllegalStateException("School '" + schoolId + "' already has the service review of " + meetingOn + ".");
		}
		try {
			return reviews.saveAndFlush(new ServiceReview(schoolId, meetingOn, YearMonth.from(meetingOn).minusMonths(1),
					processInstanceId, clock.instant()));
		}
		catch (DataIntegrityViolationException openedMeanwhile) {
			throw new IllegalStateException("School '" + schoolId + "' already has the service review of " + meetingOn + ".");
		}
	}

	@Transactional(readOnly = true)
	public ServiceReview review(String schoolId, String reference) {
		return reviews.findBySchoolIdAndReference(schoolId, reference)
			.orElseThrow(() -> new NoSuchElementException("School '" + schoolId + "' has no service review " + reference + "."));
	}

	@Transactional(readOnly = true)
	public List<ServiceReview> reviews(String schoolId) {
		directory.school(schoolId);
		return reviews.findBySchoolIdOrderByMeetingOnDesc(schoolId);
	}

	/** The ICT users to ask for feedback (every member of staff), remembered as the number asked. */
	public List<String> feedbackFrom(String schoolId, String reference) {
		List<String> users = directory.holders(schoolId, FitsFunction.ICT_USERS).stream().map(Person::getUserId).toList();
		review(schoolId, reference).feedbackAskedOf(users.size());
		return users;
	}

	/** Asks one ICT user by e-mail, with a link to their feedback form in Tasklist. */
	public void askForFeedback(String schoolId, String reference, String userId, String taskId) {
		ServiceReview review = review(schoolId, reference);
		Person person = directory.person(schoolId, userId);
		mail.send(schoolId, List.of(person.getEmail()), "service-feedback-asked", Map.of("person", person,
				"month", review.getReportMonth().format(LONG_MONTH),
				"closes", review.getMeetingOn().format(LONG_DATE),
				"link", fits.baseUrl() + "/camunda/app/tasklist/default/#/?task=" + taskId));
	}

	/** One ICT user's answer; {@code userId} is whoever completed the feedback task. Each user answers once. */
	public ServiceFeedback recordFeedback(String schoolId, String reference, String userId, FeedbackRating rating,
			String workedWell, String toImprove) {
		ServiceReview review = review(schoolId, reference);
		if (rating == null) {
			throw new IllegalArgumentException("rating: say how well ICT support has worked for you.");
		}
		if (feedback.existsByServiceReviewIdAndUserId(review.getId(), userId)) {
			throw new IllegalArgumentException("You have already given your feedback for this month.");
		}
		return feedback.save(new ServiceFeedback(review, userId, rating, limited("workedWell", workedWell, 2000),
				limited("toImprove", toImprove, 2000), clock.instant()));
	}

	/** Maintenance's figures (002): server disk space used during the month and available at its end, in GB. */
	public ServiceReview recordDiskSpace(String schoolId, String reference, BigDecimal usedGb, BigDecimal availableGb,
			String by) {
		List<String> problems = new ArrayList<>();
		if (usedGb == null || usedGb.signum() < 0) {
			problems.add("diskUsedGb: the disk space used, in GB (0 or more)");
		}
		if (availableGb == null || availableGb.signum() < 0) {
			problems.add("diskAvailableGb: the disk space available, in GB (0 or more)");
		}
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException(String.join("; ", problems) + ".");
		}
		ServiceReview review = review(schoolId, reference);
		review.diskSpaceRecorded(usedGb, availableGb, by, clock.instant());
		return review;
	}

	/** The service report of the review's month, as the records stand now. */
	@Transactional(readOnly = true)
	public ServiceReport report(String schoolId, String reference) {
		return reports.report(schoolId, review(schoolId, reference).getReportMonth());
	}

	/** The report as rows of the forms' table: each figure, the month's value and the earlier months'. */
	static List<Map<String, Object>> figureRows(ServiceReport report) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (ServiceReport.Figure figure : report.figures()) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("figure", figure.title());
			row.put("value", shown(figure.value()));
			List<String> earlier = new ArrayList<>();
			for (int i = 0; i < report.months().size() - 1; i++) {
				earlier.add(report.months().get(i).format(SHORT_MONTH) + " " + shown(figure.values().get(i)));
			}
			row.put("earlier", String.join(", ", earlier));
			rows.add(row);
		}
		return rows;
	}

	/** Targets and feedback in a few lines, for the forms. */
	static String summary(ServiceReport report) {
		StringBuilder text = new StringBuilder();
		text.append("Service report for ").append(report.month().format(LONG_MONTH))
			.append(report.complete() ? "." : " (the month has not ended: figures so far).");
		for (ServiceReport.TargetResults t : report.targetsByPriority()) {
			text.append("\n").append(t.label()).append(": response targets met ").append(t.responseMet()).append(" of ")
				.append(t.responseMet() + t.responseMissed()).append(", fix targets met ").append(t.fixMet()).append(" of ")
				.append(t.fixMet() + t.fixMissed()).append('.');
		}
		ServiceReport.Feedback f = report.feedback();
		text.append("\nFeedback: ").append(f.answered()).append(" of ").append(f.asked()).append(" ICT users answered");
		if (f.answered() > 0) {
			text.append(" (").append(f.ratings().entrySet().stream().filter(e -> e.getValue() > 0)
				.map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "))).append(')');
		}
		text.append('.');
		return text.toString();
	}

	public ServiceReview reportPrepared(String schoolId, String reference, String notes, String by) {
		ServiceReview review = review(schoolId, reference);
		review.reportPrepared(limited("reportNotes", notes, 4000), by);
		return review;
	}

	/** The report as a spreadsheet in the FITS layout. */
	@Transactional(readOnly = true)
	public byte[] spreadsheet(String schoolId, String reference) {
		return spreadsheet.write(report(schoolId, reference));
	}

	/** The file name of a month's report: service-report-riverside-2027-01.xlsx. */
	public static String fileName(String schoolId, YearMonth month) {
		return "service-report-" + schoolId + "-" + month + ".xlsx";
	}

	/** Where the API serves a month's report spreadsheet (for the forms' link). */
	public String link(String schoolId, YearMonth month) {
		return fits.baseUrl() + "/api/schools/" + schoolId + "/service-reports/" + month + "/spreadsheet";
	}

	/** E-mails the report, as a spreadsheet, to the meeting's participants. */
	public ServiceReview publish(String schoolId, String reference) {
		ServiceReview review = review(schoolId, reference);
		ServiceReport report = reports.report(schoolId, review.getReportMonth());
		mail.send(schoolId, participants(schoolId), "service-report-published", Map.of("review", review,
				"month", review.getReportMonth().format(LONG_MONTH), "meeting", review.getMeetingOn().format(LONG_DATE),
				"notes", review.getReportNotes() == null ? "" : review.getReportNotes(), "summary", summary(report)),
				List.of(new Attachment(fileName(schoolId, review.getReportMonth()), Workbooks.XLSX,
						spreadsheet.write(report))));
		review.reportPublished(clock.instant());
		return review;
	}

	public ServiceReview reportReviewed(String schoolId, String reference, String pointsToRaise, String by) {
		ServiceReview review = review(schoolId, reference);
		review.reportReviewed(limited("pointsToRaise", pointsToRaise, 4000), by);
		return review;
	}

	/** The actions of earlier meetings still open, in words for the meeting form. */
	@Transactional(readOnly = true)
	public String openActions(String schoolId) {
		List<ReviewAction> open = actions.open(schoolId);
		if (open.isEmpty()) {
			return "No actions are open.";
		}
		return open.stream().map(a -> a.getReference() + ": " + a.getDescription() + " (" + a.who() + ", by "
				+ a.getDueOn() + ")").collect(Collectors.joining("\n"));
	}

	/**
	 * Records the meeting: the minutes, the actions (each issued as a Tasklist task) and the next meeting, which the
	 * school's schedule then starts the next review for. Without a next meeting the schedule keeps its default day.
	 */
	public ServiceReview held(String schoolId, String reference, Minutes minutes, String by) {
		ServiceReview review = review(schoolId, reference);
		if (minutes.experiences() == null || minutes.experiences().isBlank()) {
			throw new IllegalArgumentException("experiences: record the experiences since the "
					+ (isFirst(review) ? "start date" : "last meeting") + ".");
		}
		if (minutes.nextMeetingOn() != null && !minutes.nextMeetingOn().isAfter(review.getMeetingOn())) {
			throw new IllegalArgumentException("nextMeetingOn: the next meeting comes after this one ("
					+ review.getMeetingOn() + ").");
		}
		review.held(limited("experiences", minutes.experiences(), 4000), limited("reportPoints", minutes.reportPoints(), 4000),
				limited("feedbackPoints", minutes.feedbackPoints(), 4000), minutes.nextMeetingOn(), by, clock.instant());
		actions.issue(schoolId, review.getReference(), minutes.actions(), by);
		if (minutes.nextMeetingOn() != null) {
			schedules.move(schoolId, ServiceReviewProcess.KEY, minutes.nextMeetingOn());
		}
		return review;
	}

	/** E-mails the minutes and the actions to the participants. */
	public ServiceReview issueMinutes(String schoolId, String reference) {
		ServiceReview review = review(schoolId, reference);
		LocalDate next = schedules.schedule(schoolId, ServiceReviewProcess.KEY).getNextDue();
		mail.send(schoolId, participants(schoolId), "service-review-minutes", Map.of("review", review,
				"meeting", review.getMeetingOn().format(LONG_DATE), "actions", actions.recordedAt(schoolId, reference),
				"openActions", actions.open(schoolId), "next", next.format(LONG_DATE)));
		review.minutesIssued(clock.instant());
		return review;
	}

	/** Reminds the holders of the functions whose review tasks are still open that its date is near. */
	public void remind(String schoolId, String reference, Collection<FitsFunction> withOpenTasks) {
		ServiceReview review = review(schoolId, reference);
		notices.remind(schoolId, "monthly service review", review.getMeetingOn(), withOpenTasks);
	}

	/** The review's date has passed with it open: the ICT owner and the holders of open tasks are told. */
	public void reportOverdue(String schoolId, String reference, Collection<FitsFunction> withOpenTasks) {
		ServiceReview review = review(schoolId, reference);
		notices.overdue(schoolId, "monthly service review", review.getMeetingOn(), withOpenTasks);
	}

	/** Whether this is meeting 3, the first review after the start date. */
	@Transactional(readOnly = true)
	public boolean isFirst(ServiceReview review) {
		return reviews.findFirstBySchoolIdAndMeetingOnBeforeOrderByMeetingOnDesc(review.getSchoolId(),
				review.getMeetingOn()).isEmpty();
	}

	/** The meeting's participants: the school's Primary FITS team. */
	@Transactional(readOnly = true)
	public List<String> participants(String schoolId) {
		return notices.team(schoolId);
	}

	/** A date typed in a form (a datetime field sends "2027-03-10" or "2027-03-10T00:00"), or null for none. */
	static LocalDate date(String field, String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(typed.trim().length() > 10 ? typed.trim().substring(0, 10) : typed.trim());
		}
		catch (DateTimeParseException e) {
			throw new IllegalArgumentException(field + ": '" + typed + "' is not a date such as 2027-03-10.");
		}
	}

	private static String shown(Number value) {
		if (value == null) {
			return "-";
		}
		return value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : value.toString();
	}

	private static String limited(String field, String text, int max) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (text.length() > max) {
			throw new IllegalArgumentException(field + ": at most " + max + " characters.");
		}
		return text.trim();
	}
}

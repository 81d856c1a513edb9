package org.fitsflow.servicelevel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.fitsflow.school.SchoolAccess;
import org.fitsflow.spreadsheet.Workbooks;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The service reports, the reviews that discussed them and the actions they recorded, for the school's members:
 * the figures of any month as the records stand, and the same report as the FITS spreadsheet.
 */
@RestController
@Tag(name = "Service reports and reviews")
class ServiceReportController {

	private final ServiceReports reports;
	private final ServiceReportSpreadsheet spreadsheet;
	private final ServiceReviews reviews;
	private final ReviewActions actions;
	private final SchoolAccess access;

	ServiceReportController(ServiceReports reports, ServiceReportSpreadsheet spreadsheet, ServiceReviews reviews,
			ReviewActions actions, SchoolAccess access) {
		this.reports = reports;
		this.spreadsheet = spreadsheet;
		this.reviews = reviews;
		this.actions = actions;
		this.access = access;
	}

	record ReviewView(String reference, LocalDate meetingOn, YearMonth reportMonth, String status,
			java.math.BigDecimal diskUsedGb, java.math.BigDecimal diskAvailableGb, int feedbackAsked, Instant reportPublishedAt,
			String experiences, String reportPoints, String feedbackPoints, LocalDate nextMeetingOn, Instant minutesIssuedAt) {
		static ReviewView of(ServiceReview r) {
			return new ReviewView(r.getReference(), r.getMeetingOn(), r.getReportMonth(), r.getStatus().name(),
					r.getDiskUsedGb(), r.getDiskAvailableGb(), r.getFeedbackAsked(), r.getReportPublishedAt(),
					r.getExperiences(), r.getReportPoints(), r.getFeedbackPoints(), r.getNextMeetingOn(),
					r.getMinutesIssuedAt());
		}
	}

	record ActionView(String reference, String raisedIn, String description, String function, String person,
			LocalDate dueOn, String status, String doneBy, Instant doneAt, String outcome) {
		static ActionView of(ReviewAction a) {
			return new ActionView(a.getReference(), a.getRaisedIn(), a.getDescription(), a.getOwnerFunction(),
					a.getOwnerUserId(), a.getDueOn(), a.getStatus().name(), a.getDoneBy(), a.getDoneAt(), a.getOutcome());
		}
	}

	@GetMapping("/api/schools/{schoolId}/service-reports/{month}")
	@Operation(summary = "The service report of a month (2027-01): the FITS figures beside the earlier months of the "
			+ "year, targets met per priority and service, and the ICT users' feedback")
	ServiceReport report(@PathVariable String schoolId, @PathVariable String month) {
		access.checkMember(schoolId);
		return reports.report(schoolId, month(month));
	}

	@GetMapping("/api/schools/{schoolId}/service-reports/{month}/spreadsheet")
	@Operation(summary = "The service report of a month as a spreadsheet in the FITS layout, with trend charts")
	ResponseEntity<byte[]> spreadsheet(@PathVariable String schoolId, @PathVariable String month) {
		access.checkMember(schoolId);
		YearMonth m = month(month);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + ServiceReviews.fileName(schoolId, m) + "\"")
			.contentType(MediaType.parseMediaType(Workbooks.XLSX))
			.body(spreadsheet.write(reports.report(schoolId, m)));
	}

	@GetMapping("/api/schools/{schoolId}/service-reviews")
	@Operation(summary = "The school's monthly service reviews, newest first")
	List<ReviewView> reviews(@PathVariable String schoolId) {
		access.checkMember(schoolId);
		return reviews.reviews(schoolId).stream().map(ReviewView::of).toList();
	}

	@GetMapping("/api/schools/{schoolId}/review-actions")
	@Operation(summary = "The actions reviews recorded, newest first; open=true gives those not yet done")
	List<ActionView> actions(@PathVariable String schoolId, @RequestParam(defaultValue = "false") boolean open) {
		access.checkMember(schoolId);
		return (open ? actions.open(schoolId) : actions.all(schoolId)).stream().map(ActionView::of).toList();
	}

	private static YearMonth month(String month) {
		try {
			return YearMonth.parse(month);
		}
		catch (DateTimeParseException e) {
			throw new IllegalArgumentException("month: a month such as 2027-01, not '" + month + "'.");
		}
	}
}

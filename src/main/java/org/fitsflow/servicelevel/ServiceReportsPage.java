package org.fitsflow.servicelevel;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

import org.fitsflow.school.School;
import org.fitsflow.school.SchoolAccess;
import org.fitsflow.school.SchoolDirectory;
import org.fitsflow.school.SchoolPage;
import org.fitsflow.spreadsheet.Workbooks;
import org.fitsflow.system.CurrentUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Reports: the monthly service reports (001, task 6) for anyone the API lets read them (the school's members and
 * administrators), each with its trends over the year as charts and the same figures as tables, and its FITS
 * spreadsheet. The incident and change lists are beside them ({@code IncidentListPage}, {@code ChangeListPage}).
 */
@Controller
@SchoolPage
class ServiceReportsPage {

	static final String PATH = "/pages/schools/{schoolId}/reports";
	/** How many months the list offers, this one included. */
	static final int MONTHS_LISTED = 12;
	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);

	private final ServiceReports reports;
	private final ServiceReportSpreadsheet spreadsheet;
	private final ServiceReviews reviews;
	private final SchoolDirectory directory;
	private final SchoolAccess access;
	private final CurrentUser currentUser;
	private final Clock clock;

	ServiceReportsPage(ServiceReports reports, ServiceReportSpreadsheet spreadsheet, ServiceReviews reviews,
			SchoolDirectory directory, SchoolAccess access, CurrentUser currentUser, Clock clock) {
		this.reports = reports;
		this.spreadsheet = spreadsheet;
		this.reviews = reviews;
		this.directory = directory;
		this.access = access;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/** One month in the list: its report, and the review that discussed it if there was one. */
	record MonthRow(String month, String name, boolean soFar, String review, String meetingOn) {
	}

	/** The menu's "Reports": the reports of the caller's (first) school. */
	@GetMapping("/pages/reports")
	String mine() {
		List<String> schools = currentUser.schoolIds();
		String school = !schools.isEmpty() ? schools.get(0)
				: directory.schools().stream().map(School::getId).findFirst()
					.orElseThrow(() -> new NoSuchElementException("There is no school yet."));
		return "redirect:" + PATH.replace("{schoolId}", school);
	}

	@GetMapping(PATH)
	String list(@PathVariable String schoolId, Model model) {
		School school = school(schoolId);
		YearMonth now = YearMonth.now(clock);
		Map<YearMonth, ServiceReview> reviewed = new HashMap<>();
		reviews.reviews(schoolId).forEach(r -> reviewed.putIfAbsent(r.getReportMonth(), r));
		List<MonthRow> months = new ArrayList<>();
		for (int i = 0; i < MONTHS_LISTED; i++) {
			YearMonth m = now.minusMonths(i);
			ServiceReview review = reviewed.get(m);
			months.add(new MonthRow(m.toString(), MONTH.format(m), i == 0,
					review == null ? null : review.getReference() + " (" + reviewStatus(review.getStatus()) + ")",
					review == null || review.getMeetingOn() == null ? null : DAY.format(review.getMeetingOn())));
		}
		frame(model, school);
		model.addAttribute("months", months);
		return "pages/reports/service-reports";
	}

	@GetMapping(PATH + "/{month:\\d{4}-\\d{2}}")
	String report(@PathVariable String schoolId, @PathVariable String month, Model model) {
		School school = school(schoolId);
		ServiceReport report = reports.report(schoolId, month(month));
		frame(model, school);
		model.addAttribute("report", report);
		model.addAttribute("monthName", MONTH.format(report.month()));
		model.addAttribute("builtAt", WHEN.format(report.builtAt().atZone(clock.getZone())));
		List<TrendChart> charts = TrendChart.of(report);
		model.addAttribute("charts", charts);
		model.addAttribute("monthNames", charts.get(0).months());
		model.addAttribute("shown", (java.util.function.Function<Number, String>) TrendChart::shown);
		return "pages/reports/service-report";
	}

	@GetMapping(PATH + "/{month:\\d{4}-\\d{2}}/spreadsheet")
	ResponseEntity<byte[]> spreadsheet(@PathVariable String schoolId, @PathVariable String month) {
		school(schoolId);
		YearMonth m = month(month);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + ServiceReviews.fileName(schoolId, m) + "\"")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.contentType(MediaType.parseMediaType(Workbooks.XLSX))
			.body(spreadsheet.write(reports.report(schoolId, m)));
	}

	/** The same rule as the API's service reports: members and administrators; a school that is not there is 404. */
	private School school(String schoolId) {
		access.checkMember(schoolId);
		return directory.school(schoolId);
	}

	private void frame(Model model, School school) {
		model.addAttribute("page", "reports");
		model.addAttribute("school", school);
	}

	/** A month of the report's past (no report of a month to come). */
	private YearMonth month(String month) {
		YearMonth m;
		try {
			m = YearMonth.parse(month);
		}
		catch (DateTimeParseException e) {
			throw new NoSuchElementException("There is no month '" + month + "'.");
		}
		if (m.isAfter(YearMonth.now(clock))) {
			throw new NoSuchElementException("The report of " + MONTH.format(m) + " cannot be read before the month begins.");
		}
		return m;
	}

	private static String reviewStatus(ServiceReview.Status status) {
		return switch (status) {
			case PREPARING -> "report being prepared";
			case REPORTED -> "report published";
			case HELD -> "review held";
		};
	}
}

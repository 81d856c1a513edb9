package org.fitsflow.servicelevel;

import static org.fitsflow.servicelevel.ServiceReport.FigureKey.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

import org.fitsflow.school.SchoolDirectory;
import org.fitsflow.school.SchoolTimeProperties;
import org.fitsflow.servicelevel.ReportedChanges.ReportedChange;
import org.fitsflow.servicelevel.ReportedIncidents.ReportedIncident;
import org.fitsflow.servicelevel.ReportedProblems.ReportedProblem;
import org.fitsflow.servicelevel.ReportedDiskSpace.ServerReading;
import org.fitsflow.servicelevel.ServiceReport.Figure;
import org.fitsflow.servicelevel.ServiceReport.FigureKey;
import org.fitsflow.servicelevel.ServiceReport.ServerDiskSpace;
import org.fitsflow.servicelevel.ServiceReport.TargetResults;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the monthly service report from the records: one indexed read of the school's incidents, problems and
 * changes for the year so far, counted month by month in the school's time zone. The cost grows with the school's own
 * records, never with the other schools of the installation.
 *
 * <p>What each figure counts: incidents are faults and requests (a new requirement is not one); new installations are
 * the items requests for change installed, as the configuration register recorded them; server disk space is
 * maintenance's figures on the review form or, where it gave none, the sum of each server's last monitored reading in
 * the month (used: capacity less free); resolved means resolved in the month (time to resolution from logging, in hours); outstanding
 * means logged by the month's end and not resolved by then; changes carried out are those whose outcome (step 3)
 * was recorded in the month, whatever it was, and never a rejected request; a target counts in the month it fell due.
 */
@Service
@Transactional(readOnly = true)
public class ServiceReports {

	static final String NOT_CATALOGUED = "Not in the catalogue";

	private final ReportedIncidents incidents;
	private final ReportedProblems problems;
	private final ReportedChanges changes;
	private final ReportedInstallations installations;
	private final ReportedDiskSpace diskSpace;
	private final ServiceReviewRepository reviews;
	private final ServiceFeedbackRepository feedback;
	private final ServiceCatalogue catalogue;
	private final SchoolDirectory directory;
	private final ServiceLevelProperties properties;
	private final ZoneId zone;
	private final Clock clock;

	ServiceReports(ReportedIncidents incidents, ReportedProblems problems, ReportedChanges changes,
			ReportedInstallations installations, ReportedDiskSpace diskSpace, ServiceReviewRepository reviews, ServiceFeedbackRepository feedback, ServiceCatalogue catalogue,
			SchoolDirectory directory, ServiceLevelProperties properties, SchoolTimeProperties schoolTime, Clock clock) {
		this.incidents = incidents;
		this.problems = problems;
		this.changes = changes;
		this.installations = installations;
		this.diskSpace = diskSpace;
		this.reviews = reviews;
		this.feedback = feedback;
		this.catalogue = catalogue;
		this.directory = directory;
		this.properties = properties;
		this.zone = schoolTime.zone();
		this.clock = clock;
	}

	/** The report for a month of a school, as the records stand now. */
	public ServiceReport report(String schoolId, YearMonth month) {
		String schoolName = directory.school(schoolId).getName();
		List<YearMonth> months = yearUpTo(month);
		Instant from = start(months.get(0));
		Instant to = start(month.plusMonths(1));
		List<ReportedIncident> incidentRecords = incidents.forServiceReport(schoolId, from, to);
		List<ReportedProblem> problemRecords = problems.forServiceReport(schoolId, from, to);
		List<ReportedChange> changeRecords = changes.carriedOut(schoolId, from, to);
		List<Instant> installed = installations.installedAt(schoolId, from, to);
		List<ServerReading> readings = diskSpace.readings(schoolId, from, to);
		Map<YearMonth, ServiceReview> reviewOfMonth = new HashMap<>();
		reviews.findBySchoolIdAndReportMonthInOrderByMeetingOn(schoolId, months.stream().map(YearMonth::toString).toList())
			.forEach(r -> reviewOfMonth.put(r.getReportMonth(), r));

		Map<FigureKey, List<Number>> values = new EnumMap<>(FigureKey.class);
		for (FigureKey key : FigureKey.values()) {
			values.put(key, new ArrayList<>());
		}
		for (YearMonth m : months) {
			Instant ms = start(m);
			Instant me = start(m.plusMonths(1));
			Predicate<Instant> inMonth = at -> at != null && !at.isBefore(ms) && at.isBefore(me);
			List<ReportedIncident> faultsAndRequests = incidentRecords.stream().filter(i -> !i.newRequirement()).toList();
			values.get(INCIDENTS_LOGGED).add(count(faultsAndRequests, i -> inMonth.test(i.loggedAt())));
			List<ReportedIncident> resolved = faultsAndRequests.stream().filter(i -> inMonth.test(i.resolvedAt())).toList();
			values.get(INCIDENTS_RESOLVED).add(resolved.size());
			values.get(INCIDENT_RESOLUTION_HOURS).add(averageHours(resolved.stream()
				.map(i -> Duration.between(i.loggedAt(), i.resolvedAt())).toList()));
			values.get(INCIDENTS_OUTSTANDING).add(count(faultsAndRequests,
					i -> i.loggedAt().isBefore(me) && (i.resolvedAt() == null || !i.resolvedAt().isBefore(me))));
			values.get(INCIDENTS_REOPENED).add(count(faultsAndRequests, i -> inMonth.test(i.reopenedAt())));
			values.get(NEW_INSTALLATIONS).add(count(installed, inMonth));

			values.get(PROBLEMS_LOGGED).add(count(problemRecords, p -> inMonth.test(p.raisedAt())));
			List<ReportedProblem> closed = problemRecords.stream().filter(p -> inMonth.test(p.closedAt())).toList();
			values.get(PROBLEMS_RESOLVED).add(closed.size());
			values.get(PROBLEM_RESOLUTION_HOURS).add(averageHours(closed.stream()
				.map(p -> Duration.between(p.raisedAt(), p.closedAt())).toList()));
			values.get(PROBLEMS_OUTSTANDING).add(count(problemRecords,
					p -> p.raisedAt().isBefore(me) && (p.closedAt() == null || !p.closedAt().isBefore(me))));

			values.get(CHANGES_CARRIED_OUT).add(count(changeRecords, c -> inMonth.test(c.outcomeRecordedAt())));
			ServiceReview review = reviewOfMonth.get(m);
			// Maintenance's figures on the review form; where none were given, the servers' monitored figures.
			List<ServerDiskSpace> servers = lastPerServer(readings, inMonth);
			BigDecimal usedGb = review == null ? null : review.getDiskUsedGb();
			BigDecimal availableGb = review == null ? null : review.getDiskAvailableGb();
			values.get(DISK_USED_GB).add(usedGb != null || servers.isEmpty() ? usedGb
					: servers.stream().map(ServerDiskSpace::usedGb).reduce(BigDecimal.ZERO, BigDecimal::add));
			values.get(DISK_AVAILABLE_GB).add(availableGb != null || servers.isEmpty() ? availableGb
					: servers.stream().map(ServerDiskSpace::freeGb).reduce(BigDecimal.ZERO, BigDecimal::add));
		}
		List<Figure> figures = new ArrayList<>();
		values.forEach((key, list) -> figures.add(new Figure(key.key(), key.title(), nullable(list))));

		Instant ms = start(month);
		Map<String, Integer> byOutcome = new LinkedHashMap<>();
		changeRecords.stream().filter(c -> !c.outcomeRecordedAt().isBefore(ms))
			.forEach(c -> byOutcome.merge(c.outcome(), 1, Integer::sum));
		List<ReportedIncident> due = incidentRecords.stream().filter(i -> !i.newRequirement()).toList();
		Map<Long, String> serviceNames = new HashMap<>();
		catalogue.everyService(schoolId).forEach(s -> serviceNames.put(s.getId(), s.getName()));
		List<TargetResults> byPriority = targets(due, ms, to,
				i -> i.priority() == null ? null : "Priority " + i.priority(), Comparator.naturalOrder());
		List<TargetResults> byService = targets(due, ms, to,
				i -> i.serviceId() == null ? NOT_CATALOGUED : serviceNames.getOrDefault(i.serviceId(), NOT_CATALOGUED),
				Comparator.comparing((String name) -> name.equals(NOT_CATALOGUED)).thenComparing(Comparator.naturalOrder()));
		return new ServiceReport(schoolId, schoolName, month, clock.instant(), !clock.instant().isBefore(to), months,
				List.copyOf(figures), byPriority, byService, byOutcome, feedbackOf(reviewOfMonth.get(month)),
				lastPerServer(readings, at -> !at.isBefore(ms) && at.isBefore(to)));
	}

	/** Each server's last reading in the period, by asset reference (readings come oldest first). */
	private List<ServerDiskSpace> lastPerServer(List<ServerReading> readings, Predicate<Instant> inPeriod) {
		Map<String, ServerDiskSpace> last = new TreeMap<>();
		readings.stream().filter(r -> inPeriod.test(r.measuredAt())).forEach(r -> last.put(r.assetReference(),
				new ServerDiskSpace(r.assetReference(), r.name(), r.capacityGb(), r.capacityGb().subtract(r.freeGb()),
						r.freeGb(), r.measuredAt().atZone(zone).toLocalDate())));
		return List.copyOf(last.values());
	}

	/** The months from the start of the report's year (fits.service-level.report.year-starts) to the month. */
	List<YearMonth> yearUpTo(YearMonth month) {
		YearMonth first = YearMonth.of(month.getYear(), properties.report().yearStarts());
		if (first.isAfter(month)) {
			first = first.minusYears(1);
		}
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth m = first; !m.isAfter(month); m = m.plusMonths(1)) {
			months.add(m);
		}
		return months;
	}

	Instant start(YearMonth month) {
		return month.atDay(1).atStartOfDay(zone).toInstant();
	}

	private static List<TargetResults> targets(List<ReportedIncident> incidents, Instant from, Instant to,
			Function<ReportedIncident, String> group, Comparator<String> order) {
		Map<String, int[]> results = new TreeMap<>(order);
		for (ReportedIncident i : incidents) {
			String label = group.apply(i);
			if (label == null) {
				continue;
			}
			boolean responseDue = fellDue(i.responseTarget(), from, to) && i.responseTargetMet() != null;
			boolean fixDue = fellDue(i.fixTarget(), from, to) && i.fixTargetMet() != null;
			if (!responseDue && !fixDue) {
				continue;
			}
			int[] counts = results.computeIfAbsent(label, l -> new int[4]);
			if (responseDue) {
				counts[i.responseTargetMet() ? 0 : 1]++;
			}
			if (fixDue) {
				counts[i.fixTargetMet() ? 2 : 3]++;
			}
		}
		List<TargetResults> rows = new ArrayList<>();
		results.forEach((label, c) -> rows.add(new TargetResults(label, c[0], c[1], c[2], c[3])));
		return rows;
	}

	private static boolean fellDue(Instant target, Instant from, Instant to) {
		return target != null && !target.isBefore(from) && target.isBefore(to);
	}

	private ServiceReport.Feedback feedbackOf(ServiceReview review) {
		if (review == null) {
			return new ServiceReport.Feedback(0, 0, Map.of(), List.of(), List.of());
		}
		List<ServiceFeedback> answers = feedback.findByServiceReviewIdOrderByGivenAt(review.getId());
		Map<String, Integer> ratings = new LinkedHashMap<>();
		for (FeedbackRating rating : FeedbackRating.values()) {
			ratings.put(rating.formValue(), (int) answers.stream().filter(a -> a.getRating() == rating).count());
		}
		return new ServiceReport.Feedback(review.getFeedbackAsked(), answers.size(), ratings,
				answers.stream().map(ServiceFeedback::getWorkedWell).filter(Objects::nonNull).toList(),
				answers.stream().map(ServiceFeedback::getToImprove).filter(Objects::nonNull).toList());
	}

	private static <T> int count(List<T> records, Predicate<T> counted) {
		return (int) records.stream().filter(counted).count();
	}

	private static BigDecimal averageHours(List<Duration> durations) {
		if (durations.isEmpty()) {
			return null;
		}
		long seconds = durations.stream().mapToLong(Duration::toSeconds).sum();
		return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600L * durations.size()), 1, RoundingMode.HALF_UP);
	}

	/** List.copyOf refuses nulls; a month without a value keeps its place. */
	private static List<Number> nullable(List<Number> values) {
		return java.util.Collections.unmodifiableList(new ArrayList<>(values));
	}
}

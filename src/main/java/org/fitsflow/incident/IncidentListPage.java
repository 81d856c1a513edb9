package org.fitsflow.incident;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.fitsflow.school.ListFilters;
import org.fitsflow.school.ListFilters.Choice;
import org.fitsflow.school.PagePeriod;
import org.fitsflow.school.Person;
import org.fitsflow.school.School;
import org.fitsflow.school.SchoolAccess;
import org.fitsflow.school.SchoolDirectory;
import org.fitsflow.school.SchoolPage;
import org.fitsflow.servicelevel.CatalogueService;
import org.fitsflow.spreadsheet.Listing;
import org.fitsflow.spreadsheet.Listing.Column;
import org.fitsflow.spreadsheet.Listing.Kind;
import org.fitsflow.system.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Reports: the school's incidents with filters (period logged, status, priority, service, kind, targets) and the
 * filtered list as CSV or a spreadsheet. The same rule as the API: the support functions, the ICT owner and
 * administrators see every incident; any other member sees the ones they reported ({@link IncidentReaders}).
 */
@Controller
@SchoolPage
class IncidentListPage {

	static final String PATH = "/pages/schools/{schoolId}/reports/incidents";
	/** The page shows this many at most; the exports carry every incident the filters keep. */
	static final int SHOWN = 200;
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);
	private static final List<Column> COLUMNS = List.of(new Column("Reference", Kind.TEXT, 16),
			new Column("Logged", Kind.DATE_TIME, 17), new Column("Reported by", Kind.TEXT, 20),
			new Column("Kind", Kind.TEXT, 16), new Column("Service", Kind.TEXT, 22), new Column("Description", Kind.TEXT, 40),
			new Column("Location", Kind.TEXT, 16), new Column("Priority", Kind.NUMBER, 9), new Column("Status", Kind.TEXT, 24),
			new Column("Response target", Kind.DATE_TIME, 17), new Column("Response target met", Kind.TEXT, 10),
			new Column("Fix target", Kind.DATE_TIME, 17), new Column("Fix target met", Kind.TEXT, 10),
			new Column("Resolved", Kind.DATE_TIME, 17), new Column("Closed", Kind.DATE_TIME, 17),
			new Column("Times reopened", Kind.NUMBER, 9));

	private final Incidents incidents;
	private final IncidentReaders readers;
	private final SchoolDirectory directory;
	private final SchoolAccess access;
	private final CurrentUser currentUser;
	private final Clock clock;

	IncidentListPage(Incidents incidents, IncidentReaders readers, SchoolDirectory directory, SchoolAccess access,
			CurrentUser currentUser, Clock clock) {
		this.incidents = incidents;
		this.readers = readers;
		this.directory = directory;
		this.access = access;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/** A target's due time and whether it was met (null: not known yet). */
	record Target(String due, Boolean met) {
	}

	record Row(String reference, String logged, String reportedBy, String kind, String service, String description,
			Integer priority, String status, Target response, Target fix, String resolved) {
	}

	/** What one listing holds: the school, whether the caller sees all, the incidents the filters keep. */
	private record Found(School school, boolean all, List<Incident> incidents, Map<Long, String> services,
			Map<String, String> names, ListFilters filters) {
	}

	@GetMapping(PATH)
	String list(@PathVariable String schoolId, @RequestParam Map<String, String> params, Model model,
			HttpServletResponse response) {
		Found found = find(schoolId, params);
		if (!found.filters().isValid()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		ZoneId zone = clock.getZone();
		model.addAttribute("page", "reports");
		model.addAttribute("school", found.school());
		model.addAttribute("seesAll", found.all());
		model.addAttribute("filters", found.filters());
		model.addAttribute("count", found.incidents().size());
		model.addAttribute("shown", SHOWN);
		model.addAttribute("rows", found.incidents().stream().limit(SHOWN).map(i -> new Row(i.getReference(),
				when(i.getLoggedAt(), zone), found.names().getOrDefault(i.getReportedBy(), i.getReportedBy()),
				kind(i.getCategory()), service(i, found.services()), i.getDescription(), i.getPriority(), status(i.getStatus()),
				new Target(when(i.getResponseTarget(), zone), i.getResponseTargetMet()),
				new Target(when(i.getFixTarget(), zone), i.getFixTargetMet()), when(i.getResolvedAt(), zone))).toList());
		model.addAttribute("statuses", choices(Incident.Status.values()));
		model.addAttribute("services", found.services().entrySet().stream()
			.map(e -> new Choice(e.getKey().toString(), e.getValue())).toList());
		model.addAttribute("priorities", List.of(new Choice("1", "1 urgent"), new Choice("2", "2 high"),
				new Choice("3", "3 medium"), new Choice("4", "4 low")));
		model.addAttribute("kinds", Arrays.stream(IncidentCategory.values())
			.map(c -> new Choice(c.formValue(), kind(c))).toList());
		model.addAttribute("targetChoices", List.of(new Choice("missed", "A target missed"),
				new Choice("met", "Both targets met")));
		model.addAttribute("query", found.filters().query());
		return "pages/reports/incidents";
	}

	@GetMapping(PATH + ".{format:csv|xlsx}")
	ResponseEntity<byte[]> export(@PathVariable String schoolId, @PathVariable String format,
			@RequestParam Map<String, String> params) {
		Found found = find(schoolId, params);
		found.filters().checkValid();
		ZoneId zone = clock.getZone();
		Listing listing = new Listing("Incidents of " + found.school().getName(), COLUMNS);
		for (Incident i : found.incidents()) {
			listing.row(i.getReference(), ListFilters.local(i.getLoggedAt(), zone), found.names().getOrDefault(i.getReportedBy(),
					i.getReportedBy()), kind(i.getCategory()), service(i, found.services()), i.getDescription(),
					i.getLocation(), i.getPriority(), status(i.getStatus()), ListFilters.local(i.getResponseTarget(), zone),
					yesNo(i.getResponseTargetMet()), ListFilters.local(i.getFixTarget(), zone), yesNo(i.getFixTargetMet()),
					ListFilters.local(i.getResolvedAt(), zone), ListFilters.local(i.getClosedAt(), zone), i.getTimesReopened());
		}
		return listing.download("incidents-" + schoolId, format);
	}

	private Found find(String schoolId, Map<String, String> params) {
		access.checkMember(schoolId);
		School school = directory.school(schoolId);
		boolean all = readers.seesAll(schoolId);
		List<Incident> candidates = all ? incidents.incidents(schoolId) : incidents.reportedBy(schoolId, currentUser.userId());
		Map<Long, String> services = new LinkedHashMap<>();
		incidents.catalogue(schoolId).stream().sorted(Comparator.comparing(CatalogueService::getName))
			.forEach(s -> services.putIfAbsent(s.getId(), s.getName()));
		Map<String, String> names = directory.people(schoolId).stream()
			.collect(Collectors.toMap(Person::getUserId, Person::getName, (a, b) -> a));
		ListFilters filters = new ListFilters(params, "from", "to", "status", "priority", "service", "kind", "targets");
		Predicate<Incident> kept = kept(filters);
		List<Incident> found = candidates.stream().filter(kept)
			.sorted(Comparator.comparing(Incident::getLoggedAt, Comparator.nullsLast(Comparator.reverseOrder())))
			.toList();
		return new Found(school, all, filters.isValid() ? found : List.of(), services, names, filters);
	}

	/** Every filter given must hold; one that cannot be read is reported beside its field. */
	private Predicate<Incident> kept(ListFilters f) {
		PagePeriod period = f.period();
		ZoneId zone = clock.getZone();
		Predicate<Incident> kept = i -> period.contains(i.getLoggedAt(), zone);
		if (f.get("status") != null) {
			Incident.Status status = f.oneOf("status", Arrays.asList(Incident.Status.values()), ListFilters::value);
			kept = kept.and(i -> i.getStatus() == status);
		}
		String priority = f.get("priority");
		if (priority != null) {
			if (!priority.matches("[1-4]")) {
				f.refuse("priority", "A FITS priority from 1 (urgent) to 4 (low), not '" + priority + "'.");
			}
			else {
				int wanted = Integer.parseInt(priority);
				kept = kept.and(i -> i.getPriority() != null && i.getPriority() == wanted);
			}
		}
		String service = f.get("service");
		if (service != null) {
			if (!service.matches("\\d{1,18}")) {
				f.refuse("service", "Choose one of the catalogue's services.");
			}
			else {
				Long wanted = Long.valueOf(service);
				kept = kept.and(i -> wanted.equals(i.getServiceId()));
			}
		}
		if (f.get("kind") != null) {
			IncidentCategory category = f.oneOf("kind", Arrays.asList(IncidentCategory.values()),
					IncidentCategory::formValue);
			kept = kept.and(i -> i.getCategory() == category);
		}
		String targets = f.get("targets");
		if (targets != null) {
			switch (targets) {
				case "missed" -> kept = kept.and(i -> Boolean.FALSE.equals(i.getResponseTargetMet())
						|| Boolean.FALSE.equals(i.getFixTargetMet()));
				case "met" -> kept = kept.and(i -> Boolean.TRUE.equals(i.getResponseTargetMet())
						&& Boolean.TRUE.equals(i.getFixTargetMet()));
				default -> f.refuse("targets", "Met or missed, not '" + targets + "'.");
			}
		}
		return kept;
	}

	private static List<Choice> choices(Incident.Status[] statuses) {
		return Arrays.stream(statuses)
			.map(s -> new Choice(ListFilters.value(s), status(s))).toList();
	}

	private static String service(Incident i, Map<Long, String> services) {
		String name = i.getServiceId() == null ? null : services.get(i.getServiceId());
		return name != null ? name : i.getServiceAsReported();
	}

	static String kind(IncidentCategory category) {
		if (category == null) {
			return "Not yet categorised";
		}
		return switch (category) {
			case FAULT -> "Fault";
			case REQUEST -> "Request";
			case NEW_REQUIREMENT -> "New requirement";
		};
	}

	/** Where an incident stands, in the FITS life cycle's words. */
	static String status(Incident.Status status) {
		return switch (status) {
			case LOGGED -> "Logged, being categorised";
			case IN_PROGRESS -> "With first-level support";
			case ON_HOLD -> "Waiting on the reporter";
			case RESTORED -> "Service restored";
			case WITH_SECOND_LEVEL -> "With second-level support";
			case RESOLVED -> "Resolved";
			case CLOSED -> "Closed";
		};
	}

	private static String yesNo(Boolean met) {
		return met == null ? null : met ? "yes" : "no";
	}

	private static String when(Instant at, ZoneId zone) {
		return at == null ? null : WHEN.format(at.atZone(zone));
	}
}

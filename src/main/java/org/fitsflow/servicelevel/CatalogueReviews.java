package org.fitsflow.servicelevel;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.fitsflow.mail.Attachment;
import org.fitsflow.mail.Mail;
import org.fitsflow.school.FitsFunction;
import org.fitsflow.school.ReviewNotices;
import org.fitsflow.school.SchoolDirectory;
import org.fitsflow.spreadsheet.Workbooks;
import org.fitsflow.system.FitsProperties;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly service catalogue reviews (001, task 1): the list of services from the current catalogue, the meeting's
 * agreement checked entry by entry, the dated version it becomes, the provider contracts to update as actions, and the
 * catalogue published to everyone who holds a FITS function and the users' representatives.
 */
@Service
@Transactional
public class CatalogueReviews {

	private final CatalogueReviewRepository reviews;
	private final ServiceCatalogue catalogue;
	private final CatalogueVersions versions;
	private final ReviewActions actions;
	private final SchoolDirectory directory;
	private final Mail mail;
	private final ReviewNotices notices;
	private final FitsProperties fits;
	private final Clock clock;

	CatalogueReviews(CatalogueReviewRepository reviews, ServiceCatalogue catalogue, CatalogueVersions versions,
			ReviewActions actions, SchoolDirectory directory, Mail mail, ReviewNotices notices, FitsProperties fits,
			Clock clock) {
		this.reviews = reviews;
		this.catalogue = catalogue;
		this.versions = versions;
		this.actions = actions;
		this.directory = directory;
		this.mail = mail;
		this.notices = notices;
		this.fits = fits;
		this.clock = clock;
	}

	/** Opens the review due on the school's date; one per school and date, so it never starts twice. */
	public CatalogueReview open(String schoolId, LocalDate due, String processInstanceId) {
		directory.school(schoolId);
		try {
			return reviews.saveAndFlush(new CatalogueReview(schoolId, due, processInstanceId, clock.instant()));
		}
		catch (DataIntegrityViolationException openedMeanwhile) {
			throw new IllegalStateException("School '" + schoolId + "' already has the catalogue review due " + due + ".");
		}
	}

	@Transactional(readOnly = true)
	public CatalogueReview review(String schoolId, String reference) {
		return reviews.findBySchoolIdAndReference(schoolId, reference)
			.orElseThrow(() -> new NoSuchElementException("School '" + schoolId + "' has no catalogue review " + reference + "."));
	}

	@Transactional(readOnly = true)
	public List<CatalogueReview> reviews(String schoolId) {
		directory.school(schoolId);
		return reviews.findBySchoolIdOrderByDueOnDesc(schoolId);
	}

	/** The current catalogue as the entries maintenance starts the list from. */
	@Transactional(readOnly = true)
	public List<Map<String, Object>> currentEntries(String schoolId) {
		return CatalogueEntries.of(catalogue.services(schoolId).stream().map(CatalogueService::details).toList());
	}

	/** Maintenance's list (step 1): every entry named, no name twice. Returns the entries as listed. */
	public List<CatalogueEntries.Entry> listed(String schoolId, String reference, Object services, String by) {
		List<CatalogueEntries.Entry> entries = named(services);
		review(schoolId, reference).listed(by);
		return entries;
	}

	/** The single point of contact has checked the list is complete. */
	public void listChecked(String schoolId, String reference, Object services, boolean complete, String by) {
		named(services);
		if (!complete) {
			throw new IllegalArgumentException("listComplete: tick that the list is complete once every ICT service the "
					+ "school uses is on it (add any that are missing).");
		}
		review(schoolId, reference).listChecked(by);
	}

	/**
	 * Checks the meeting's agreement: every service not marked "details to gather" must be complete and valid, each
	 * wrong entry named. Returns whether details are still to gather for services added at the meeting.
	 */
	@Transactional(readOnly = true)
	public boolean detailsToGather(String schoolId, Object services) {
		List<CatalogueEntries.Entry> entries = named(services);
		check(schoolId, entries, false);
		return entries.stream().anyMatch(CatalogueEntries.Entry::detailsToGather);
	}

	/**
	 * Records the agreed catalogue as the next dated version (effective for new incidents from today), issues an
	 * action to the ICT owner for each provider contract to update, and records the users' representatives.
	 */
	public CatalogueVersion agreed(String schoolId, String reference, Object services, String representatives,
			LocalDate contractsUpdatedBy, String by) {
		CatalogueReview review = review(schoolId, reference);
		List<CatalogueEntries.Entry> entries = named(services);
		check(schoolId, entries, true);
		List<String> representing = userIds(schoolId, representatives);
		CatalogueVersion version = versions.record(schoolId, entries.stream().map(CatalogueEntries.Entry::service).toList(),
				CatalogueVersion.Source.REVIEW, review.getReference(), by);
		LocalDate contractsBy = contractsUpdatedBy != null ? contractsUpdatedBy : review.getDueOn().plusMonths(1);
		List<ActionAgreed> contracts = new ArrayList<>();
		for (CatalogueEntries.Entry entry : entries) {
			ServiceDetails s = entry.service();
			if (entry.contractToUpdate()) {
				String with = s.supportedBy() == SupportedBy.SERVICE_PROVIDER ? s.providerName() : "second-level support";
				contracts.add(new ActionAgreed("Update the support contract with " + with + " for '" + s.name()
						+ "' to the levels agreed at the catalogue review (response " + words(SupportTimes.words(s.responseTime()))
						+ ", fix " + words(SupportTimes.words(s.fixTime())) + ").", FitsFunction.ICT_OWNER, null,
						contractsBy.isBefore(LocalDate.now(clock)) ? LocalDate.now(clock) : contractsBy));
			}
		}
		actions.issue(schoolId, review.getReference(), contracts, by);
		review.agreed(version, String.join(",", representing), by, clock.instant());
		return version;
	}

	/** E-mails the agreed catalogue, as a spreadsheet, to every function holder and the users' representatives. */
	public void publish(String schoolId, String reference) {
		CatalogueReview review = review(schoolId, reference);
		CatalogueVersion version = versions(schoolId, review);
		Set<String> to = new LinkedHashSet<>(notices.team(schoolId));
		userIds(schoolId, review.getRepresentatives()).forEach(id -> to.add(directory.person(schoolId, id).getEmail()));
		mail.send(schoolId, to, "catalogue-published", Map.of("version", version,
				"effective", version.getEffectiveFrom().format(CatalogueVersions.LONG_DATE), "services", version.services()),
				List.of(new Attachment("service-catalogue-" + schoolId + "-v" + version.getVersionNumber() + ".xlsx",
						Workbooks.XLSX, versions.spreadsheet(schoolId, version.getVersionNumber()))));
		review.published();
	}

	/** Where the single point of contact filed the original (001, task 1, step 8). */
	public void filed(String schoolId, String reference, String where, String by) {
		if (where == null || where.isBlank()) {
			throw new IllegalArgumentException("filedWhere: say where the original catalogue is filed.");
		}
		if (where.length() > 500) {
			throw new IllegalArgumentException("filedWhere: at most 500 characters.");
		}
		review(schoolId, reference).filed(where.trim(), by, clock.instant());
	}

	/** The version a review agreed. */
	@Transactional(readOnly = true)
	public CatalogueVersion versions(String schoolId, CatalogueReview review) {
		return versions.versions(schoolId).stream().filter(v -> v.getId().equals(review.getCatalogueVersionId()))
			.findFirst().orElseThrow(() -> new NoSuchElementException(review.getReference() + " has agreed no catalogue yet."));
	}

	/** Where the API serves an agreed version as a spreadsheet. */
	public String link(String schoolId, int versionNumber) {
		return fits.baseUrl() + "/api/schools/" + schoolId + "/catalogue-versions/" + versionNumber + "/spreadsheet";
	}

	/** Reminds the holders of the functions whose review tasks are still open that its date is near. */
	public void remind(String schoolId, String reference, Collection<FitsFunction> withOpenTasks) {
		CatalogueReview review = review(schoolId, reference);
		notices.remind(schoolId, "yearly service catalogue review", review.getDueOn(), withOpenTasks);
	}

	/** The review's date has passed with it open: the ICT owner and the holders of open tasks are told. */
	public void reportOverdue(String schoolId, String reference, Collection<FitsFunction> withOpenTasks) {
		CatalogueReview review = review(schoolId, reference);
		notices.overdue(schoolId, "yearly service catalogue review", review.getDueOn(), withOpenTasks);
	}

	/** Every entry named, and no name twice; refused naming each entry otherwise. */
	private static List<CatalogueEntries.Entry> named(Object services) {
		List<CatalogueEntries.Entry> entries = CatalogueEntries.read(CatalogueReviewProcess.SERVICES.name(), services);
		if (entries.isEmpty()) {
			throw new IllegalArgumentException("services: list at least one ICT service the school uses.");
		}
		List<String> problems = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (int i = 0; i < entries.size(); i++) {
			String name = entries.get(i).service().name();
			if (name == null) {
				problems.add("service " + (i + 1) + ": give it a name");
			}
			else if (!names.add(name.toLowerCase(Locale.ROOT))) {
				problems.add("service " + (i + 1) + " (" + name + "): listed more than once");
			}
		}
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException("services: " + String.join("; ", problems) + ".");
		}
		return entries;
	}

	/**
	 * Every entry complete and valid, each wrong one named by its place in the list. Until the agreement is final,
	 * entries marked "details to gather" are left for later; in the final one none may be left.
	 */
	private void check(String schoolId, List<CatalogueEntries.Entry> entries, boolean agreedFinally) {
		List<Integer> checked = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			if (agreedFinally || !entries.get(i).detailsToGather()) {
				checked.add(i);
			}
		}
		Map<Integer, List<String>> found = catalogue.problems(schoolId,
				checked.stream().map(i -> entries.get(i).service()).toList());
		List<String> problems = new ArrayList<>();
		for (int n = 0; n < checked.size(); n++) {
			CatalogueEntries.Entry entry = entries.get(checked.get(n));
			List<String> wrong = new ArrayList<>(entry.problems());
			wrong.addAll(found.getOrDefault(n + 1, List.of()));
			if (entry.detailsToGather()) {
				wrong.add("its details are still to gather.");
			}
			if (!wrong.isEmpty()) {
				problems.add("service " + (checked.get(n) + 1) + " (" + entry.service().name() + "): " + String.join(" ", wrong));
			}
		}
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException("services: " + String.join("; ", problems));
		}
	}

	private List<String> userIds(String schoolId, String typed) {
		if (typed == null || typed.isBlank()) {
			return List.of();
		}
		List<String> ids = Arrays.stream(typed.split("[,;\\s]+")).filter(s -> !s.isBlank()).distinct().toList();
		List<String> unknown = ids.stream().filter(id -> directory.findPerson(schoolId, id).isEmpty()).toList();
		if (!unknown.isEmpty()) {
			throw new IllegalArgumentException("representatives: nobody of the school has the user id "
					+ String.join(", ", unknown) + ".");
		}
		return ids;
	}

	private static String words(String time) {
		return time == null ? "as the incident targets table sets" : time;
	}
}

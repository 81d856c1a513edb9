package org.fitsflow.servicelevel;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.fitsflow.school.SchoolAccess;
import org.fitsflow.school.SchoolDirectory;
import org.fitsflow.school.SchoolPage;
import org.fitsflow.system.CurrentUser;
import org.fitsflow.system.ForbiddenException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The service catalogue page: the agreed services with their support times, the dated versions (an older one can be
 * read whole), the spreadsheet to download, and, for whoever the API lets change the catalogue (the ICT owner, an
 * administrator), the import of a corrected spreadsheet as the next version. The rules are the API's
 * ({@link ServiceCatalogueController}): members read, the ICT owner or an administrator changes; an import is checked
 * whole first by {@link CatalogueVersions}, so a bad file changes nothing and its bad rows are listed.
 */
@Controller
@SchoolPage
class CataloguePage {

	static final String PATH = "/pages/schools/{schoolId}/catalogue";
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm");

	private final ServiceCatalogue catalogue;
	private final CatalogueVersions versions;
	private final SchoolDirectory directory;
	private final SchoolAccess access;
	private final CurrentUser currentUser;
	private final Clock clock;

	CataloguePage(ServiceCatalogue catalogue, CatalogueVersions versions, SchoolDirectory directory, SchoolAccess access,
			CurrentUser currentUser, Clock clock) {
		this.catalogue = catalogue;
		this.versions = versions;
		this.directory = directory;
		this.access = access;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/** A service as a row of the page, its times in words; no time: the incident-targets table decides by priority. */
	record Row(String name, String description, String availability, String endUsers, String importance,
			String responseTime, String fixTime, String supportedBy) {
		static Row of(ServiceDetails s) {
			return new Row(s.name(), s.description(), s.availabilityRequired(), s.endUserGroups(),
					s.importance() == null ? null : s.importance().name().charAt(0)
							+ s.importance().name().substring(1).toLowerCase(java.util.Locale.ROOT),
					SupportTimes.words(s.responseTime()), SupportTimes.words(s.fixTime()),
					s.supportedBy() == SupportedBy.SERVICE_PROVIDER
							? "Service provider: " + s.providerName()
							: "School staff" + (s.supportedByUserId() == null ? "" : " (" + s.supportedByUserId() + ")"));
		}
	}

	/** One agreed version as the list of versions shows it. */
	record Version(int number, String effectiveFrom, String agreed, String source) {
	}

	@GetMapping(PATH)
	String show(@PathVariable String schoolId, @RequestParam(required = false) Integer version, Model model) {
		access.checkMember(schoolId);
		List<CatalogueVersion> all = versions.versions(schoolId);
		model.addAttribute("versions", all.stream().map(this::version).toList());
		if (version != null) {
			CatalogueVersion shown = versions.version(schoolId, version);
			model.addAttribute("shownVersion", version(shown));
			model.addAttribute("services", shown.services().stream().map(Row::of).toList());
		}
		else {
			model.addAttribute("services", catalogue.services(schoolId).stream().map(s -> Row.of(s.details())).toList());
		}
		model.addAttribute("page", "catalogue");
		model.addAttribute("schoolId", schoolId);
		model.addAttribute("schoolName", directory.school(schoolId).getName());
		model.addAttribute("mayChange", mayChange(schoolId));
		return "servicelevel/catalogue";
	}

	@GetMapping(PATH + "/spreadsheet")
	ResponseEntity<byte[]> spreadsheet(@PathVariable String schoolId) {
		access.checkMember(schoolId);
		return ServiceCatalogueController.xlsx("service-catalogue-" + schoolId + ".xlsx", versions.spreadsheet(schoolId));
	}

	@GetMapping(PATH + "/versions/{version}/spreadsheet")
	ResponseEntity<byte[]> versionSpreadsheet(@PathVariable String schoolId, @PathVariable int version) {
		access.checkMember(schoolId);
		return ServiceCatalogueController.xlsx("service-catalogue-" + schoolId + "-v" + version + ".xlsx",
				versions.spreadsheet(schoolId, version));
	}

	/**
	 * A spreadsheet in the export's layout becomes the next version. Refused whole: the page comes back (400) with
	 * each bad row, its number as the spreadsheet shows it and its reasons, and nothing changed.
	 */
	@PostMapping(PATH + "/import")
	String importSpreadsheet(@PathVariable String schoolId, @RequestParam(required = false) MultipartFile file,
			Model model, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		access.checkIctOwnerOrAdministrator(schoolId, "change its service catalogue");
		if (file == null || file.isEmpty()) {
			return refused(schoolId, "Choose the spreadsheet to import (the export's layout). Nothing was changed.",
					List.of(), model, response);
		}
		try (InputStream in = file.getInputStream()) {
			CatalogueVersion agreed = versions.importSpreadsheet(schoolId, in, currentUser.userId());
			redirect.addFlashAttribute("done", "Version " + agreed.getVersionNumber() + " of the catalogue is agreed, with "
					+ agreed.services().size() + " services; it applies to incidents reported from today.");
			return "redirect:/pages/schools/" + schoolId + "/catalogue";
		}
		catch (CatalogueRefused bad) {
			return refused(schoolId, "The spreadsheet has " + bad.entries().size() + " row"
					+ (bad.entries().size() == 1 ? "" : "s") + " to correct. Nothing was changed.", bad.entries(), model,
					response);
		}
		catch (IllegalArgumentException unreadable) {
			return refused(schoolId, unreadable.getMessage(), List.of(), model, response);
		}
	}

	private String refused(String schoolId, String message, List<CatalogueRefused.BadEntry> rows, Model model,
			HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("refused", message.contains("Nothing was changed") ? message : message + " Nothing was changed.");
		model.addAttribute("badRows", rows);
		return show(schoolId, null, model);
	}

	private boolean mayChange(String schoolId) {
		try {
			access.checkIctOwnerOrAdministrator(schoolId, "change its service catalogue");
			return true;
		}
		catch (ForbiddenException notTheirs) {
			return false;
		}
	}

	private Version version(CatalogueVersion v) {
		String source = v.getSource() == CatalogueVersion.Source.REVIEW
				? "Agreed at the yearly review" + (v.getReviewReference() == null ? "" : " " + v.getReviewReference())
				: "Imported from a spreadsheet";
		return new Version(v.getVersionNumber(), v.getEffectiveFrom().format(CatalogueVersions.LONG_DATE),
				WHEN.format(v.getAgreedAt().atZone(clock.getZone())) + " by " + v.getAgreedBy(), source);
	}
}

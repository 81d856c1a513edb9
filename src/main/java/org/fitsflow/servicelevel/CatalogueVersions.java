package org.fitsflow.servicelevel;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.fitsflow.school.SchoolDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agreed versions of a school's service catalogue (the baselines of 001, task 1) and its spreadsheet. A version
 * is recorded whole or not at all: every entry is checked first, and if any is wrong nothing changes and each bad
 * entry is named with what to change.
 */
@Service
@Transactional
public class CatalogueVersions {

	static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");

	private final CatalogueVersionRepository versions;
	private final ServiceCatalogue catalogue;
	private final CatalogueSpreadsheet spreadsheet;
	private final SchoolDirectory directory;
	private final Clock clock;

	CatalogueVersions(CatalogueVersionRepository versions, ServiceCatalogue catalogue, CatalogueSpreadsheet spreadsheet,
			SchoolDirectory directory, Clock clock) {
		this.versions = versions;
		this.catalogue = catalogue;
		this.spreadsheet = spreadsheet;
		this.directory = directory;
		this.clock = clock;
	}

	/**
	 * Records an agreed catalogue as the next version, effective today for new incidents, and brings the live
	 * catalogue to it. Refused whole, naming each bad entry by its position, if any entry is wrong.
	 */
	public CatalogueVersion record(String schoolId, List<ServiceDetails> agreed, CatalogueVersion.Source source,
			String reviewReference, String agreedBy) {
		directory.school(schoolId);
		List<CatalogueRefused.BadEntry> bad = new ArrayList<>();
		catalogue.problems(schoolId, agreed)
			.forEach((position, problems) -> bad.add(new CatalogueRefused.BadEntry(position, name(agreed.get(position - 1)),
					problems)));
		if (agreed.isEmpty()) {
			throw new IllegalArgumentException("A service catalogue lists at least one ICT service.");
		}
		if (!bad.isEmpty()) {
			throw new CatalogueRefused("The catalogue has " + bad.size() + " entr" + (bad.size() == 1 ? "y" : "ies")
					+ " to correct.", bad);
		}
		LocalDate today = LocalDate.now(clock);
		CatalogueVersion version = versions.save(new CatalogueVersion(schoolId, versions.lastVersionNumber(schoolId) + 1,
				today, source, reviewReference, agreed, agreedBy, clock.instant()));
		catalogue.bringTo(schoolId, agreed, today);
		return version;
	}

	/**
	 * Imports the catalogue from a spreadsheet in the export's layout, as a new version. Every row is read and checked
	 * first; if any is wrong nothing changes, and each bad row is reported by its row number with the reason.
	 */
	public CatalogueVersion importSpreadsheet(String schoolId, InputStream file, String importedBy) {
		directory.school(schoolId);
		List<CatalogueSpreadsheet.Read> rows = spreadsheet.read(file);
		if (rows.isEmpty()) {
			throw new IllegalArgumentException("The spreadsheet lists no ICT services under row "
					+ (CatalogueSpreadsheet.HEADER_ROW + 1) + "; nothing was changed.");
		}
		List<ServiceDetails> services = rows.stream().map(CatalogueSpreadsheet.Read::service).toList();
		Map<Integer, List<String>> problems = catalogue.problems(schoolId, services);
		List<CatalogueRefused.BadEntry> bad = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			List<String> found = new ArrayList<>(rows.get(i).problems());
			found.addAll(problems.getOrDefault(i + 1, List.of()));
			if (!found.isEmpty()) {
				bad.add(new CatalogueRefused.BadEntry(rows.get(i).rowNumber(), name(services.get(i)), found));
			}
		}
		if (!bad.isEmpty()) {
			throw new CatalogueRefused("The spreadsheet has " + bad.size() + " row" + (bad.size() == 1 ? "" : "s")
					+ " to correct.", bad);
		}
		return record(schoolId, services, CatalogueVersion.Source.IMPORT, null, importedBy);
	}

	/** The catalogue as it stands, as a spreadsheet in the FITS template's layout. */
	@Transactional(readOnly = true)
	public byte[] spreadsheet(String schoolId) {
		String name = directory.school(schoolId).getName();
		List<ServiceDetails> services = catalogue.services(schoolId).stream().map(CatalogueService::details).toList();
		String subtitle = versions.findBySchoolIdOrderByVersionNumberDesc(schoolId).stream().findFirst()
			.map(v -> "Version " + v.getVersionNumber() + ", agreed on " + v.getEffectiveFrom().format(LONG_DATE))
			.orElse("As it stands on " + LocalDate.now(clock).format(LONG_DATE));
		return spreadsheet.write(name, subtitle, services);
	}

	/** An agreed version, as a spreadsheet (what was e-mailed when it was published). */
	@Transactional(readOnly = true)
	public byte[] spreadsheet(String schoolId, int versionNumber) {
		CatalogueVersion version = version(schoolId, versionNumber);
		return spreadsheet.write(directory.school(schoolId).getName(), "Version " + version.getVersionNumber()
				+ ", agreed on " + version.getEffectiveFrom().format(LONG_DATE), version.services());
	}

	@Transactional(readOnly = true)
	public List<CatalogueVersion> versions(String schoolId) {
		directory.school(schoolId);
		return versions.findBySchoolIdOrderByVersionNumberDesc(schoolId);
	}

	@Transactional(readOnly = true)
	public CatalogueVersion version(String schoolId, int versionNumber) {
		return versions.findBySchoolIdAndVersionNumber(schoolId, versionNumber)
			.orElseThrow(() -> new NoSuchElementException("School '" + schoolId + "' has no catalogue version "
					+ versionNumber + "."));
	}

	private static String name(ServiceDetails details) {
		return details.name() == null || details.name().isBlank() ? null : details.name().trim();
	}
}

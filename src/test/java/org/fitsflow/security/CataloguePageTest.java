package org.fitsflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fitsflow.testsupport.Api;
import org.fitsflow.testsupport.ServiceTest;
import org.fitsflow.testsupport.WebappSession;
import org.junit.jupiter.api.Test;

/**
 * The service catalogue page as an attacker tries it: another school's ICT owner, a teacher who may read but not
 * change, a form posted without the page's token, and a spreadsheet with bad rows; none of them changes the catalogue.
 * The school's own ICT owner imports a corrected spreadsheet as the next version and reads the older one.
 */
@ServiceTest
class CataloguePageTest extends TwoSchools {

	private static final String RIVERSIDE_PAGE = "/pages/schools/riverside/catalogue";
	private static final String HILLSIDE_PAGE = "/pages/schools/hillside/catalogue";
	/** The first service's row, 0-based (the spreadsheet shows it as row 5): under the title, subtitle and headings. */
	private static final int FIRST = 4;

	@Test
	void anotherSchoolsOwner_isRefusedEverything_andATeacherReadsButCannotImport() {
		int versionsBefore = versions(RIVERSIDE);
		WebappSession hillOwner = WebappSession.logIn(port, "hill-owner", PASSWORD);
		hillOwner.page(HILLSIDE_PAGE);
		Api.Response page = hillOwner.page(RIVERSIDE_PAGE);
		assertThat(page.status()).isEqualTo(403);
		assertThat(page.text()).contains("Not for you", "not a member of school &#39;riverside&#39;").doesNotContain("Printing");
		assertThat(hillOwner.page(RIVERSIDE_PAGE + "?version=1").status()).isEqualTo(403);
		assertThat(hillOwner.page(RIVERSIDE_PAGE + "/spreadsheet").status()).isEqualTo(403);
		assertThat(hillOwner.upload(RIVERSIDE_PAGE + "/import", "file", "c.xlsx", catalogue("Hacked", "High"), true).status())
			.isEqualTo(403);

		WebappSession teacher = WebappSession.logIn(port, "teacher", "demo");
		String read = teacher.page(RIVERSIDE_PAGE).text();
		assertThat(read).contains("Service catalogue", "Printing", "Download the catalogue")
			.doesNotContain("Import as the next version");
		assertThat(spreadsheet(teacher, RIVERSIDE_PAGE + "/spreadsheet")).isNotEmpty();
		Api.Response notTheirs = teacher.upload(RIVERSIDE_PAGE + "/import", "file", "c.xlsx", catalogue("Hacked", "High"), true);
		assertThat(notTheirs.status()).isEqualTo(403);
		assertThat(notTheirs.text()).contains("Only the ICT owner");
		assertThat(versions(RIVERSIDE)).isEqualTo(versionsBefore);
		assertThat(admin().get("/api/schools/riverside/services").text()).doesNotContain("Hacked");
		assertThat(teacher.page("/pages/schools/nowhere/catalogue").status()).as("no such school: not a member").isEqualTo(403);
	}

	@Test
	void owner_importWithoutToken_orWithBadRows_changesNothing_thenImportsAndReadsTheOlderVersion() {
		WebappSession owner = WebappSession.logIn(port, "hill-owner", PASSWORD);
		String before = owner.page(HILLSIDE_PAGE).text();
		assertThat(before).contains("Import as the next version");
		int versionsBefore = versions(HILLSIDE);
		String name = "Wi-Fi " + UUID.randomUUID().toString().substring(0, 6);

		// A form from another site has no token: refused before anything is read.
		assertThat(owner.upload(HILLSIDE_PAGE + "/import", "file", "c.xlsx", catalogue(name, "High"), false).status())
			.isEqualTo(403);

		// Two bad rows: each shown with its row number and reasons, nothing recorded.
		byte[] bad = catalogue(name, "High", "Laptops", "Urgent", "", "Low");
		Api.Response refused = owner.upload(HILLSIDE_PAGE + "/import", "file", "bad.xlsx", bad, true);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.text()).contains("2 rows to correct", "Nothing was changed", "id=\"bad-row-6\"",
				"importance: &#39;Urgent&#39; is not High, Medium or Low.", "id=\"bad-row-7\"", "every service needs a name");
		assertThat(owner.upload(HILLSIDE_PAGE + "/import", "file", "notes.txt", "not a spreadsheet".getBytes(), true)
			.text()).contains("Nothing was changed");
		assertThat(versions(HILLSIDE)).isEqualTo(versionsBefore);
		assertThat(admin().get("/api/schools/hillside/services").text()).doesNotContain(name);

		// Corrected: the next version, the live catalogue brought to it.
		Api.Response imported = owner.upload(HILLSIDE_PAGE + "/import", "file", "good.xlsx",
				catalogue(name, "High", "Laptops", "Medium"), true);
		assertThat(imported.status()).isEqualTo(302);
		int version = versionsBefore + 1;
		String after = owner.page(HILLSIDE_PAGE).text();
		assertThat(after).contains("Version " + version + " of the catalogue is agreed", name, "Laptops",
				"id=\"version-" + version + "\"");
		assertThat(versions(HILLSIDE)).isEqualTo(version);

		// The older version, read whole; and one that does not exist.
		owner.upload(HILLSIDE_PAGE + "/import", "file", "next.xlsx", catalogue("Printing", "Low"), true);
		String older = owner.page(HILLSIDE_PAGE + "?version=" + version).text();
		assertThat(older).contains("Version " + version + ", agreed on", name, "Laptops", "Back to the catalogue now");
		assertThat(owner.page(HILLSIDE_PAGE).text()).doesNotContain(name).contains("Printing");
		assertThat(spreadsheet(owner, HILLSIDE_PAGE + "/versions/" + version + "/spreadsheet")).isNotEmpty();
		assertThat(owner.page(HILLSIDE_PAGE + "?version=999").status()).isEqualTo(404);
	}

	private int versions(String school) {
		return admin().get("/api/schools/" + school + "/catalogue-versions").json().size();
	}

	/** A catalogue in the export's layout: pairs of service name and importance (blank name: a bad row). */
	private static byte[] catalogue(String... nameAndImportance) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Service catalogue");
			String[] columns = { "ICT service", "Description", "Service availability", "End users", "Importance",
					"Response time", "Fix time", "Supported by", "Supported by (user id)", "Service provider",
					"Provider's service desk e-mail" };
			Row header = sheet.createRow(FIRST - 1);
			for (int i = 0; i < columns.length; i++) {
				header.createCell(i).setCellValue(columns[i]);
			}
			for (int i = 0; i + 1 < nameAndImportance.length; i += 2) {
				Row row = sheet.createRow(FIRST + i / 2);
				row.createCell(0).setCellValue(nameAndImportance[i]);
				row.createCell(1).setCellValue("Described");
				row.createCell(4).setCellValue(nameAndImportance[i + 1]);
				row.createCell(5).setCellValue("1 hour");
				row.createCell(6).setCellValue("4 hours");
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}


	/** A spreadsheet the page offers, which must be given (200), not a refusal's body. */
	private static byte[] spreadsheet(WebappSession session, String path) {
		java.net.http.HttpResponse<byte[]> response = session.download(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}
}

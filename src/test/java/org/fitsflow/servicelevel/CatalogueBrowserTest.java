package org.fitsflow.servicelevel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fitsflow.testsupport.Browser;
import org.fitsflow.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The ICT owner at the service catalogue page, on a desktop and a phone: reaches it from the header, tries a
 * spreadsheet with a bad row (refused, the row shown, nothing changed), imports the corrected one as the next version
 * and reads the older version; a teacher reads the catalogue and is refused another school's.
 */
@BrowserTest
class CatalogueBrowserTest {

	private static final String PAGE = "/pages/schools/riverside/catalogue";

	@LocalServerPort
	int port;

	@Autowired
	CatalogueVersions versions;

	@Test
	void ictOwner_triesABadSpreadsheet_importsTheCorrectedOne_readsTheOlderVersion_accessibleAndOnAPhone() throws IOException {
		// The catalogue as it stands: imported again, it changes no service, only adds a version.
		byte[] now = versions.spreadsheet("riverside");
		Path good = Files.createTempFile("catalogue", ".xlsx");
		Path bad = Files.createTempFile("catalogue-bad", ".xlsx");
		Files.write(good, now);
		Files.write(bad, withUnreadableImportance(now));
		int before = versions.versions("riverside").size();
		try (Browser owner = Browser.open(port)) {
			owner.logInToPages("/pages/my-reports", "headteacher", "demo");
			owner.waitForText("My reports");
			owner.driver().findElement(By.linkText("Service catalogue")).click();
			owner.waitForText("The catalogue now");
			assertThat(owner.driver().findElement(By.id("services")).getText()).contains("Printing");
			assertThat(owner.seriousAccessibilityViolations()).as("the catalogue page").isEmpty();

			owner.driver().findElement(By.id("file")).sendKeys(bad.toAbsolutePath().toString());
			owner.driver().findElement(By.id("import")).click();
			owner.waitForText("Nothing was changed");
			assertThat(owner.driver().findElement(By.id("bad-rows")).getText()).containsPattern("\\d+ Printing").contains("'Urgent'");
			assertThat(versions.versions("riverside")).hasSize(before);
			assertThat(owner.seriousAccessibilityViolations()).as("the catalogue page with the bad rows").isEmpty();
			owner.screenshot("catalogue-bad-rows");

			owner.driver().findElement(By.id("file")).sendKeys(good.toAbsolutePath().toString());
			owner.driver().findElement(By.id("import")).click();
			int version = before + 1;
			owner.waitForText("Version " + version + " of the catalogue is agreed");
			assertThat(versions.versions("riverside")).hasSize(version);

			assertThat(owner.fitsAPhone()).as("the catalogue at a phone's width").isTrue();
			owner.screenshot("catalogue-phone");
			int older = version > 1 ? version - 1 : version;
			owner.driver().findElement(By.id("see-version-" + older)).click();
			owner.waitForText("Version " + older + ", agreed on");
			assertThat(owner.driver().findElement(By.id("services")).getText()).contains("Printing");
			assertThat(owner.fitsAPhone()).as("an older version at a phone's width").isTrue();
			assertThat(owner.seriousAccessibilityViolations()).as("an older version, on a phone").isEmpty();
		}
		finally {
			Files.deleteIfExists(good);
			Files.deleteIfExists(bad);
		}
		try (Browser teacher = Browser.open(port)) {
			teacher.logInToPages(PAGE, "teacher", "demo");
			teacher.waitForText("The catalogue now");
			assertThat(teacher.driver().findElements(By.id("import"))).as("only the ICT owner imports").isEmpty();
			teacher.go("/pages/schools/hillside/catalogue");
			teacher.waitForText("Not for you");
			assertThat(teacher.seriousAccessibilityViolations()).as("the refusal").isEmpty();
		}
	}

	/** The first service's importance made unreadable: the row the page must name. */
	private static byte[] withUnreadableImportance(byte[] spreadsheet) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(spreadsheet));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.getSheet(CatalogueSpreadsheet.SHEET);
			int printing = CatalogueSpreadsheet.HEADER_ROW + 1;
			while (!"Printing".equals(sheet.getRow(printing).getCell(0).getStringCellValue())) {
				printing++;
			}
			sheet.getRow(printing).getCell(4).setCellValue("Urgent");
			workbook.write(out);
			return out.toByteArray();
		}
	}
}

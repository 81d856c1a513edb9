package org.fitsflow.servicelevel;

import static org.fitsflow.spreadsheet.Workbooks.header;
import static org.fitsflow.spreadsheet.Workbooks.row;
import static org.fitsflow.spreadsheet.Workbooks.shown;
import static org.fitsflow.spreadsheet.Workbooks.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fitsflow.spreadsheet.Workbooks;
import org.springframework.stereotype.Component;

/**
 * The service catalogue as a spreadsheet in the FITS template's layout (001, task 1): one row per ICT service, with
 * its availability, end users, importance, response and fix times and who supports it. The same layout is read back
 * when a school imports its catalogue.
 */
@Component
class CatalogueSpreadsheet {

	static final String SHEET = "Service catalogue";
	/** The row of column titles (0-based); services follow it. */
	static final int HEADER_ROW = 3;
	static final String[] COLUMNS = { "ICT service", "Description", "Service availability", "End users", "Importance",
			"Response time", "Fix time", "Supported by", "Supported by (user id)", "Service provider",
			"Provider's service desk e-mail" };
	private static final String STAFF = "School staff";
	private static final String PROVIDER = "Service provider";

	/** A row read back: its number as the spreadsheet shows it, and its service or what is wrong with it. */
	record Read(int rowNumber, ServiceDetails service, List<String> problems) {
	}

	byte[] write(String schoolName, String subtitle, List<ServiceDetails> services) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFSheet sheet = workbook.createSheet(SHEET);
			Workbooks.Styles styles = new Workbooks.Styles(workbook);
			text(row(sheet, 0), 0, "Service catalogue: " + schoolName, styles.title);
			text(row(sheet, 1), 0, subtitle, null);
			header(sheet, HEADER_ROW, styles, COLUMNS);
			int index = HEADER_ROW + 1;
			for (ServiceDetails s : services) {
				Row row = row(sheet, index++);
				text(row, 0, s.name(), null);
				text(row, 1, s.description(), styles.wrapped);
				text(row, 2, s.availabilityRequired(), null);
				text(row, 3, s.endUserGroups(), null);
				text(row, 4, s.importance() == null ? null : capitalised(s.importance().name()), null);
				text(row, 5, SupportTimes.words(s.responseTime()), null);
				text(row, 6, SupportTimes.words(s.fixTime()), null);
				text(row, 7, s.supportedBy() == SupportedBy.SERVICE_PROVIDER ? PROVIDER : STAFF, null);
				text(row, 8, s.supportedByUserId(), null);
				text(row, 9, s.providerName(), null);
				text(row, 10, s.providerServiceDeskEmail(), null);
			}
			Workbooks.widths(sheet, 30, 45, 24, 24, 12, 16, 16, 16, 18, 26, 32);
			sheet.createFreezePane(1, HEADER_ROW + 1);
			return Workbooks.bytes(workbook);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Every filled row under the header, each as a service or with what could not be read. */
	List<Read> read(InputStream in) {
		return Workbooks.readRows(in, SHEET, HEADER_ROW, COLUMNS, "the service catalogue",
				"Export the catalogue to get the layout.", CatalogueSpreadsheet::read);
	}

	private static Read read(Row row, int rowNumber) {
		List<String> problems = new ArrayList<>();
		Importance importance = null;
		String importanceText = shown(row, 4);
		if (importanceText != null) {
			try {
				importance = Importance.valueOf(importanceText.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException e) {
				problems.add("importance: '" + importanceText + "' is not High, Medium or Low.");
			}
		}
		java.time.Duration response = SupportTimes.read(problems, "responseTime", shown(row, 5));
		java.time.Duration fix = SupportTimes.read(problems, "fixTime", shown(row, 6));
		SupportedBy supportedBy = null;
		String supportedByText = shown(row, 7);
		if (supportedByText == null || supportedByText.equalsIgnoreCase(STAFF)) {
			supportedBy = SupportedBy.PERSON;
		}
		else if (supportedByText.equalsIgnoreCase(PROVIDER)) {
			supportedBy = SupportedBy.SERVICE_PROVIDER;
		}
		else {
			problems.add("supportedBy: '" + supportedByText + "' is neither '" + STAFF + "' nor '" + PROVIDER + "'.");
		}
		ServiceDetails service = new ServiceDetails(shown(row, 0), shown(row, 1), shown(row, 2), shown(row, 3),
				importance, response, fix, supportedBy, shown(row, 8), shown(row, 9), shown(row, 10));
		return new Read(rowNumber, service, problems);
	}


	private static String capitalised(String name) {
		return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
	}
}

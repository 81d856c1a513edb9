package org.fitsflow.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fitsflow.testsupport.Api;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The expenditure record through its API: the ICT owner keeps it, everyone in the school reads it without staff
 * costs, bad entries are refused with the field named, and the spreadsheet opens with its columns, totals and chart.
 * Uses a financial period of its own (years ahead) so other tests' costs do not count.
 */
abstract class ExpenditureScenario {

	private static final String PERIOD = "2031-32";
	private static final String BASE = "/api/schools/riverside/expenditure";

	@LocalServerPort
	int port;

	@Test
	void ictOwnerKeepsTheRecord_othersReadItWithoutStaffCosts_spreadsheetHasCategoriesTotalsAndChart() throws Exception {
		Api owner = Api.as(port, "headteacher");
		assertThat(owner.put(BASE + "/" + PERIOD + "/budget", Map.of("amount", 5000)).status()).isEqualTo(200);
		assertThat(owner.put(BASE + "/" + PERIOD + "/sub-categories", Map.of("category", "hardware", "names",
				List.of("Personal computers", "Network computers", "Printers", "Other"))).status()).isEqualTo(200);
		add(owner, "2031-04-10", "hardware", "Printers", "Colour laser for the office", "Northgate ICT", "420.00", 201);
		add(owner, "2031-05-02", "hardware", "Personal computers", "Five laptops", "Northgate ICT", "1800.00", 201);
		add(owner, "2031-06-15", "software", null, "Maths licence", "MathsCo", "300.00", 201);
		add(owner, "2032-01-20", "staff", null, "Technician overtime", null, "650.00", 201);
		add(owner, "2032-03-31", "mice", null, "Ten mice", "Cables R Us", "55.50", 201);

		JsonNode record = owner.get(BASE + "?period=" + PERIOD).json();
		assertThat(record.get("entries")).hasSize(5);
		assertThat(record.get("total").decimalValue()).isEqualByComparingTo("3225.50");
		assertThat(record.get("remaining").decimalValue()).isEqualByComparingTo("1774.50");
		assertThat(record.get("staffCostsShown").asBoolean()).isTrue();

		// Staff costs are sensitive: only the ICT owner sees them.
		JsonNode seenByTeacher = Api.as(port, "teacher").get(BASE + "?period=" + PERIOD).json();
		assertThat(seenByTeacher.get("entries")).hasSize(4)
			.noneMatch(e -> e.get("category").asText().equals("staff"));
		assertThat(seenByTeacher.get("totals")).noneMatch(t -> t.get("category").asText().equals("staff"));
		assertThat(seenByTeacher.get("staffCostsShown").asBoolean()).isFalse();

		// Only the ICT owner keeps the record.
		assertThat(Api.as(port, "technician").post(BASE, entry("2031-07-01", "cables", null, "Cables", null, "10")).status())
			.isEqualTo(403);
		assertThat(Api.as(port, "technician").put(BASE + "/" + PERIOD + "/budget", Map.of("amount", 1)).status())
			.isEqualTo(403);

		// Bad entries are refused, naming the field, and nothing is recorded.
		assertThat(add(owner, "2031-07-01", "gadgets", null, "Robot", null, "10", 400).text()).contains("category");
		assertThat(add(owner, "2031-07-01", "hardware", null, "Unsplit", null, "10", 400).text()).contains("subCategory");
		assertThat(add(owner, "2031-07-01", "cables", null, "Cables", null, "-3", 400).text()).contains("amount");
		assertThat(add(owner, "2031-07-01", "cables", null, " ", null, "3", 400).text()).contains("description");
		assertThat(owner.get(BASE + "/2031/budget").status()).isEqualTo(400);
		assertThat(owner.get(BASE + "?period=" + PERIOD).json().get("entries")).hasSize(5);

		// The spreadsheet: a column per category (hardware split), totals, budget and a chart per category.
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download("headteacher")))) {
			XSSFSheet sheet = workbook.getSheet(ExpenditureSpreadsheet.SHEET);
			List<String> header = cells(sheet.getRow(ExpenditureSpreadsheet.HEADER_ROW));
			assertThat(header).containsSubsequence("Date", "Description", "Supplier", "Request for change", "Software",
					"Hardware: Personal computers", "Hardware: Network computers", "Hardware: Printers", "Hardware: Other",
					"Mice", "Cables", "Consumables", "Contract charges", "Ad hoc supplier charges", "Staff", "Accommodation",
					"Miscellaneous", "Total");
			Row totals = rowStartingWith(sheet, "Total");
			assertThat(totals.getCell(header.indexOf("Hardware: Personal computers")).getNumericCellValue()).isEqualTo(1800.0);
			assertThat(totals.getCell(header.indexOf("Staff")).getNumericCellValue()).isEqualTo(650.0);
			assertThat(totals.getCell(header.indexOf("Total")).getNumericCellValue()).isEqualTo(3225.5);
			assertThat(rowStartingWith(sheet, "Remaining").getCell(header.indexOf("Total")).getNumericCellValue())
				.isEqualTo(1774.5);
			assertThat(rowStartingWith(sheet, "Highest spend").getCell(1).getStringCellValue())
				.isEqualTo("Hardware: Personal computers");
			assertThat(sheet.getDrawingPatriarch().getCharts()).singleElement()
				.satisfies(chart -> assertThat(chart.getTitleText().getString()).contains("Spend per category"));
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download("teacher")))) {
			XSSFSheet sheet = workbook.getSheet(ExpenditureSpreadsheet.SHEET);
			List<String> header = cells(sheet.getRow(ExpenditureSpreadsheet.HEADER_ROW));
			assertThat(header).contains("Staff (ICT owner only)");
			assertThat(rowStartingWith(sheet, "Total").getCell(header.indexOf("Total")).getNumericCellValue()).isEqualTo(2575.5);
		}
	}

	private Api.Response add(Api api, String date, String category, String subCategory, String description,
			String supplier, String amount, int expected) {
		Api.Response response = api.post(BASE, entry(date, category, subCategory, description, supplier, amount));
		assertThat(response.status()).as(response.toString()).isEqualTo(expected);
		return response;
	}

	private static Map<String, Object> entry(String date, String category, String subCategory, String description,
			String supplier, String amount) {
		Map<String, Object> entry = new java.util.HashMap<>();
		entry.put("date", date);
		entry.put("category", category);
		entry.put("subCategory", subCategory);
		entry.put("description", description);
		entry.put("supplier", supplier);
		entry.put("amount", new java.math.BigDecimal(amount));
		return entry;
	}

	private byte[] download(String userId) throws Exception {
		HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + BASE + "/" + PERIOD + "/spreadsheet"))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((userId + ":demo").getBytes()))
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("spreadsheetml"));
		return response.body();
	}

	private static List<String> cells(Row row) {
		List<String> values = new ArrayList<>();
		row.forEach(c -> values.add(c.getStringCellValue()));
		return values;
	}

	private static Row rowStartingWith(XSSFSheet sheet, String label) {
		for (Row row : sheet) {
			if (row.getCell(0) != null && row.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
					&& label.equals(row.getCell(0).getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("No row '" + label + "'");
	}

	static LocalDate date(String s) {
		return LocalDate.parse(s);
	}
}

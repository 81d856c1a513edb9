package org.fitsflow.school;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.fitsflow.spreadsheet.Workbooks;
import org.fitsflow.system.directory.DirectoryLogins;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff from the list a school's management information system exports (CSV or .xlsx): a name, an e-mail address and
 * a role per row, under a row of headings; other columns are ignored. Every row is checked first, against the file
 * and the school; if any is wrong nothing is added and each bad row is reported with its number and reasons. A good
 * list adds each person as {@code POST /api/schools/{school}/people} does ({@link SchoolDirectory#addPerson}), all
 * with the one first password given with the list (none when the school's directory checks passwords).
 */
@Service
@Transactional
public class StaffImport {

	/** The headings each column may have (compared without case, spaces or punctuation), the first one documented. */
	static final Map<String, List<String>> HEADINGS = headings();

	/** The roles a list may name: those on the leadership team, other school staff, a service provider's people. */
	static final List<String> LEADERSHIP_ROLES = List.of("headteacher", "head teacher", "head", "executive headteacher",
			"deputy headteacher", "deputy head", "assistant headteacher", "assistant head", "school business manager",
			"business manager", "leadership team", "senior leadership team", "slt");
	static final List<String> STAFF_ROLES = List.of("teacher", "class teacher", "teaching assistant", "ta",
			"higher level teaching assistant", "hlta", "senco", "school administrator", "administrator", "office manager",
			"admin officer", "bursar", "finance officer", "technician", "ict technician", "network manager", "librarian",
			"site manager", "caretaker", "cover supervisor", "learning mentor", "lunchtime supervisor", "support staff",
			"staff");
	static final List<String> PROVIDER_ROLES = List.of("service provider", "provider", "contractor",
			"external technician");

	private static final List<String> FIELD_ORDER = List.of("name", "email", "userId", "providerName", "password");

	private final SchoolDirectory directory;
	private final DirectoryLogins logins;
	private final CamundaIdentity identity;
	private final Validator validator;

	StaffImport(SchoolDirectory directory, DirectoryLogins logins, CamundaIdentity identity, Validator validator) {
		this.directory = directory;
		this.logins = logins;
		this.identity = identity;
		this.validator = validator;
	}

	/** One row of the list as read: its number as the file shows it (headings are row 1) and its cells. */
	record StaffRow(int row, String name, String email, String role, String userId, String providerName) {
	}

	/** What an import added, and the school's functions nobody holds yet (the ICT owner's next step). */
	public record Imported(List<Person> people, List<FitsFunction> unheld) {
	}

	/**
	 * Adds everyone on the list, or nobody. {@code firstPassword}: every new login's first password (each person
	 * changes it at their first login); must be empty when the school's directory checks passwords.
	 */
	public Imported importStaff(String schoolId, byte[] file, String firstPassword) {
		directory.school(schoolId);
		String password = firstPassword == null || firstPassword.isBlank() ? null : firstPassword;
		if (logins.enabled() && password != null) {
			throw new IllegalArgumentException("firstPassword: this school's passwords are kept in its directory (LDAP); "
					+ "send the list without a first password.");
		}
		if (!logins.enabled() && (password == null || password.length() < 10)) {
			throw new IllegalArgumentException("firstPassword: give the first password of the people on the list "
					+ "(at least 10 characters); each changes it at their first login.");
		}
		List<StaffRow> rows = read(file);
		List<PersonDetails> people = check(schoolId, rows, password);
		List<Person> added = people.stream().map(details -> directory.addPerson(schoolId, details)).toList();
		return new Imported(added, unheld(schoolId));
	}

	/** The functions (ICT users aside: every member of staff is one) that nobody in the school holds. */
	public List<FitsFunction> unheld(String schoolId) {
		return Arrays.stream(FitsFunction.values())
			.filter(f -> f != FitsFunction.ICT_USERS && directory.holders(schoolId, f).isEmpty())
			.toList();
	}

	private List<PersonDetails> check(String schoolId, List<StaffRow> rows, String password) {
		if (rows.isEmpty()) {
			throw new IllegalArgumentException("file: the list has nobody on it: put one person on each row under the "
					+ "headings.");
		}
		Map<String, Integer> emails = new HashMap<>();
		Map<String, Integer> userIds = new HashMap<>();
		Map<String, String> usedEmails = new HashMap<>();
		directory.people(schoolId).forEach(p -> usedEmails.put(p.getEmail().toLowerCase(Locale.ROOT), p.getUserId()));
		List<PersonDetails> people = new ArrayList<>();
		List<StaffImportRefused.BadRow> bad = new ArrayList<>();
		for (StaffRow row : rows) {
			List<String> problems = new ArrayList<>();
			String roleKey = row.role() == null ? null : words(row.role());
			boolean leadership = roleKey != null && LEADERSHIP_ROLES.contains(roleKey);
			boolean provider = roleKey != null && PROVIDER_ROLES.contains(roleKey);
			if (roleKey == null) {
				problems.add("role: the role is missing.");
			}
			else if (!leadership && !provider && !STAFF_ROLES.contains(roleKey)) {
				problems.add("role: '" + row.role() + "' is not a role FITS Flow knows; use a role of the leadership team ("
						+ "Headteacher, Deputy headteacher, School business manager...), of other staff (Teacher, Teaching "
						+ "assistant, Technician, Staff...) or Service provider.");
			}
			String userId = row.userId() != null ? row.userId() : userIdFrom(row.email());
			PersonDetails details = new PersonDetails(userId, row.name(), row.email(),
					provider ? Employment.SERVICE_PROVIDER : Employment.SCHOOL_STAFF, provider ? row.providerName() : null,
					leadership, password);
			List<ConstraintViolation<PersonDetails>> violations = new ArrayList<>(validator.validate(details));
			violations.sort(java.util.Comparator.comparing(v -> FIELD_ORDER.indexOf(v.getPropertyPath().toString())));
			for (ConstraintViolation<PersonDetails> violation : violations) {
				String field = violation.getPropertyPath().toString();
				// No user name made from a missing or wrong e-mail address: the address is reported instead.
				if (!field.equals("password") && !(field.equals("userId") && row.userId() == null && userId == null)) {
					problems.add(field + ": " + violation.getMessage() + (field.equals("userId") && row.userId() == null
							? " (made from the e-mail address; add a User name column to choose it)" : "") + ".");
				}
			}
			if (provider && (row.providerName() == null)) {
				problems.add("providerName: say which service provider " + (row.name() == null ? "they work" : row.name()
						+ " works") + " for, in a Provider column.");
			}
			if (row.email() != null) {
				String email = row.email().toLowerCase(Locale.ROOT);
				Integer earlier = emails.putIfAbsent(email, row.row());
				if (earlier != null) {
					problems.add("email: " + row.email() + " is on row " + earlier + " too.");
				}
				else if (usedEmails.containsKey(email)) {
					problems.add("email: " + row.email() + " is already " + usedEmails.get(email) + "'s, in the school.");
				}
			}
			if (userId != null && !userId.isBlank()) {
				Integer earlier = userIds.putIfAbsent(userId.toLowerCase(Locale.ROOT), row.row());
				if (earlier != null) {
					problems.add("userId: " + userId + " is the user name of row " + earlier + " too; add a User name "
							+ "column to tell them apart.");
				}
				else {
					problems.addAll(loginProblems(schoolId, userId));
				}
			}
			if (problems.isEmpty()) {
				people.add(details);
			}
			else {
				bad.add(new StaffImportRefused.BadRow(row.row(), row.name(), problems));
			}
		}
		if (!bad.isEmpty()) {
			throw new StaffImportRefused(bad);
		}
		return people;
	}

	/** A list adds new people: a login that is already someone's is refused, never linked (it may be a stranger's). */
	private List<String> loginProblems(String schoolId, String userId) {
		if (directory.findPerson(schoolId, userId).isPresent()) {
			return List.of("userId: " + userId + " is already a person of the school.");
		}
		if (identity.isAdministrator(userId)) {
			return List.of("userId: " + userId + " is an administrator's login; a school cannot add it.");
		}
		if (logins.enabled()) {
			try {
				logins.checkLogin(userId, null, !identity.loginExists(userId));
				return List.of();
			}
			catch (IllegalArgumentException notInTheDirectory) {
				return List.of(notInTheDirectory.getMessage());
			}
		}
		if (identity.loginExists(userId)) {
			return List.of("userId: " + userId + " is already someone's login (in another school); if it is the same "
					+ "person, add them on their own, which links their login to this school.");
		}
		return List.of();
	}

	/** "h.green@school.example" → "h.green": the part before the @, in the characters a user name may have. */
	static String userIdFrom(String email) {
		if (email == null || email.indexOf('@') <= 0) {
			return null;
		}
		return email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "");
	}

	// --- reading the file -------------------------------------------------------------------------------------------

	static List<StaffRow> read(byte[] file) {
		if (file == null || file.length == 0) {
			throw new IllegalArgumentException("file: the file is empty; send the staff list as CSV or .xlsx.");
		}
		boolean zip = file.length > 3 && file[0] == 'P' && file[1] == 'K';
		boolean oldExcel = file.length > 3 && (file[0] & 0xff) == 0xD0 && (file[1] & 0xff) == 0xCF;
		return zip || oldExcel ? readWorkbook(file) : readCsv(file);
	}

	private static List<StaffRow> readWorkbook(byte[] file) {
		List<List<String>> cells = new ArrayList<>();
		try (Workbook workbook = Workbooks.open(new ByteArrayInputStream(file))) {
			Sheet sheet = workbook.getSheetAt(0);
			int width = 0;
			for (int i = 0; i <= sheet.getLastRowNum(); i++) {
				Row row = sheet.getRow(i);
				width = Math.max(width, row == null ? 0 : row.getLastCellNum());
			}
			for (int i = 0; i <= sheet.getLastRowNum(); i++) {
				List<String> line = new ArrayList<>();
				for (int c = 0; c < width; c++) {
					line.add(Workbooks.shown(sheet.getRow(i), c));
				}
				cells.add(line);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return rows(cells);
	}

	private static List<StaffRow> readCsv(byte[] file) {
		String text = decode(file);
		String firstLine = text.lines().findFirst().orElse("");
		char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';'
				: count(firstLine, '\t') > count(firstLine, ',') ? '\t' : ',';
		List<List<String>> cells = new ArrayList<>();
		try (Reader reader = new StringReader(text)) {
			for (CSVRecord record : CSVFormat.RFC4180.builder().setDelimiter(delimiter).setTrim(true).get().parse(reader)) {
				cells.add(record.stream().map(v -> v == null || v.isBlank() ? null : v.trim()).toList());
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException e) {
			throw new IllegalArgumentException("file: the file is not a CSV list that can be read: " + e.getMessage());
		}
		return rows(cells);
	}

	/** UTF-8 (with or without a byte-order mark); an older export in Windows' own character set is read as that. */
	private static String decode(byte[] file) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(file)).toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException notUtf8) {
			return new String(file, Charset.forName("windows-1252"));
		}
	}

	private static long count(String line, char c) {
		return line.chars().filter(x -> x == c).count();
	}

	/** The rows under the headings (the first filled row), by the columns the headings name. */
	private static List<StaffRow> rows(List<List<String>> cells) {
		int headingRow = 0;
		while (headingRow < cells.size() && cells.get(headingRow).stream().allMatch(c -> c == null)) {
			headingRow++;
		}
		if (headingRow == cells.size()) {
			throw new IllegalArgumentException("file: the list is empty; its first row should be the headings "
					+ "(Name, E-mail, Role).");
		}
		Map<String, Integer> columns = new LinkedHashMap<>();
		List<String> headings = cells.get(headingRow);
		for (int i = 0; i < headings.size(); i++) {
			String heading = headings.get(i) == null ? "" : headings.get(i).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
			for (Map.Entry<String, List<String>> column : HEADINGS.entrySet()) {
				if (column.getValue().stream().anyMatch(h -> h.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "")
					.equals(heading))) {
					columns.putIfAbsent(column.getKey(), i);
				}
			}
		}
		List<String> missing = new ArrayList<>();
		if (!columns.containsKey("name") && !(columns.containsKey("forename") && columns.containsKey("surname"))) {
			missing.add("Name (or Forename and Surname)");
		}
		for (String required : List.of("email", "role")) {
			if (!columns.containsKey(required)) {
				missing.add(HEADINGS.get(required).get(0));
			}
		}
		if (!missing.isEmpty()) {
			throw new IllegalArgumentException("file: the list has no " + String.join(", no ", missing) + " column; row "
					+ (headingRow + 1) + " should hold the headings: Name, E-mail and Role (User name and Provider if you "
					+ "have them).");
		}
		List<StaffRow> rows = new ArrayList<>();
		for (int i = headingRow + 1; i < cells.size(); i++) {
			List<String> line = cells.get(i);
			if (line.stream().allMatch(c -> c == null)) {
				continue;
			}
			String name = cell(line, columns.get("name"));
			if (name == null) {
				String forename = cell(line, columns.get("forename"));
				String surname = cell(line, columns.get("surname"));
				name = forename == null && surname == null ? null
						: ((forename == null ? "" : forename) + " " + (surname == null ? "" : surname)).trim();
			}
			rows.add(new StaffRow(i + 1, name, cell(line, columns.get("email")), cell(line, columns.get("role")),
					cell(line, columns.get("userId")), cell(line, columns.get("providerName"))));
		}
		return rows;
	}

	private static String cell(List<String> line, Integer column) {
		return column == null || column >= line.size() ? null : line.get(column);
	}

	/** "Deputy Head-teacher " → "deputy head teacher"; "Head teacher" and "headteacher" are both known. */
	private static String words(String role) {
		return role.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ").trim();
	}

	private static Map<String, List<String>> headings() {
		Map<String, List<String>> headings = new LinkedHashMap<>();
		headings.put("name", List.of("Name", "Full name", "Staff name", "Display name", "Staff member"));
		headings.put("forename", List.of("Forename", "First name", "Given name", "Preferred forename", "Legal forename"));
		headings.put("surname", List.of("Surname", "Last name", "Family name", "Preferred surname", "Legal surname"));
		headings.put("email", List.of("E-mail", "Email address", "Work e-mail", "Work email address", "School e-mail",
				"School email address", "Mail"));
		headings.put("role", List.of("Role", "Staff role", "Job title", "Job role", "Post", "Position"));
		headings.put("userId", List.of("User name", "User id", "Login", "Login name", "Logon name"));
		headings.put("providerName", List.of("Provider", "Provider name", "Service provider", "Company", "Employer"));
		return headings;
	}
}

package com.gradverify.account;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.gradverify.shared.RuleViolationException;
import com.gradverify.shared.RuleViolationException.Violation;
import com.gradverify.shared.tabular.TableFormat;
import com.gradverify.shared.tabular.TableSink;
import com.gradverify.shared.tabular.XlsxSheetReader;
import com.gradverify.shared.tabular.XlsxSheetReader.UnreadableWorkbookException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * Creates reviewer accounts from an XLSX file with the columns 用户名, 姓名, 角色 (学院审核员 or
 * 学校审核员) and 学院. Each row is checked like a single account created on the page; the valid
 * rows are created, each with a generated initial password to be changed at first sign-in, and
 * every other row is reported with its column and reason: problems of its fields, a username that
 * repeats an earlier row, a username that is already taken. A file that cannot be read as such
 * (not a workbook, a zip bomb, no header, too many rows) is refused whole and creates nothing.
 * Administrators are not created from files: a stray row must not grant that much.
 */
@Service
class ReviewerImport {

	/** A school's reviewers fit in a few kilobytes; the limit keeps hostile files small. */
	static final int MAX_FILE_KILOBYTES = 512;

	/** Each account costs a password hash (about 0.1 s), so a file is kept to what one request can do. */
	static final int MAX_ROWS = 200;

	private static final int MAX_VALUE_SHOWN = 100;

	private static final List<Role> ROLES = List.of(Role.COLLEGE_REVIEWER, Role.SCHOOL_REVIEWER);

	private final StaffAccountService staff;

	private final MessageSource messages;

	ReviewerImport(StaffAccountService staff, MessageSource messages) {
		this.staff = staff;
		this.messages = messages;
	}

	/**
	 * Reads the file and creates its valid rows.
	 * @throws RuleViolationException (field {@code file}) if the file is missing, too big or unreadable
	 */
	ReviewerImportReport run(long size, InputStream content, String actor) {
		if (content == null || size == 0) {
			throw fileProblem("account.import.file.required");
		}
		if (size > MAX_FILE_KILOBYTES * 1024L) {
			throw fileProblem("account.import.file.tooLarge", MAX_FILE_KILOBYTES);
		}
		List<Row> rows = read(content);
		List<ReviewerImportReport.Problem> problems = new ArrayList<>();
		List<Candidate> candidates = new ArrayList<>();
		Map<String, Integer> firstRowOfUsername = new HashMap<>();
		for (Row row : rows) {
			check(row, firstRowOfUsername, problems).ifPresent(candidates::add);
		}
		List<Optional<Long>> ids = staff.createAll(candidates.stream().map(Candidate::account).toList(), actor);
		List<ReviewerImportReport.Created> created = new ArrayList<>();
		for (int i = 0; i < candidates.size(); i++) {
			Candidate candidate = candidates.get(i);
			if (ids.get(i).isPresent()) {
				created.add(candidate.created());
			}
			else {
				problems.add(problem(candidate.row(), ReviewerColumn.USERNAME, "account.username.taken",
						candidate.row().value(ReviewerColumn.USERNAME)));
			}
		}
		problems.sort(Comparator.comparingInt(ReviewerImportReport.Problem::row));
		return new ReviewerImportReport(rows.size(), created, problems);
	}

	/** An empty file with the columns' headers, its cells formatted as text. */
	static byte[] template() {
		try (var out = new ByteArrayOutputStream()) {
			try (TableSink sink = TableSink.open(TableFormat.XLSX, out, "审核员")) {
				sink.header(ReviewerColumn.headers().toArray(String[]::new));
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The row's account if it can be created, otherwise its problems added to {@code problems}. */
	private Optional<Candidate> check(Row row, Map<String, Integer> firstRowOfUsername,
			List<ReviewerImportReport.Problem> problems) {
		int before = problems.size();
		for (ReviewerColumn column : ReviewerColumn.values()) {
			if (row.value(column).indexOf('\0') >= 0) {
				// PostgreSQL cannot store NUL (U+0000) in text
				problems.add(problem(row, column, "account.import.nulCharacter"));
				return Optional.empty();
			}
		}
		String username = row.value(ReviewerColumn.USERNAME).strip();
		if (!username.isEmpty()) {
			Integer first = firstRowOfUsername.putIfAbsent(username, row.number());
			if (first != null) {
				problems.add(problem(row, ReviewerColumn.USERNAME, "account.import.duplicate", username, first));
			}
		}
		Role role = role(row.value(ReviewerColumn.ROLE));
		if (role == null) {
			String roles = String.join("、", ROLES.stream().map(this::roleName).toList());
			problems.add(row.value(ReviewerColumn.ROLE).isBlank()
					? problem(row, ReviewerColumn.ROLE, "account.import.role.required", roles)
					: problem(row, ReviewerColumn.ROLE, "account.import.role.unknown", row.value(ReviewerColumn.ROLE),
							roles));
		}
		String password = TemporaryPasswords.generate(username);
		var account = new StaffAccountService.NewStaffAccount(username, row.value(ReviewerColumn.DISPLAY_NAME), role,
				row.value(ReviewerColumn.COLLEGE), password, true);
		try {
			StaffAccountService.CheckedAccount checked = staff.check(account);
			return problems.size() > before ? Optional.empty() : Optional.of(new Candidate(row, checked, password));
		}
		catch (RuleViolationException ex) {
			for (Violation violation : ex.violations()) {
				Optional<ReviewerColumn> column = ReviewerColumn.ofField(violation.field());
				if (column.isEmpty() || column.get() != ReviewerColumn.ROLE || role != null) {
					problems.add(problem(row, column, violation.code(), text(violation.code(), violation.args())));
				}
			}
			return Optional.empty();
		}
	}

	/** A reviewer role by its Chinese name (as the page shows it) or its code; null for anything else. */
	private Role role(String text) {
		String value = text.strip();
		return ROLES.stream()
			.filter(role -> role.name().equalsIgnoreCase(value) || roleName(role).equals(value))
			.findFirst()
			.orElse(null);
	}

	private String roleName(Role role) {
		return text("role." + role.name());
	}

	/** The data rows, after finding the columns in the header row; refuses the file when it cannot be used. */
	private static List<Row> read(InputStream content) {
		Path file = spool(content);
		try {
			var rows = new RowCollector();
			XlsxSheetReader.read(file, rows::accept);
			if (rows.columns == null || rows.rows.isEmpty()) {
				throw fileProblem("account.import.file.noRows");
			}
			return rows.rows;
		}
		catch (UnreadableWorkbookException ex) {
			throw fileProblem(ex.noSheet() ? "account.import.file.noRows" : "account.import.file.unreadable");
		}
		catch (IOException ex) {
			throw fileProblem("account.import.file.unreadable");
		}
		finally {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				// the temporary directory's own clean-up removes it later
			}
		}
	}

	/** A temporary copy for POI to read; {@code createTempFile} makes it readable by the owner only. */
	private static Path spool(InputStream content) {
		try {
			Path file = Files.createTempFile("reviewers-", ".xlsx");
			Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private ReviewerImportReport.Problem problem(Row row, ReviewerColumn column, String code, Object... args) {
		return problem(row, Optional.of(column), code, text(code, args));
	}

	private static ReviewerImportReport.Problem problem(Row row, Optional<ReviewerColumn> column, String code,
			String reason) {
		String value = column.map(row::value).map(v -> v.replace('\0', '\u2400')).orElse(null);
		if (value != null && value.length() > MAX_VALUE_SHOWN) {
			value = value.substring(0, MAX_VALUE_SHOWN) + "…";
		}
		return new ReviewerImportReport.Problem(row.number(), column.map(ReviewerColumn::header).orElse(null), value,
				code, reason);
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
	}

	private static RuleViolationException fileProblem(String code, Object... args) {
		return new RuleViolationException(List.of(new Violation("file", code, args)));
	}

	/** Finds the columns in the first row, then keeps the rows after it, at most {@link #MAX_ROWS}. */
	private static final class RowCollector {

		private Map<ReviewerColumn, Integer> columns;

		private final List<Row> rows = new ArrayList<>();

		void accept(int number, List<String> cells) {
			if (columns == null) {
				columns = columns(cells);
				return;
			}
			if (rows.size() == MAX_ROWS) {
				throw fileProblem("account.import.file.tooManyRows", MAX_ROWS);
			}
			Map<ReviewerColumn, String> values = new EnumMap<>(ReviewerColumn.class);
			columns.forEach((column, index) -> values.put(column, index < cells.size() ? cells.get(index) : ""));
			rows.add(new Row(number, values));
		}

		private static Map<ReviewerColumn, Integer> columns(List<String> header) {
			Map<ReviewerColumn, Integer> found = new EnumMap<>(ReviewerColumn.class);
			for (int i = 0; i < header.size(); i++) {
				int index = i;
				ReviewerColumn.ofHeader(header.get(i)).ifPresent(column -> found.putIfAbsent(column, index));
			}
			List<String> missing = ReviewerColumn.headers()
				.stream()
				.filter(name -> !found.containsKey(ReviewerColumn.ofHeader(name).orElseThrow()))
				.toList();
			if (!missing.isEmpty()) {
				throw fileProblem("account.import.file.missingColumns", String.join("、", missing));
			}
			return found;
		}
	}

	/** A data row: its number as the spreadsheet shows it, and its cell per column ("" when empty). */
	private record Row(int number, Map<ReviewerColumn, String> values) {

		String value(ReviewerColumn column) {
			return values.getOrDefault(column, "");
		}
	}

	private record Candidate(Row row, StaffAccountService.CheckedAccount account, String password) {

		ReviewerImportReport.Created created() {
			var account = account().account();
			return new ReviewerImportReport.Created(row.number(), account.username().strip(),
					account.displayName().strip(), account.role(),
					account.role() == Role.COLLEGE_REVIEWER ? account.collegeName().strip() : null, password);
		}
	}
}

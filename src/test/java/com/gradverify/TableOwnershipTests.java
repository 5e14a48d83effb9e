package com.gradverify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A module's tables are its own: no SQL in one module names another module's tables, for reads or
 * writes, and the shared package names none. {@link ModularityTests} sees only Java types, so this
 * reads the SQL: a table belongs to the module whose migration creates it ({@code V4__registry.sql},
 * or a later one whose name starts with the module's name), and every string literal and text block
 * of a module's code is searched for the tables it names after from, join, update, into or table. A
 * table named at run time ({@code update %s}) is refused in the shared package, which owns no table.
 */
class TableOwnershipTests {

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	private static final Path CODE = Path.of("src/main/java/com/gradverify");

	/** Migrations whose name says another module than it starts with. */
	private static final Map<String, String> MIGRATION_OWNERS = Map.of("login_throttle", "account");

	private static final Pattern CREATE_TABLE = Pattern
		.compile("create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);

	private static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
			Pattern.DOTALL);

	/** A table name, or a placeholder ({@code %s}, {@code %1$s}) that names one at run time. */
	private static final Pattern TABLE_REFERENCE = Pattern
		.compile("\\b(?:from|join|update|into|table)\\s+([a-z_][a-z0-9_]*|%[0-9$]*s)");

	private static final String NAMED_AT_RUN_TIME = "a table named at run time";

	private static final String SHARED = "shared";

	@Test
	void noModuleNamesAnotherModulesTablesInSql() throws IOException {
		Map<String, String> owners = tableOwners();
		assertThat(owners).as("tables found in the migrations").containsKeys("account", "registry_record",
				"verification_application");

		List<String> violations = new ArrayList<>();
		for (String module : modules()) {
			try (Stream<Path> files = Files.walk(CODE.resolve(module))) {
				for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
					for (String table : tablesNamedIn(Files.readString(file, StandardCharsets.UTF_8))) {
						if (table.startsWith("%")) {
							// a module formats in its own table names; shared owns none to format in
							if (module.equals(SHARED)) {
								violations.add(CODE.relativize(file) + " names " + NAMED_AT_RUN_TIME);
							}
							continue;
						}
						String owner = owners.get(table);
						if (owner != null && !owner.equals(module)) {
							violations.add(CODE.relativize(file) + " names " + table + " (owned by " + owner + ")");
						}
					}
				}
			}
		}
		assertThat(violations).as("SQL naming another module's tables: use that module's API or events").isEmpty();
	}

	/** By table name, the module whose migration creates it. */
	private static Map<String, String> tableOwners() throws IOException {
		List<String> modules = modules();
		Map<String, String> owners = new HashMap<>();
		try (Stream<Path> migrations = Files.list(MIGRATIONS)) {
			for (Path migration : migrations.sorted().toList()) {
				String file = migration.getFileName().toString();
				if (!file.matches("V.*__.*\\.sql")) {
					continue;
				}
				String name = file.substring(file.indexOf("__") + 2, file.length() - 4).toLowerCase(Locale.ROOT);
				String module = MIGRATION_OWNERS.getOrDefault(name,
						modules.stream().filter(name::startsWith).findFirst().orElse(name));
				Matcher created = CREATE_TABLE.matcher(Files.readString(migration, StandardCharsets.UTF_8));
				while (created.find()) {
					owners.putIfAbsent(created.group(1).toLowerCase(Locale.ROOT), module);
				}
			}
		}
		return owners;
	}

	/** The tables named in the string literals and text blocks of {@code source}. */
	private static TreeSet<String> tablesNamedIn(String source) {
		TreeSet<String> tables = new TreeSet<>();
		Matcher literal = LITERAL.matcher(source);
		while (literal.find()) {
			String text = (literal.group(1) != null ? literal.group(1) : literal.group(2)).toLowerCase(Locale.ROOT);
			Matcher reference = TABLE_REFERENCE.matcher(text);
			while (reference.find()) {
				tables.add(reference.group(1));
			}
		}
		return tables;
	}

	/** The top-level packages: the application modules, and shared, which owns no table. */
	private static List<String> modules() throws IOException {
		try (Stream<Path> packages = Files.list(CODE)) {
			return packages.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
		}
	}
}

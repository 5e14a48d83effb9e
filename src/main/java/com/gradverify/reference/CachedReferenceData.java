package com.gradverify.reference;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.gradverify.shared.HalfWidth;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Divisions and code tables only change with a migration (the division history with a release),
 * so they are read once, at first use, and served from memory afterwards (an import validates
 * hundreds of thousands of codes).
 */
@Service
class CachedReferenceData implements ReferenceData {

	private final JdbcClient jdbc;

	private volatile DivisionIndex divisions;

	/** Read at the first code the current list lacks: most days no one asks. */
	private volatile DivisionHistory history;

	private volatile Map<CodeTable, List<CodeEntry>> codeTables;

	CachedReferenceData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean isValidCode(CodeTable table, String code) {
		return codeName(table, code).isPresent();
	}

	@Override
	public Optional<String> codeName(CodeTable table, String code) {
		String wanted = HalfWidth.normalize(code);
		return entries(table).stream().filter(entry -> entry.code().equals(wanted)).map(CodeEntry::name).findFirst();
	}

	@Override
	public List<CodeEntry> entries(CodeTable table) {
		return codeTables().getOrDefault(table, List.of());
	}

	@Override
	public boolean divisionExists(String code) {
		return division(code).isPresent();
	}

	@Override
	public Optional<Division> division(String code) {
		return code == null ? Optional.empty() : divisions().find(HalfWidth.normalize(code));
	}

	@Override
	public List<Division> children(String parentCode) {
		return divisions().children(parentCode == null ? null : HalfWidth.normalize(parentCode));
	}

	@Override
	public Optional<OriginPlace> originPlace(String code) {
		if (code == null) {
			return Optional.empty();
		}
		String wanted = HalfWidth.normalize(code);
		return divisions().originPlaceName(wanted)
			.map(name -> OriginPlace.current(wanted, name))
			.or(() -> history().find(wanted));
	}

	private DivisionIndex divisions() {
		DivisionIndex loaded = divisions;
		if (loaded == null) {
			synchronized (this) {
				if (divisions == null) {
					divisions = new DivisionIndex(jdbc.sql("select code, name, parent_code, level from division")
						.query(Division.class)
						.list());
				}
				loaded = divisions;
			}
		}
		return loaded;
	}

	private DivisionHistory history() {
		DivisionHistory loaded = history;
		if (loaded == null) {
			DivisionIndex current = divisions();
			synchronized (this) {
				if (history == null) {
					history = DivisionHistory.load(current);
				}
				loaded = history;
			}
		}
		return loaded;
	}

	private Map<CodeTable, List<CodeEntry>> codeTables() {
		Map<CodeTable, List<CodeEntry>> loaded = codeTables;
		if (loaded == null) {
			synchronized (this) {
				if (codeTables == null) {
					Map<CodeTable, List<CodeEntry>> tables = new EnumMap<>(CodeTable.class);
					for (CodeTable table : CodeTable.values()) {
						tables.put(table, jdbc.sql("select code, name from code_entry where code_table = ? order by sort_order")
							.param(table.name())
							.query(CodeEntry.class)
							.list());
					}
					codeTables = Map.copyOf(tables);
				}
				loaded = codeTables;
			}
		}
		return loaded;
	}
}

package db.migration;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Loads the 2023 divisions shipped in {@code reference/divisions/} (see its SOURCE.md) into
 * {@code division}. Each CSV is streamed through PostgreSQL COPY into a staging table shaped like
 * the file, then copied across with its level; parents go first so the foreign key holds. About
 * 45,000 rows in well under a second, where row-by-row inserts take tens of seconds.
 */
public class V2__load_divisions extends BaseJavaMigration {

	/** One file: its name, the staging columns its header maps to, and its level. */
	private record DivisionFile(String name, String columns, int level) {
	}

	private static final DivisionFile[] FILES = {
			new DivisionFile("provinces.csv", "code, name", 1),
			new DivisionFile("cities.csv", "code, name, parent_code", 2),
			new DivisionFile("areas.csv", "code, name, parent_code, extra1", 3),
			new DivisionFile("streets.csv", "code, name, parent_code, extra1, extra2", 4) };

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
		try (Statement sql = connection.createStatement()) {
			sql.execute("create temporary table division_stage (code text, name text, parent_code text,"
					+ " extra1 text, extra2 text)");
			for (DivisionFile file : FILES) {
				sql.execute("truncate division_stage");
				try (Reader csv = open(file.name())) {
					copy.copyIn("copy division_stage (" + file.columns() + ") from stdin with (format csv, header true)",
							csv);
				}
				sql.execute("insert into division (code, name, parent_code, level) select code, name, parent_code, "
						+ file.level() + " from division_stage order by code");
			}
			sql.execute("drop table division_stage");
		}
	}

	private static Reader open(String file) {
		InputStream in = V2__load_divisions.class.getResourceAsStream("/reference/divisions/" + file);
		if (in == null) {
			throw new IllegalStateException("Missing resource reference/divisions/" + file);
		}
		return new InputStreamReader(in, StandardCharsets.UTF_8);
	}
}

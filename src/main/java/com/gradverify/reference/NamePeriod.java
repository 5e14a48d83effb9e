package com.gradverify.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of {@code reference/divisions/history.csv}: a GB/T 2260 code (6 digits, 省 XX0000, 市
 * XXXX00) and the name it carried from the {@code first} to the {@code last} published list that
 * has it, each a revision written YYYYMM.
 */
record NamePeriod(String code, String name, int first, int last) {

	static final String RESOURCE = "/reference/divisions/history.csv";

	boolean isCountyLevel() {
		return !code.endsWith("00");
	}

	/** The 市辖区 rows of the lists (once 晋城市市辖区) stand for a city's districts together, not for a place. */
	boolean isGroupingRow() {
		return name.endsWith("市辖区");
	}

	boolean covers(int revision) {
		return first <= revision && revision <= last;
	}

	static List<NamePeriod> readAll() {
		InputStream in = NamePeriod.class.getResourceAsStream(RESOURCE);
		if (in == null) {
			throw new IllegalStateException("Missing resource " + RESOURCE);
		}
		try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			List<NamePeriod> periods = new ArrayList<>(8_000);
			reader.readLine(); // code,name,firstRevision,lastRevision
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String[] cells = line.split(",");
				periods.add(new NamePeriod(cells[0], cells[1], Integer.parseInt(cells[2]), Integer.parseInt(cells[3])));
			}
			return periods;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}

package com.gradverify.registry.importing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.gradverify.reference.CodeTable;
import com.gradverify.reference.ReferenceData;

/** The code tables of the guide and a handful of divisions, for unit tests of row validation. */
class FakeReferenceData implements ReferenceData {

	private static final Map<CodeTable, Set<String>> CODES = Map.of(
			CodeTable.EDUCATION_LEVEL, Set.of("01", "03", "11", "13", "31", "33", "39", "41", "43", "49", "61"),
			CodeTable.TRAINING_MODE, Set.of("1", "2", "3", "4", "5"),
			CodeTable.GENDER, Set.of("1", "2"),
			CodeTable.ETHNICITY, Stream.concat(IntStream.rangeClosed(1, 56).mapToObj(i -> String.format("%02d", i)),
					Stream.of("97", "98")).collect(Collectors.toSet()),
			CodeTable.POLITICAL_STATUS, IntStream.rangeClosed(1, 13).mapToObj(i -> String.format("%02d", i))
				.collect(Collectors.toSet()),
			CodeTable.NORMAL_STUDENT, Set.of("1", "12", "2"),
			CodeTable.DIFFICULTY, Set.of("0", "1", "2", "3", "4", "5", "6", "7"),
			CodeTable.URBAN_RURAL, Set.of("1", "2"));

	private static final Set<String> DIVISIONS = Set.of("110105", "430602", "430621", "450102");

	/** 生源地 codes of registries that are no current county-level division: 嘉峪关市 and the old 密云县. */
	private static final Set<String> OTHER_ORIGIN_PLACES = Set.of("620200", "110228");

	@Override
	public boolean isValidCode(CodeTable table, String code) {
		return CODES.get(table).contains(code);
	}

	@Override
	public Optional<String> codeName(CodeTable table, String code) {
		throw new UnsupportedOperationException();
	}

	@Override
	public List<CodeEntry> entries(CodeTable table) {
		throw new UnsupportedOperationException();
	}

	@Override
	public boolean divisionExists(String code) {
		return DIVISIONS.contains(code);
	}

	@Override
	public Optional<Division> division(String code) {
		throw new UnsupportedOperationException();
	}

	@Override
	public List<Division> children(String parentCode) {
		throw new UnsupportedOperationException();
	}

	@Override
	public Optional<OriginPlace> originPlace(String code) {
		if (DIVISIONS.contains(code)) {
			return Optional.of(new OriginPlace(code, "生源地" + code, false, null));
		}
		return OTHER_ORIGIN_PLACES.contains(code) ? Optional.of(new OriginPlace(code, "生源地" + code, true, null))
				: Optional.empty();
	}
}

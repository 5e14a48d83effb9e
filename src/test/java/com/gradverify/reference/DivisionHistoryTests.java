package com.gradverify.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.gradverify.reference.ReferenceData.Division;
import com.gradverify.reference.ReferenceData.OriginPlace;
import com.gradverify.reference.ReferenceData.Successor;

/** Codes of divisions abolished or renamed since 1980, on the real current list and history. */
class DivisionHistoryTests {

	private static final DivisionIndex CURRENT = new DivisionIndex(currentDivisions());

	private static final DivisionHistory HISTORY = DivisionHistory.load(CURRENT);

	@ParameterizedTest(name = "{0} → {1}, now {2} {3}")
	@CsvSource({
			"110228, 北京市密云县, 110118, 北京市密云区", // 县 → 区 under a new code, the next list
			"132431, 河北省清苑县, 130608, 河北省保定市清苑区", // 1986 a new code in 保定市, 2015 a district
			"410121, 河南省荥阳县, 410182, 河南省荥阳市", // a list missing in between
			"510281, 四川省永川市, 500118, 重庆市永川区", // into the municipality created in 1997
			"131021, 河北省三河县, 131082, 河北省三河市", // renamed under the same code on the way
			"320684, 江苏省海门市, 320614, 江苏省南通市海门区" }) // after the last list of the history
	void namesAHistoricalCodeAsItWasAndItsClearSuccessor(String code, String name, String successorCode,
			String successorName) {
		assertThat(HISTORY.find(code)).contains(new OriginPlace(code, name, true, new Successor(successorCode,
				successorName)));
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({
			"371202, 山东省莱芜市莱城区", // 莱芜市 merged into 济南市 in 2019; 莱城区 became 莱芜区
			"110103, 北京市崇文区", // merged into 东城区
			"132601, 河北省承德市", // the county-level city became districts; 承德县 has a predecessor of its own
			"132531, 河北省宣化县" }) // merged into 宣化区, which existed before
	void leavesTheSuccessorUnknownWhereTheListsDoNotShowOne(String code, String name) {
		assertThat(HISTORY.find(code)).contains(new OriginPlace(code, name, true, null));
	}

	@Test
	void knowsOnlyCodesTheCurrentListLacks() {
		assertThat(HISTORY.find("110118")).isEmpty();
		assertThat(HISTORY.find("620200")).isEmpty(); // a city: the current list names it
		assertThat(HISTORY.find("110101")).isEmpty();
		assertThat(HISTORY.find("371201")).isEmpty(); // 市辖区 is no place
		assertThat(HISTORY.find("371200")).isEmpty(); // 莱芜市 had districts
		assertThat(HISTORY.find("999999")).isEmpty();
		assertThat(HISTORY.size()).isBetween(3_000, 3_600);
	}

	@Test
	void everyNameStartsWithItsProvinceAndEverySuccessorIsCurrent() {
		List<String> odd = new ArrayList<>();
		for (String code : codesOfHistory()) {
			HISTORY.find(code).ifPresent(place -> {
				String province = OriginPlaceNames.provinceName(CURRENT.find(code.substring(0, 2)).orElseThrow());
				Successor successor = place.successor();
				if (!place.name().startsWith(province) || place.name().contains("市辖区") || place.name().contains("直辖")
						|| successor != null && !CURRENT.originPlaceName(successor.code()).orElse("").equals(successor.name())) {
					odd.add(place.toString());
				}
			});
		}
		assertThat(odd).isEmpty();
	}

	private static List<String> codesOfHistory() {
		return NamePeriod.readAll().stream().map(NamePeriod::code).distinct().toList();
	}

	/** The 2023 list as V2 loads it: provinces, cities and county-level units (no towns). */
	private static List<Division> currentDivisions() {
		List<Division> all = new ArrayList<>();
		for (String[] row : csv("provinces.csv")) {
			all.add(new Division(row[0], row[1], null, 1));
		}
		for (String[] row : csv("cities.csv")) {
			all.add(new Division(row[0], row[1], row[2], 2));
		}
		for (String[] row : csv("areas.csv")) {
			all.add(new Division(row[0], row[1], row[2], 3));
		}
		return all;
	}

	private static List<String[]> csv(String file) {
		try (InputStream in = DivisionHistoryTests.class.getResourceAsStream("/reference/divisions/" + file)) {
			String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n");
			List<String[]> rows = new ArrayList<>();
			for (int i = 1; i < lines.length; i++) {
				rows.add(lines[i].replace("\"", "").split(","));
			}
			return rows;
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}
}

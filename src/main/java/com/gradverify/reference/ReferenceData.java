package com.gradverify.reference;

import java.util.List;
import java.util.Optional;

/** Read access to the code tables and the administrative divisions. */
public interface ReferenceData {

	boolean isValidCode(CodeTable table, String code);

	Optional<String> codeName(CodeTable table, String code);

	List<CodeEntry> entries(CodeTable table);

	boolean divisionExists(String code);

	Optional<Division> division(String code);

	/**
	 * The children of a division as a cascading select offers them; a {@code null} parent lists the
	 * provinces. Pseudo-cities that only group counties (市辖区 and 县 of the municipalities,
	 * 省直辖县级行政区划) are replaced by their members: 北京市 gives its districts (level 3), 河南省 gives
	 * its cities (level 2) and 济源市 (level 3). The pseudo-cities stay in the table and, asked directly,
	 * list their members. An unknown parent has no children.
	 */
	List<Division> children(String parentCode);

	/**
	 * A 生源地 code as registries write it (GB/T 2260), named by the official naming rules: a current
	 * county-level division (湖南省岳阳县, 湖南省岳阳市岳阳楼区, 北京市海淀区, 广西南宁市兴宁区), a city without
	 * counties written with its own code (620200 甘肃省嘉峪关市), or a county-level division abolished
	 * or renamed since 1980, named as it was then (110228 北京市密云县). Empty for codes that never named
	 * a county-level place (430600 is a city: 岳阳市 has counties).
	 */
	Optional<OriginPlace> originPlace(String code);

	/** The name of {@link #originPlace(String)}. */
	default Optional<String> originPlaceName(String code) {
		return originPlace(code).map(OriginPlace::name);
	}

	record CodeEntry(String code, String name) {
	}

	/**
	 * A 生源地: its code, its name, and whether the division no longer exists under this code and name
	 * ({@code historical}); for a historical one, its {@code successor} when the division lists show
	 * one clearly, or {@code null} (merged, split or otherwise not traceable).
	 */
	record OriginPlace(String code, String name, boolean historical, Successor successor) {

		static OriginPlace current(String code, String name) {
			return new OriginPlace(code, name, false, null);
		}

		public Optional<Successor> successorIfKnown() {
			return Optional.ofNullable(successor);
		}
	}

	/** The current division that took over a historical one: code and 生源地 name. */
	record Successor(String code, String name) {
	}

	/** A division; {@code level} is 1 省, 2 地, 3 县, 4 乡. */
	record Division(String code, String name, String parentCode, int level) {
	}
}

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
	 * The 生源地 of a 6-digit county-level code written by the official naming rules (e.g.
	 * 湖南省岳阳县, 湖南省岳阳市岳阳楼区, 北京市海淀区, 广西南宁市兴宁区); empty for an unknown code and for
	 * codes of other levels (430600 is not a division: the city is 4306).
	 */
	Optional<String> originPlaceName(String code);

	record CodeEntry(String code, String name) {
	}

	/** A division; {@code level} is 1 省, 2 地, 3 县, 4 乡. */
	record Division(String code, String name, String parentCode, int level) {
	}
}

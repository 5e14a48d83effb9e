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

	/** The children of a division; a {@code null} parent lists the provinces. */
	List<Division> children(String parentCode);

	/**
	 * The 生源地 of a 6-digit county-level code written by the official naming rules (e.g.
	 * 湖南省岳阳县, 湖南省岳阳市岳阳楼区, 北京市海淀区, 广西南宁市兴宁区); empty for an unknown code.
	 */
	Optional<String> originPlaceName(String code);

	record CodeEntry(String code, String name) {
	}

	/** A division; {@code level} is 1 省, 2 地, 3 县, 4 乡. */
	record Division(String code, String name, String parentCode, int level) {
	}
}

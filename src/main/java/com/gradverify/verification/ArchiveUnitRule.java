package com.gradverify.verification;

import java.util.List;

/**
 * 入学前档案所在单位: the high school or the education bureau (or talent centre) that held the
 * student's file before enrolment — a named institution, not a place.
 */
final class ArchiveUnitRule {

	private static final List<String> INSTITUTIONS = List.of("中学", "高中", "学校", "学院", "大学", "教育局", "教体局",
			"教育和体育局", "教育体育局", "招生考试", "考试院", "人才", "档案", "人力资源");

	private ArchiveUnitRule() {
	}

	static boolean isInstitution(String value) {
		if (value == null || value.length() < 4) {
			return false;
		}
		return INSTITUTIONS.stream().anyMatch(value::contains) || value.endsWith("中");
	}
}

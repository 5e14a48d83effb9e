package com.gradverify.agreement;

import java.time.LocalDate;

import com.gradverify.reference.CodeTable;
import com.gradverify.reference.ReferenceData;

import org.springframework.stereotype.Component;

/** The agreement's fields for reviewers, codes with their names: 国有企业 for 31, 湖南省岳阳县 for 430621. */
@Component
class CodeTexts {

	private final ReferenceData reference;

	CodeTexts(ReferenceData reference) {
		this.reference = reference;
	}

	DetailRow code(String section, String name, CodeTable table, String code) {
		return new DetailRow(section, name, code, code == null ? null : reference.codeName(table, code).orElse(null));
	}

	DetailRow division(String section, String name, String code) {
		return new DetailRow(section, name, code, code == null ? null : reference.originPlaceName(code).orElse(null));
	}

	static DetailRow text(String section, String name, String value) {
		return new DetailRow(section, name, value, null);
	}

	static DetailRow date(String section, String name, LocalDate value) {
		return text(section, name, value == null ? null : value.toString());
	}
}

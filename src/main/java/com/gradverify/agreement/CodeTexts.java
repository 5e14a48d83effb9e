package com.gradverify.agreement;

import java.time.LocalDate;

import com.gradverify.reference.CodeTable;
import com.gradverify.reference.ReferenceData;

import org.springframework.stereotype.Component;

/** Codes of the agreement's fields written out for reviewers: 国有企业（31）, 湖南省岳阳县（430621）. */
@Component
class CodeTexts {

	private final ReferenceData reference;

	CodeTexts(ReferenceData reference) {
		this.reference = reference;
	}

	DetailRow code(String section, String name, CodeTable table, String code) {
		return new DetailRow(section, name, code,
				code == null ? null : reference.codeName(table, code).map(n -> n + "（" + code + "）").orElse(code));
	}

	DetailRow division(String section, String name, String code) {
		return new DetailRow(section, name, code,
				code == null ? null : reference.originPlaceName(code).map(n -> n + "（" + code + "）").orElse(code));
	}

	static DetailRow text(String section, String name, String value) {
		return new DetailRow(section, name, value, value);
	}

	static DetailRow date(String section, String name, LocalDate value) {
		return text(section, name, value == null ? null : value.toString());
	}
}

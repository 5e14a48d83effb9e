package com.gradverify.verification.web;

import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

import com.gradverify.reference.SchoolCatalog;
import com.gradverify.reference.SchoolCatalog.College;
import com.gradverify.verification.ChaseQuery;
import com.gradverify.verification.ChaseStudent;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A chase list in words, for its heading, its file and the reminder request: 2027届 计算机与信息工程学院
 * 080901 计算机科学与技术 计科2201 未绑定学籍. No personal data: it travels with the reminders.
 */
@Component
class ChaseDescriptions {

	private final MessageSource messages;

	private final SchoolCatalog catalog;

	ChaseDescriptions(MessageSource messages, SchoolCatalog catalog) {
		this.messages = messages;
		this.catalog = catalog;
	}

	/** {@code students} (the list, or a page of it) name the major, which the catalog does not look up by code. */
	String describe(ChaseQuery query, List<ChaseStudent> students) {
		Locale locale = LocaleContextHolder.getLocale();
		var words = new StringJoiner(" ");
		if (query.graduationYear() != null) {
			words.add(messages.getMessage("years.option", new Object[] { query.graduationYear() }, locale));
		}
		if (query.collegeId() != null) {
			words.add(catalog.college(query.collegeId())
				.map(College::name)
				.orElseGet(() -> messages.getMessage("chase.unknownCollege", null, locale)));
		}
		if (query.majorCode() != null) {
			words.add(query.majorCode());
			students.stream()
				.map(ChaseStudent::majorName)
				.filter(name -> name != null && !name.isBlank())
				.findFirst()
				.ifPresent(words::add);
		}
		if (query.className() != null) {
			words.add(query.className());
		}
		words.add(messages.getMessage(query.state() == null ? "chase.state.ALL" : query.state().messageKey(), null,
				locale));
		return words.toString();
	}
}

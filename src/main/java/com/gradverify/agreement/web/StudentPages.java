package com.gradverify.agreement.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import com.gradverify.shared.RuleViolationException;
import com.gradverify.shared.RuleViolationException.Violation;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.multipart.MultipartFile;

/** What the 协议 and 违约 pages share: the uploaded file's stream and messages by code. */
final class StudentPages {

	private StudentPages() {
	}

	/** Refuses an empty upload on field {@code file}, as the evidence module does. */
	static InputStream content(MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new RuleViolationException(List.of(new Violation("file", "evidence.empty")));
		}
		return file.getInputStream();
	}

	static String text(MessageSource messages, String code, Object... args) {
		return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
	}
}

package com.gradverify.verification.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletResponse;

import com.gradverify.shared.RuleViolationException;
import com.gradverify.verification.RosterExport;
import com.gradverify.verification.RosterFilter;
import com.gradverify.verification.RosterFormat;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** Streams a roster file into a response, for the page and the API alike. */
final class RosterDownloads {

	private RosterDownloads() {
	}

	static void send(RosterExport roster, Long collegeId, String majorCode, RosterFormat format, String actor,
			HttpServletResponse response) throws IOException {
		if (majorCode != null && !majorCode.isBlank() && !majorCode.strip().matches("[0-9A-Z]{6}")) {
			throw new RuleViolationException("majorCode", "export.major.invalid");
		}
		String name = "毕业生资格审查名册-" + LocalDate.now(ZoneId.of("Asia/Shanghai")).format(DateTimeFormatter.BASIC_ISO_DATE)
				+ "." + format.extension();
		response.setContentType(format.contentType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		roster.export(new RosterFilter(collegeId, majorCode), format, response.getOutputStream(), actor);
		response.flushBuffer();
	}
}

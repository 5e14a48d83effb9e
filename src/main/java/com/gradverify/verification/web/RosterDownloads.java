package com.gradverify.verification.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import com.gradverify.shared.MajorCode;
import com.gradverify.shared.RuleViolationException;
import com.gradverify.shared.tabular.TableDownloads;
import com.gradverify.shared.tabular.TableFormat;
import com.gradverify.verification.RosterExport;
import com.gradverify.verification.RosterFilter;

/** Streams a roster file into a response, for the page and the API alike. */
final class RosterDownloads {

	private RosterDownloads() {
	}

	/** {@code graduationYear} is the 届 chosen (null: every 届, as while none exists). */
	static void send(RosterExport roster, Integer graduationYear, Long collegeId, String majorCode, TableFormat format,
			String actor, HttpServletResponse response) throws IOException {
		if (majorCode != null && !majorCode.isBlank() && !MajorCode.isValid(majorCode)) {
			throw new RuleViolationException("majorCode", "export.major.invalid");
		}
		TableDownloads.prepare(response, "毕业生资格审查名册", format);
		roster.export(new RosterFilter(graduationYear, collegeId, majorCode), format, response.getOutputStream(), actor);
		response.flushBuffer();
	}
}

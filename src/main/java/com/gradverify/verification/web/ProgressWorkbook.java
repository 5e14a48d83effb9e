package com.gradverify.verification.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.gradverify.verification.VerificationProgress.Counts;
import com.gradverify.verification.VerificationProgress.Dashboard;
import com.gradverify.verification.VerificationProgress.ProgressRow;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The dashboard as an XLSX workbook, headers from the bundle: the colleges with a total row on the
 * first sheet (named after the 届), the majors and the classes on the next two.
 */
@Component
class ProgressWorkbook {

	static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final List<String> COUNTS = List.of("progress.students", "progress.neverSignedIn",
			"progress.unbound", "progress.draft", "progress.waitingForCollege", "progress.waitingForSchool",
			"progress.rejected", "progress.approved");

	private final MessageSource messages;

	ProgressWorkbook(MessageSource messages) {
		this.messages = messages;
	}

	/** {@code graduationYear} null: every 届. */
	void write(Integer graduationYear, Dashboard dashboard, OutputStream out) throws IOException {
		Locale locale = LocaleContextHolder.getLocale();
		// a few hundred rows at most (one per class): the plain in-memory workbook is enough
		try (var workbook = new XSSFWorkbook()) {
			String title = text("progress.title", locale);
			Sheet colleges = sheet(workbook, graduationYear == null ? title
					: messages.getMessage("years.option", new Object[] { graduationYear }, locale) + title,
					List.of("progress.college"), locale);
			int r = 1;
			for (ProgressRow row : dashboard.colleges()) {
				fill(colleges.createRow(r++), List.of(college(row, locale)), row.counts());
			}
			fill(colleges.createRow(r), List.of(text("progress.total", locale)), dashboard.total());
			Sheet majors = sheet(workbook, text("progress.byMajor", locale),
					List.of("progress.college", "progress.majorCode", "progress.major"), locale);
			r = 1;
			for (ProgressRow row : dashboard.majors()) {
				fill(majors.createRow(r++), List.of(college(row, locale), blank(row.majorCode()), blank(row.majorName())),
						row.counts());
			}
			Sheet classes = sheet(workbook, text("progress.byClass", locale),
					List.of("progress.college", "progress.majorCode", "progress.major", "progress.class"), locale);
			r = 1;
			for (ProgressRow row : dashboard.classes()) {
				fill(classes.createRow(r++), List.of(college(row, locale), blank(row.majorCode()),
						blank(row.majorName()), blank(row.className())), row.counts());
			}
			workbook.write(out);
		}
	}

	private Sheet sheet(XSSFWorkbook workbook, String name, List<String> groupHeaders, Locale locale) {
		Sheet sheet = workbook.createSheet(name);
		List<String> headers = new ArrayList<>(groupHeaders);
		headers.addAll(COUNTS);
		Row header = sheet.createRow(0);
		for (int i = 0; i < headers.size(); i++) {
			header.createCell(i).setCellValue(text(headers.get(i), locale));
		}
		sheet.setColumnWidth(0, 30 * 256);
		return sheet;
	}

	private String college(ProgressRow row, Locale locale) {
		return row.collegeName() == null ? text("progress.noCollege", locale) : row.collegeName();
	}

	private static String blank(String value) {
		return value == null ? "" : value;
	}

	private static void fill(Row row, List<String> names, Counts c) {
		for (int i = 0; i < names.size(); i++) {
			row.createCell(i).setCellValue(names.get(i));
		}
		int column = names.size();
		for (var count : c.lists()) {
			row.createCell(column++).setCellValue(count.students());
		}
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}

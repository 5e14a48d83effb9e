package com.gradverify.verification.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.gradverify.verification.VerificationProgress.CollegeProgress;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The progress table as an XLSX sheet: one row per college and a total row, headers from the bundle. */
@Component
class ProgressWorkbook {

	static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final List<String> HEADERS = List.of("progress.college", "progress.students", "progress.unbound",
			"progress.draft", "progress.waitingForCollege", "progress.waitingForSchool", "progress.rejected",
			"progress.approved");

	private final MessageSource messages;

	ProgressWorkbook(MessageSource messages) {
		this.messages = messages;
	}

	/** The sheet is named after the 届 it counts ({@code graduationYear} null: every 届). */
	void write(Integer graduationYear, List<CollegeProgress> rows, OutputStream out) throws IOException {
		Locale locale = LocaleContextHolder.getLocale();
		// a few dozen rows: the plain in-memory workbook is enough
		try (var workbook = new XSSFWorkbook()) {
			String title = messages.getMessage("progress.title", null, locale);
			Sheet sheet = workbook.createSheet(graduationYear == null ? title
					: messages.getMessage("years.option", new Object[] { graduationYear }, locale) + title);
			Row header = sheet.createRow(0);
			for (int i = 0; i < HEADERS.size(); i++) {
				header.createCell(i).setCellValue(messages.getMessage(HEADERS.get(i), null, locale));
			}
			int r = 1;
			for (CollegeProgress row : rows) {
				String name = row.collegeName() == null ? messages.getMessage("progress.noCollege", null, locale)
						: row.collegeName();
				fill(sheet.createRow(r++), name, row);
			}
			fill(sheet.createRow(r), messages.getMessage("progress.total", null, locale), total(rows));
			sheet.setColumnWidth(0, 30 * 256);
			workbook.write(out);
		}
	}

	private static void fill(Row row, String name, CollegeProgress p) {
		row.createCell(0).setCellValue(name);
		long[] counts = { p.students(), p.unbound(), p.draft(), p.waitingForCollege(), p.waitingForSchool(),
				p.rejected(), p.approved() };
		for (int i = 0; i < counts.length; i++) {
			row.createCell(i + 1).setCellValue(counts[i]);
		}
	}

	static CollegeProgress total(List<CollegeProgress> rows) {
		return new CollegeProgress(null, null, rows.stream().mapToLong(CollegeProgress::students).sum(),
				rows.stream().mapToLong(CollegeProgress::unbound).sum(),
				rows.stream().mapToLong(CollegeProgress::draft).sum(),
				rows.stream().mapToLong(CollegeProgress::waitingForCollege).sum(),
				rows.stream().mapToLong(CollegeProgress::waitingForSchool).sum(),
				rows.stream().mapToLong(CollegeProgress::rejected).sum(),
				rows.stream().mapToLong(CollegeProgress::approved).sum());
	}
}

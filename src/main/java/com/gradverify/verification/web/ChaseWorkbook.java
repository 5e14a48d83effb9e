package com.gradverify.verification.web;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.gradverify.shared.tabular.TableFormat;
import com.gradverify.shared.tabular.TableSink;
import com.gradverify.verification.ChaseStudent;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A chase list as an XLSX sheet, written row by row through the streaming sink: a 届 of 50,000 never
 * sits in memory as a workbook. 身份证号 and 联系电话 are masked as on the page.
 */
@Component
class ChaseWorkbook {

	private static final List<String> HEADERS = List.of("chase.column.studentNo", "chase.column.name",
			"chase.column.idCard", "chase.column.college", "chase.column.majorCode", "chase.column.major",
			"chase.column.class", "chase.column.standing", "chase.column.bound", "chase.column.mobile",
			"chase.column.updatedAt");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Shanghai"));

	private final MessageSource messages;

	ChaseWorkbook(MessageSource messages) {
		this.messages = messages;
	}

	/** {@code title} names the sheet (the list's description, cut to what a sheet name may hold). */
	void write(String title, List<ChaseStudent> students, OutputStream out) throws IOException {
		Locale locale = LocaleContextHolder.getLocale();
		String yes = messages.getMessage("chase.bound.yes", null, locale);
		String no = messages.getMessage("chase.bound.no", null, locale);
		try (TableSink sink = TableSink.open(TableFormat.XLSX, out, sheetName(title))) {
			sink.header(HEADERS.stream().map(key -> messages.getMessage(key, null, locale)).toArray(String[]::new));
			for (ChaseStudent s : students) {
				sink.row(new String[] { s.studentNo(), s.name(), s.maskedIdCard(),
						s.collegeName() == null ? "" : s.collegeName(), text(s.majorCode()), text(s.majorName()),
						text(s.className()), messages.getMessage(s.standingKey(), null, locale), s.bound() ? yes : no,
						s.maskedMobile(), s.updatedAt() == null ? "" : TIME.format(s.updatedAt()) });
			}
		}
	}

	/** Excel allows 31 characters and none of : \ / ? * [ ]. */
	private static String sheetName(String title) {
		String name = title.replaceAll("[:\\\\/?*\\[\\]]", " ");
		return name.length() > 31 ? name.substring(0, 31) : name;
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}
}

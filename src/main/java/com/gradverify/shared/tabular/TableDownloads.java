package com.gradverify.shared.tabular;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** Headers of an exported table sent as a download: its type, a dated Chinese file name, no caching. */
public final class TableDownloads {

	private TableDownloads() {
	}

	/** e.g. {@code 毕业生资格审查名册-20260630.xlsx}; call before the first byte is written. */
	public static void prepare(HttpServletResponse response, String baseName, TableFormat format) {
		String name = baseName + "-" + LocalDate.now(ZoneId.of("Asia/Shanghai")).format(DateTimeFormatter.BASIC_ISO_DATE)
				+ "." + format.extension();
		response.setContentType(format.contentType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
	}
}

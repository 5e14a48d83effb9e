package com.gradverify.registry.importing;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.gradverify.shared.IdCardNumber;

/** Builds registry rows and files for tests. */
final class RegistryFiles {

	private RegistryFiles() {
	}

	/** A valid 身份证号 for a birth date and sequence (odd = male). */
	static String idCard(String region, LocalDate birth, int sequence) {
		String body = region + birth.toString().replace("-", "") + String.format("%03d", sequence);
		return body + IdCardNumber.checkCharacter(body);
	}

	/** A complete valid row of the 2025 graduates, keyed by header. */
	static Map<String, String> row(int n) {
		return row(2025, n);
	}

	/** A complete valid row of a year's graduates, keyed by header; 身份证号 and 学号 differ by year and n. */
	static Map<String, String> row(int year, int n) {
		LocalDate birth = LocalDate.of(year - 22, 1, 1).plusDays(n);
		var row = new LinkedHashMap<String, String>();
		row.put("考生号", String.format("2143010%07d", n));
		row.put("身份证号", idCard("430602", birth, 2 * (year % 100) + 1));
		row.put("姓名", "学生" + n);
		row.put("性别代码", "1");
		row.put("民族代码", "01");
		row.put("政治面貌代码", "03");
		row.put("学历代码", "31");
		row.put("专业代码", "080901");
		row.put("专业名称", "计算机科学与技术");
		row.put("培养方式代码", "1");
		row.put("定向或委培单位", "");
		row.put("生源所在地代码", "430621");
		row.put("学制", "4");
		row.put("入学时间", "2021-09-01");
		row.put("毕业时间", year + "-06-30");
		row.put("院系", "计算机学院");
		row.put("班级", "计科2101");
		row.put("学号", String.format("%d%06d", year, n));
		row.put("出生日期", birth.toString());
		return row;
	}

	static Map<String, String> with(Map<String, String> row, String header, String value) {
		var copy = new LinkedHashMap<>(row);
		copy.put(header, value);
		return copy;
	}

	/** A CSV of the rows with the headers of the first row, RFC 4180 quoted where needed. */
	static String csv(List<Map<String, String>> rows) {
		List<String> headers = new ArrayList<>(rows.get(0).keySet());
		StringBuilder out = new StringBuilder(String.join(",", headers)).append("\r\n");
		for (Map<String, String> row : rows) {
			out.append(headers.stream().map(h -> quote(row.getOrDefault(h, ""))).collect(Collectors.joining(",")))
				.append("\r\n");
		}
		return out.toString();
	}

	static Path write(Path dir, String name, String text, Charset charset) throws IOException {
		return Files.write(dir.resolve(name), text.getBytes(charset));
	}

	private static String quote(String value) {
		if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
			return '"' + value.replace("\"", "\"\"") + '"';
		}
		return value;
	}
}

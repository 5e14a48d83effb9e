package com.gradverify.registry.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvParserTests {

	@Test
	void readsEveryFieldWholeWhereverTheBufferEnds() throws IOException {
		List<List<String>> written = new ArrayList<>();
		var text = new StringBuilder();
		for (int i = 0; i < 5_000; i++) {
			List<String> row = List.of("43062119990101" + i, "学生" + "甲".repeat(i % 7), "x".repeat(i % 41), "计科" + i + "班");
			written.add(row);
			text.append(String.join(",", row)).append(i % 2 == 0 ? "\r\n" : "\n");
		}
		assertThat(text.length()).as("several 64K buffers").isGreaterThan(3 * 64 * 1024);

		var parser = new CsvParser(new StringReader(text.toString()));
		List<List<String>> read = new ArrayList<>();
		for (List<String> cells = parser.next(); cells != null; cells = parser.next()) {
			read.add(cells);
		}
		assertThat(read).isEqualTo(written);
	}

	@Test
	void keepsAQuoteInsideAPlainFieldAsWritten() throws IOException {
		var parser = new CsvParser(new StringReader("5\"6 班,\"引号\"\"内\",末尾\"\r\n"));
		assertThat(parser.next()).containsExactly("5\"6 班", "引号\"内", "末尾\"");
		assertThat(parser.next()).isNull();
	}
}

package com.gradverify.registry.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ValidRowsTests {

	private final Map<String, String> sharedNames = new HashMap<>();

	@Test
	void writesEachRowAsOneCopyLineLedByTheChosenColumn() throws Exception {
		var rows = new ValidRows(1, sharedNames);
		rows.add(row(7, "2025000007", "张\t三", "湘江\\定向\n单位"));
		rows.add(row(9, "2025000009", "李四", null));

		var out = new ByteArrayOutputStream();
		rows.writeTo(out, Graduate::rowNo);

		String[] lines = out.toString(StandardCharsets.UTF_8).split("\n", -1);
		assertThat(lines).hasSize(3);
		assertThat(lines[0]).startsWith("7\t43062119990101001X\t张\\t三\t2025000007\t3\t计算机学院\t2025-06-30\t")
			.contains("\t湘江\\\\定向\\n单位\t")
			.contains("\t4.0\t")
			.endsWith("\t\\N\t\\N\t\\N");
		assertThat(lines[1]).startsWith("9\t").contains("\t李四\t").contains("\t\\N\t430621\t");
		assertThat(lines[2]).isEmpty();
		assertThat(lines[0].split("\t", -1)).as("row number and the 22 columns").hasSize(23);
	}

	@Test
	void keepsWhatTheAccountsNeedAndSharesRepeatedNames() {
		var first = new ValidRows(2, sharedNames);
		first.add(row(2, "2025000002", "王五", null));
		var second = new ValidRows(2, sharedNames);
		second.add(row(3, "2025000003", "赵六", null));

		Graduate a = first.graduates().get(0);
		Graduate b = second.graduates().get(0);
		assertThat(a).isEqualTo(new Graduate(2, "2025000002", "王五", "43062119990101001X", "计算机学院", "080901",
				"计算机科学与技术"));
		assertThat(b.collegeName()).isSameAs(a.collegeName());
		assertThat(b.majorName()).isSameAs(a.majorName());
		assertThat(second.size()).isEqualTo(1);
	}

	private static RegistryRow row(int rowNo, String studentNo, String name, String sponsor) {
		return new RegistryRow(rowNo, "43062119990101001X", name, studentNo, "3", new String("计算机学院"),
				LocalDate.of(2025, 6, 30), null, "1", "01", "13", "080901", new String("计算机科学与技术"), "1", sponsor,
				"430621", new BigDecimal("4.0"), LocalDate.of(2021, 9, 1), "计科2101", null, null, null, null);
	}
}

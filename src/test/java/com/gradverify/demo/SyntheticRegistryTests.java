package com.gradverify.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.gradverify.shared.IdCardNumber;

class SyntheticRegistryTests {

	@Test
	void writesValidUniqueGraduatesInTheNationalLayout() {
		var out = new StringWriter();
		SyntheticRegistry.writeCsv(out, 2027, 3_000, 42);
		List<String> lines = out.toString().lines().toList();

		assertThat(lines).hasSize(3_001);
		assertThat(lines.get(0).split(",")).containsExactlyElementsOf(SyntheticRegistry.HEADERS);
		var idCards = new HashSet<String>();
		var studentNos = new HashSet<String>();
		for (String line : lines.subList(1, lines.size())) {
			String[] cells = line.split(",", -1);
			assertThat(cells).hasSize(SyntheticRegistry.HEADERS.size());
			IdCardNumber idCard = IdCardNumber.of(cells[1]);
			assertThat(idCard.genderCode()).isEqualTo(cells[3]);
			assertThat(idCard.birthDate()).hasToString(cells[18]);
			assertThat(cells[14]).isEqualTo("2027-06-30");
			assertThat(idCards.add(cells[1])).isTrue();
			assertThat(studentNos.add(cells[17])).isTrue();
		}
	}

	@Test
	void leavesSomeKeyFieldsBlankAsRealRegistriesDo() {
		var out = new StringWriter();
		SyntheticRegistry.writeCsv(out, 2027, 2_000, 7);
		long blankExamineeNos = out.toString().lines().skip(1).filter(l -> l.startsWith(",")).count();
		assertThat(blankExamineeNos).isBetween(20L, 200L);
	}

	@Test
	void neverRepeatsAnIdCardEvenInBenchmarkSizedFiles() {
		var out = new StringWriter();
		SyntheticRegistry.writeCsv(out, 2027, 400_000, 3);
		long distinct = out.toString().lines().skip(1).map(l -> l.split(",", 3)[1]).distinct().count();
		assertThat(distinct).isEqualTo(400_000);
	}

	@Test
	void isDeterministicForASeed() {
		var first = new StringWriter();
		var second = new StringWriter();
		SyntheticRegistry.writeCsv(first, 2027, 100, 1);
		SyntheticRegistry.writeCsv(second, 2027, 100, 1);
		assertThat(first.toString()).isEqualTo(second.toString());
	}
}

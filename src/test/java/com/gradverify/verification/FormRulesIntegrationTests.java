package com.gradverify.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.gradverify.shared.RuleViolationException.Violation;
import com.gradverify.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

/** The form's rules against the real division lists: the 派出所 begins with the student's own 生源地. */
@IntegrationTest
class FormRulesIntegrationTests {

	@Autowired
	FormRules rules;

	@ParameterizedTest
	@CsvSource({ "430405, 湖南省衡阳市珠晖区", "430621, 湖南省岳阳县", "110108, 北京市海淀区", "441900, 广东省东莞市",
			"620200, 甘肃省嘉峪关市" })
	void theOriginPlaceIsWrittenAsTheRulesWriteIt(String code, String name) {
		assertThat(rules.originNames(code)).first().isEqualTo(name);
	}

	@ParameterizedTest
	@CsvSource(nullValues = "OK", value = {
			"湖南省衡阳市珠晖区东风路派出所, OK",
			"湖南省岳阳市三眼桥派出所, verification.policeStation.originFor",
			"湖南省岳阳市派出所, verification.policeStation.originFor",
			"湖南省衡阳市珠晖区派出所, verification.policeStation.nameFor",
			"湖南省衡阳市珠晖区公安局, verification.policeStation.suffix",
			"东风路派出所, verification.policeStation.originFor" })
	void thePoliceStationOfAStudentFromZhuhui(String station, String expected) {
		VerificationForm form = new VerificationForm();
		form.setOriginPlaceCode("430405");
		form.setPoliceStation(station);

		List<Violation> problems = rules.submissionViolations(form, java.util.Map.of(), null, false).stream()
			.filter(v -> "policeStation".equals(v.field()))
			.toList();

		if (expected == null) {
			assertThat(problems).isEmpty();
		}
		else {
			assertThat(problems).singleElement().satisfies(v -> {
				assertThat(v.code()).isEqualTo(expected);
				if (!expected.endsWith("suffix")) {
					// the message names the student's own 生源地 as the example
					assertThat(v.args()).containsExactly("湖南省衡阳市珠晖区");
				}
			});
		}
	}

	@Test
	void aMunicipalityDistrictAndACityWithoutCountiesAreOriginPlaces() {
		for (String code : List.of("110105", "310104", "120101", "500103", "441900", "442000", "460400", "620200")) {
			VerificationForm form = new VerificationForm();
			form.setOriginPlaceCode(code);
			assertThat(rules.formatViolations(form)).as(code).isEmpty();
		}
	}

	@Test
	void theHomePhoneMustNotBeTheStudentsMobileHoweverItIsWritten() {
		VerificationForm form = new VerificationForm();
		form.setMobile("13907301234");
		form.setHomePhone("+86 139-0730-1234");

		assertThat(rules.submissionViolations(form.normalised(), java.util.Map.of(), null, false))
			.extracting(Violation::field, Violation::code)
			.contains(org.assertj.core.groups.Tuple.tuple("homePhone", "verification.homePhone.sameAsMobile"));
	}
}

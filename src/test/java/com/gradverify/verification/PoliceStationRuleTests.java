package com.gradverify.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PoliceStationRuleTests {

	// 生源地 430405 as the rules write it, as FormRules supplies it
	private static final List<String> ZHUHUI = List.of("湖南省衡阳市珠晖区");

	@ParameterizedTest
	@CsvSource(nullValues = "OK", value = {
			"湖南省衡阳市珠晖区东风路派出所, OK",
			"湖南省衡阳市珠晖区 东风路派出所, OK",
			"湖南省衡阳市珠晖区公安局东风路派出所, OK",
			"湖南省衡阳市珠晖区茶山坳镇派出所, OK",
			"湖南省衡阳市珠晖区高新区派出所, OK",
			// another city's station
			"湖南省岳阳市三眼桥派出所, policeStation.origin",
			"湖南省衡阳市石鼓区人民路派出所, policeStation.origin",
			// the 生源地 cut short, or in another spelling
			"湖南省衡阳市东风路派出所, policeStation.origin",
			"衡阳市珠晖区东风路派出所, policeStation.origin",
			"湖南衡阳珠晖区东风路派出所, policeStation.origin",
			// no prefix at all
			"东风路派出所, policeStation.origin",
			// a bare division + 派出所
			"湖南省岳阳市派出所, policeStation.origin",
			"湖南省衡阳市珠晖区派出所, policeStation.name",
			"湖南省衡阳市珠晖区珠晖区派出所, policeStation.name",
			"湖南省衡阳市珠晖区衡阳市派出所, policeStation.name",
			// 公安局 alone, or not a 派出所
			"湖南省衡阳市珠晖区公安局, policeStation.suffix",
			"湖南省衡阳市公安局, policeStation.suffix",
			"湖南省衡阳市珠晖区公安局派出所, policeStation.suffix",
			"湖南省衡阳市珠晖区公安分局派出所, policeStation.suffix",
			"湖南省衡阳市珠晖区东风路, policeStation.suffix",
			"湖南省衡阳市珠晖区东风路派出, policeStation.suffix" })
	void acceptsOnlyANamedStationAfterTheStudentsOwnOriginPlace(String station, String expected) {
		assertThat(PoliceStationRule.check(station, ZHUHUI)).isEqualTo(expected);
	}

	@Test
	void aCountyIsWrittenAsTheRulesWriteIt() {
		var yueyangCounty = List.of("湖南省岳阳县");
		assertThat(PoliceStationRule.check("湖南省岳阳县荣家湾派出所", yueyangCounty)).isNull();
		assertThat(PoliceStationRule.check("湖南省岳阳县派出所", yueyangCounty)).isEqualTo("policeStation.name");
		assertThat(PoliceStationRule.check("湖南省岳阳市岳阳县荣家湾派出所", yueyangCounty)).isEqualTo("policeStation.origin");
	}

	@Test
	void aRenamedOriginPlaceMayBeWrittenAsItWasOrAsItIsNow() {
		var miyun = List.of("北京市密云县", "北京市密云区");
		assertThat(PoliceStationRule.check("北京市密云县鼓楼派出所", miyun)).isNull();
		assertThat(PoliceStationRule.check("北京市密云区鼓楼派出所", miyun)).isNull();
		assertThat(PoliceStationRule.check("北京市怀柔区泉河派出所", miyun)).isEqualTo("policeStation.origin");
	}

	@Test
	void withoutAnOriginPlaceOnlyTheStationsShapeIsChecked() {
		assertThat(PoliceStationRule.check("湖南省衡阳市珠晖区东风路派出所", List.of())).isNull();
		assertThat(PoliceStationRule.check("湖南省岳阳市派出所", List.of())).isEqualTo("policeStation.name");
		assertThat(PoliceStationRule.check("湖南省岳阳市公安局", List.of())).isEqualTo("policeStation.suffix");
		assertThat(PoliceStationRule.check(null, ZHUHUI)).isNull();
	}
}

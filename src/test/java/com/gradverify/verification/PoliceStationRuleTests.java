package com.gradverify.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PoliceStationRuleTests {

	// 生源地 湖南省岳阳市岳阳楼区 and the divisions above it, as FormRules supplies them
	private static final List<String> ORIGIN = List.of("湖南省岳阳市岳阳楼区", "岳阳楼区", "岳阳市", "岳阳", "湖南省", "湖南");

	@ParameterizedTest
	@CsvSource(nullValues = "OK", value = {
			"湖南省岳阳市三眼桥派出所, OK",
			"湖南省岳阳市岳阳楼区三眼桥派出所, OK",
			"湖南省岳阳市公安局岳阳楼分局三眼桥派出所, OK",
			"湖南省岳阳市公安局, policeStation.suffix",
			"湖南省岳阳市公安局派出所, policeStation.suffix",
			"三眼桥, policeStation.suffix",
			"湖南省岳阳市派出所, policeStation.name",
			"湖南省岳阳市岳阳楼区派出所, policeStation.name",
			"湖南派出所, policeStation.name",
			"广东省深圳市南山派出所, policeStation.origin" })
	void acceptsOnlyANamedStationOfTheOriginPlace(String station, String expected) {
		assertThat(PoliceStationRule.check(station, ORIGIN)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "湖南省岳阳县派出所", "湖南省岳阳市岳阳县派出所" })
	void aCountyNameAloneIsNotAStation(String station) {
		var origin = List.of("湖南省岳阳县", "岳阳县", "岳阳市", "岳阳", "湖南省", "湖南");
		assertThat(PoliceStationRule.check(station, origin)).isEqualTo("policeStation.name");
	}
}

package com.gradverify.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.gradverify.reference.ReferenceData.Division;

/** The 生源地 naming rules and the cascading children, on an excerpt of the real division list. */
class DivisionIndexTests {

	private static final DivisionIndex INDEX = new DivisionIndex(excerpt());

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({
			// district of a prefecture-level city: 省 + 市 + 区
			"430602, 湖南省岳阳市岳阳楼区",
			"140109, 山西省太原市万柏林区", // 林区 suffix, yet an ordinary district
			"610103, 陕西省西安市碑林区",
			"232761, 黑龙江省大兴安岭地区加格达奇区", // 区 under a 地区, outside the usual code range
			// county-level units: 省 + 县, never 省 + 市 + 县
			"430621, 湖南省岳阳县",
			"430681, 湖南省汨罗市",
			"520203, 贵州省六枝特区",
			"150422, 内蒙古巴林左旗",
			"152201, 内蒙古乌兰浩特市", // county-level city in the district code range
			"450126, 广西宾阳县",
			"433130, 湖南省龙山县", // county of an autonomous prefecture
			"469027, 海南省乐东黎族自治县",
			// municipalities: 市 + 区/县, no 市辖区
			"110108, 北京市海淀区",
			"310151, 上海市崇明区",
			"500229, 重庆市城口县",
			"120116, 天津市滨海新区",
			// autonomous regions by short name
			"450102, 广西南宁市兴宁区",
			"540102, 西藏拉萨市城关区",
			"640104, 宁夏银川市兴庆区",
			"650102, 新疆乌鲁木齐市天山区",
			"150102, 内蒙古呼和浩特市新城区",
			// directly under the province, and cities without counties: 省 + unit
			"419001, 河南省济源市",
			"429004, 湖北省仙桃市",
			"429021, 湖北省神农架林区",
			"469002, 海南省琼海市",
			"659001, 新疆石河子市",
			"441900, 广东省东莞市",
			"442000, 广东省中山市",
			"460400, 海南省儋州市",
			"620201, 甘肃省嘉峪关市",
			"620200, 甘肃省嘉峪关市", // GB/T 2260 writes a city without counties with its own code
			// zones (fifth digit 7) under their city, without repeating it
			"430671, 湖南省岳阳市屈原管理区",
			"130271, 河北省唐山市芦台经济开发区",
			"130171, 河北省石家庄市高新技术产业开发区",
			"152971, 内蒙古阿拉善盟高新技术产业开发区",
			"130372, 河北省秦皇岛市北戴河新区",
			// other units a city administers
			"460321, 海南省三沙市西沙群岛" })
	void writesOriginPlacesByTheOfficialRules(String code, String expected) {
		assertThat(INDEX.originPlaceName(code)).contains(expected);
	}

	@ParameterizedTest
	@CsvSource({ "999999", "430699", "43", "4306", "430602001", "''", "430600", "460300", "110000" })
	void namesOnlyKnownCountyLevelCodes(String code) {
		assertThat(INDEX.originPlaceName(code)).isEmpty();
	}

	@Test
	void provincesWithoutParent() {
		assertThat(INDEX.children(null)).extracting(Division::code).startsWith("11", "12").contains("43", "65");
	}

	@Test
	void municipalityOffersItsDistrictsNotTheGroupingNode() {
		assertThat(INDEX.children("11")).extracting(Division::name).containsExactly("海淀区");
		assertThat(INDEX.children("50")).extracting(Division::code).containsExactly("500101", "500229");
	}

	@Test
	void provinceOffersItsDirectlyAdministeredUnitsAlongsideTheCities() {
		assertThat(INDEX.children("41")).extracting(Division::code, Division::level)
			.containsExactly(tuple("4101", 2), tuple("419001", 3));
	}

	@Test
	void aCityWithoutCountiesIsOfferedAsTheCountyLevelUnitItIsWithItsOwnCode() {
		assertThat(INDEX.children("44")).extracting(Division::code, Division::name, Division::level)
			.contains(tuple("441900", "东莞市", 3));
		assertThat(INDEX.children("62")).extracting(Division::code, Division::name, Division::level)
			.contains(tuple("620200", "嘉峪关市", 3));
		// and 620200 is a division a town-level cascade goes on from
		assertThat(INDEX.find("620200")).hasValueSatisfying(d -> assertThat(d.level()).isEqualTo(3));
		assertThat(INDEX.children("620200")).isEqualTo(INDEX.children("620201"));
	}

	@Test
	void groupingNodeAskedDirectlyStillListsItsMembers() {
		assertThat(INDEX.children("4290")).extracting(Division::code).containsExactly("429004", "429021");
	}

	@Test
	void cityListsItsCountyLevelUnitsInCodeOrder() {
		assertThat(INDEX.children("4306")).extracting(Division::code)
			.containsExactly("430602", "430621", "430671", "430681");
		assertThat(INDEX.children("999")).isEmpty();
	}

	private static List<Division> excerpt() {
		List<Division> all = new ArrayList<>();
		String[][] provinces = { { "11", "北京市" }, { "12", "天津市" }, { "13", "河北省" }, { "14", "山西省" },
				{ "15", "内蒙古自治区" }, { "23", "黑龙江省" }, { "31", "上海市" }, { "41", "河南省" }, { "42", "湖北省" },
				{ "43", "湖南省" }, { "44", "广东省" }, { "45", "广西壮族自治区" }, { "46", "海南省" }, { "50", "重庆市" },
				{ "52", "贵州省" }, { "54", "西藏自治区" }, { "61", "陕西省" }, { "62", "甘肃省" }, { "64", "宁夏回族自治区" },
				{ "65", "新疆维吾尔自治区" } };
		for (String[] p : provinces) {
			all.add(new Division(p[0], p[1], null, 1));
		}
		String[][] cities = { { "1101", "市辖区" }, { "1201", "市辖区" }, { "1301", "石家庄市" }, { "1302", "唐山市" },
				{ "1303", "秦皇岛市" }, { "1401", "太原市" }, { "1501", "呼和浩特市" }, { "1504", "赤峰市" },
				{ "1522", "兴安盟" }, { "1529", "阿拉善盟" }, { "2327", "大兴安岭地区" }, { "3101", "市辖区" },
				{ "4101", "郑州市" }, { "4190", "省直辖县级行政区划" }, { "4290", "省直辖县级行政区划" }, { "4306", "岳阳市" },
				{ "4331", "湘西土家族苗族自治州" }, { "4419", "东莞市" }, { "4420", "中山市" }, { "4501", "南宁市" },
				{ "4603", "三沙市" }, { "4604", "儋州市" }, { "4690", "省直辖县级行政区划" }, { "5001", "市辖区" },
				{ "5002", "县" }, { "5202", "六盘水市" }, { "5401", "拉萨市" }, { "6101", "西安市" }, { "6202", "嘉峪关市" },
				{ "6401", "银川市" }, { "6501", "乌鲁木齐市" }, { "6590", "自治区直辖县级行政区划" } };
		for (String[] c : cities) {
			all.add(new Division(c[0], c[1], c[0].substring(0, 2), 2));
		}
		String[][] areas = { { "110108", "海淀区" }, { "120116", "滨海新区" }, { "130171", "石家庄高新技术产业开发区" },
				{ "130271", "河北唐山芦台经济开发区" }, { "130372", "北戴河新区" }, { "140109", "万柏林区" },
				{ "150102", "新城区" }, { "150422", "巴林左旗" }, { "152201", "乌兰浩特市" },
				{ "152971", "内蒙古阿拉善高新技术产业开发区" }, { "232761", "加格达奇区" }, { "310151", "崇明区" },
				{ "410102", "中原区" }, { "419001", "济源市" }, { "429004", "仙桃市" }, { "429021", "神农架林区" },
				{ "430602", "岳阳楼区" }, { "430621", "岳阳县" }, { "430671", "岳阳市屈原管理区" }, { "430681", "汨罗市" },
				{ "433130", "龙山县" }, { "441900", "东莞市" }, { "442000", "中山市" }, { "450102", "兴宁区" },
				{ "450126", "宾阳县" }, { "460321", "西沙群岛" }, { "460400", "儋州市" }, { "469002", "琼海市" },
				{ "469027", "乐东黎族自治县" }, { "500101", "万州区" }, { "500229", "城口县" }, { "520203", "六枝特区" },
				{ "540102", "城关区" }, { "610103", "碑林区" }, { "620201", "嘉峪关市" }, { "640104", "兴庆区" },
				{ "650102", "天山区" }, { "659001", "石河子市" } };
		for (String[] a : areas) {
			all.add(new Division(a[0], a[1], a[0].substring(0, 4), 3));
		}
		all.add(new Division("430602001", "岳阳楼街道", "430602", 4));
		return all;
	}
}

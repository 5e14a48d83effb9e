package com.gradverify.reference;

import java.util.Map;

import com.gradverify.reference.ReferenceData.Division;

/**
 * Writes a 生源地 the way the national graduate-employment system expects it, from a county-level
 * division, its (possibly pseudo) city and its province:
 * <ul>
 * <li>municipality: 市 + 区/县 (北京市海淀区, 重庆市城口县), never 市辖区;</li>
 * <li>a county-level unit — 县, 自治县, 县级市, 旗, 自治旗, 特区 — and anything directly under the province
 * (省直辖县级行政区划, including 神农架林区) or a city without counties (东莞市): 省 + unit
 * (湖南省岳阳县, 湖南省汨罗市, 河南省济源市, 广东省东莞市);</li>
 * <li>a district (区) and any other unit the city administers (管理区, 开发区, 西沙群岛 …): 省 + 市 + unit
 * (湖南省岳阳市岳阳楼区, 湖南省岳阳市屈原管理区), a zone's name without a repeated 省/市 prefix;</li>
 * <li>autonomous regions by their short names: 内蒙古, 广西, 西藏, 宁夏, 新疆.</li>
 * </ul>
 * District or county is decided by the suffix of the name, not the code: the code ranges overlap
 * (崇明区 is 310151, 乌兰浩特市 is 152201). A 林区 suffix says nothing either — 碑林区 and 万柏林区 are
 * ordinary districts; the only forest district, 神农架林区, sits directly under 湖北省.
 */
final class OriginPlaceNames {

	private static final Map<String, String> AUTONOMOUS_REGIONS = Map.of("15", "内蒙古", "45", "广西", "54", "西藏",
			"64", "宁夏", "65", "新疆");

	private OriginPlaceNames() {
	}

	/** The 生源地 name; {@code city} is {@code null} for a unit that no list places under a city. */
	static String name(Division province, Division city, Division unit) {
		String provinceName = provinceName(province);
		if (DivisionIndex.isMunicipality(province.code())) {
			return provinceName + unit.name();
		}
		if (city == null || DivisionIndex.isGrouping(city) || unit.name().equals(city.name()) || isCountyLevel(unit)) {
			return provinceName + unit.name();
		}
		String unitName = isZone(unit) ? withoutPrefixes(unit.name(), shortName(provinceName), city.name()) : unit.name();
		return provinceName + city.name() + unitName;
	}

	/** 内蒙古 for 内蒙古自治区, the full name otherwise (湖南省, 北京市). */
	static String provinceName(Division province) {
		return AUTONOMOUS_REGIONS.getOrDefault(province.code(), province.name());
	}

	private static boolean isCountyLevel(Division unit) {
		if (isZone(unit)) {
			return false;
		}
		String name = unit.name();
		return name.endsWith("县") || name.endsWith("市") || name.endsWith("旗") || name.endsWith("特区");
	}

	/** A statistical development or management zone: fifth digit 7 (430671 岳阳市屈原管理区). */
	private static boolean isZone(Division unit) {
		return unit.code().charAt(4) == '7';
	}

	/**
	 * Zone names often repeat their province or city (河北唐山芦台经济开发区, 岳阳市屈原管理区); written under
	 * the city that would read 河北省唐山市河北唐山芦台经济开发区, so the repetition goes.
	 */
	private static String withoutPrefixes(String name, String provinceShort, String cityName) {
		String rest = stripPrefix(name, provinceShort);
		for (String prefix : new String[] { cityName, shortName(cityName) }) {
			String stripped = stripPrefix(rest, prefix);
			if (!stripped.equals(rest)) {
				return stripped;
			}
		}
		return rest;
	}

	private static String stripPrefix(String name, String prefix) {
		return !prefix.isEmpty() && name.startsWith(prefix) && name.length() > prefix.length()
				? name.substring(prefix.length()) : name;
	}

	/** 湖南省 → 湖南, 岳阳市 → 岳阳, 阿拉善盟 → 阿拉善, 大兴安岭地区 → 大兴安岭. */
	private static String shortName(String name) {
		for (String suffix : new String[] { "省", "市", "地区", "盟" }) {
			if (name.endsWith(suffix) && name.length() > suffix.length() + 1) {
				return name.substring(0, name.length() - suffix.length());
			}
		}
		return name;
	}
}

package com.gradverify.verification;

import java.util.List;
import java.util.regex.Pattern;

/**
 * 入学前户口所在地派出所 is the student's own 生源地, written as the rules write it, followed by the
 * station's own name and ending in 派出所: for 生源地 湖南省衡阳市珠晖区, 湖南省衡阳市珠晖区东风路派出所.
 * Another place's station (湖南省岳阳市三眼桥派出所), a station named only by divisions
 * (湖南省衡阳市珠晖区派出所), a 公安局, or a name without the 生源地 (东风路派出所) is not the
 * station the file is sent to.
 */
final class PoliceStationRule {

	private static final String SUFFIX = "派出所";

	/** A division name: 湖南省, 岳阳市, 岳阳楼区, 岳阳县, 湘西土家族苗族自治州, 内蒙古自治区 … */
	private static final Pattern DIVISION = Pattern
		.compile("([\\p{IsHan}]{1,12}?(省|自治区|特别行政区|自治州|地区|盟|市|区|县|旗))+");

	/** Zones that name stations of their own: 高新区派出所, 经济开发区派出所, 城区派出所. */
	private static final Pattern ZONE = Pattern.compile(".*(开发区|高新区|新区|园区|工业区|景区|矿区|林区|港区|保税区|城区)");

	private PoliceStationRule() {
	}

	/**
	 * The message code of the rule {@code station} breaks, or {@code null} when it is fine.
	 * {@code originNames} are the written names of the student's 生源地 (for a division since renamed
	 * also today's name); empty while no 生源地 is chosen, when only the station's own shape is checked.
	 */
	static String check(String station, List<String> originNames) {
		if (station == null) {
			return null;
		}
		String value = station.replaceAll("\\s", "");
		if (!value.endsWith(SUFFIX) || value.endsWith("公安局" + SUFFIX) || value.endsWith("分局" + SUFFIX)) {
			return "policeStation.suffix";
		}
		String prefix = longestPrefix(value, originNames);
		if (!originNames.isEmpty() && prefix == null) {
			return "policeStation.origin";
		}
		String ownName = value.substring(prefix == null ? 0 : prefix.length(), value.length() - SUFFIX.length());
		if (ownName.isEmpty() || (DIVISION.matcher(ownName).matches() && !ZONE.matcher(ownName).matches())) {
			return "policeStation.name";
		}
		return null;
	}

	private static String longestPrefix(String text, List<String> names) {
		String longest = null;
		for (String name : names) {
			if (!name.isEmpty() && text.startsWith(name) && (longest == null || name.length() > longest.length())) {
				longest = name;
			}
		}
		return longest;
	}
}

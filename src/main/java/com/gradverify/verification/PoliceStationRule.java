package com.gradverify.verification;

import java.util.List;
import java.util.regex.Pattern;

/**
 * 入学前户口所在地派出所 is the 生源地 followed by the station's own name, ending in 派出所:
 * 湖南省岳阳市三眼桥派出所 is right; a 公安局, or a "station" named only by divisions
 * (湖南省岳阳市派出所), is not a police station anyone can send a file to.
 */
final class PoliceStationRule {

	private static final String SUFFIX = "派出所";

	/** A leading division name: 湖南省, 岳阳市, 岳阳楼区, 岳阳县, 湘西土家族苗族自治州, 内蒙古自治区 … */
	private static final Pattern LEADING_DIVISION = Pattern
		.compile("^[\\p{IsHan}]{1,12}?(省|自治区|特别行政区|自治州|地区|盟|市|区|县|旗)");

	private PoliceStationRule() {
	}

	/**
	 * The message code of the rule {@code station} breaks, or {@code null} when it is fine.
	 * {@code originNames} are the names of the 生源地 and its parents (full and short forms).
	 */
	static String check(String station, List<String> originNames) {
		if (station == null) {
			return null;
		}
		String value = station.replace(" ", "");
		if (!value.endsWith(SUFFIX) || value.endsWith("公安局" + SUFFIX)) {
			return "policeStation.suffix";
		}
		if (!originNames.isEmpty() && originNames.stream().noneMatch(value::startsWith)) {
			return "policeStation.origin";
		}
		String ownName = stripDivisions(value.substring(0, value.length() - SUFFIX.length()), originNames);
		if (ownName.isEmpty()) {
			return "policeStation.name";
		}
		return null;
	}

	private static String stripDivisions(String text, List<String> originNames) {
		String rest = text;
		while (!rest.isEmpty()) {
			String prefix = longestPrefix(rest, originNames);
			if (prefix != null) {
				rest = rest.substring(prefix.length());
				continue;
			}
			var division = LEADING_DIVISION.matcher(rest);
			// the whole remainder is one more division name, e.g. 岳阳楼区 in 湖南省岳阳市岳阳楼区派出所
			return division.find() && division.end() == rest.length() ? "" : rest;
		}
		return rest;
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

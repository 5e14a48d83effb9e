package com.gradverify.shared;

/**
 * A 专业代码 as the national catalogues write it:
 * <ul>
 * <li>本科专业目录: 6 digits, with K (国家控制布点), T (特设) or both (TK) after them — 080901 计算机科学与技术,
 * 120203K 会计学, 080910T 数据科学与大数据技术, 030107TK 社区矫正;</li>
 * <li>高职专科专业目录: 6 digits (510201 计算机应用技术);</li>
 * <li>研究生教育学科专业目录: 4 characters for a 一级学科 or 专业学位类别 (0812, 0854), 6 for a 二级学科 or
 * 领域 (081201, 085400), where a university's own 二级学科 carries Z and its 交叉学科 J before the last
 * digit (0812Z1, 0812J1).</li>
 * </ul>
 * Accepts full-width characters and lower-case letters (080910t); always holds the upper-case
 * half-width form, so codes compare by {@link #value()}.
 */
public record MajorCode(String value) {

	public MajorCode {
		if (value == null || value.isBlank()) {
			throw new InvalidValueException("majorCode.required");
		}
		value = HalfWidth.normalize(value).toUpperCase();
		if (!isWellFormed(value)) {
			throw new InvalidValueException("majorCode.format");
		}
	}

	public static MajorCode of(String text) {
		return new MajorCode(text);
	}

	/**
	 * The form a valid code is stored in (080910t → 080910T), any other text unchanged: for filters,
	 * where a malformed code simply matches nothing.
	 */
	public static String normalize(String text) {
		return isValid(text) ? of(text).value() : text;
	}

	public static boolean isValid(String text) {
		try {
			new MajorCode(text);
			return true;
		}
		catch (InvalidValueException ex) {
			return false;
		}
	}

	/** Checked character by character: the registry import checks one code per row. */
	private static boolean isWellFormed(String code) {
		if (code.length() < 4 || !digits(code, 0, 4)) {
			return false;
		}
		String rest = code.substring(4);
		return switch (rest.length()) {
			case 0 -> true; // 研究生 一级学科 / 专业学位类别
			case 2 -> digits(rest, 0, 2) || ((rest.charAt(0) == 'Z' || rest.charAt(0) == 'J') && digits(rest, 1, 2));
			case 3 -> digits(rest, 0, 2) && (rest.charAt(2) == 'K' || rest.charAt(2) == 'T');
			case 4 -> digits(rest, 0, 2) && rest.endsWith("TK");
			default -> false;
		};
	}

	private static boolean digits(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			if (text.charAt(i) < '0' || text.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

	@Override
	public String toString() {
		return value;
	}
}

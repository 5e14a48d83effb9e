package com.gradverify.registry.importing;

import java.util.HashSet;
import java.util.Set;

/**
 * The 身份证号 and 学号 already seen in one file, kept compact enough for half a million rows in
 * a small heap: an ID number is stored as the long of its first 17 digits (the check character
 * follows from them), a numeric 学号 of up to 18 digits as a long, other 学号 as strings.
 */
final class SeenKeys {

	private final LongSet idCards = new LongSet();

	private final LongSet numericStudentNos = new LongSet();

	private final Set<String> otherStudentNos = new HashSet<>();

	boolean hasIdCard(String normalisedIdCard) {
		return idCards.contains(Long.parseLong(normalisedIdCard, 0, 17, 10));
	}

	boolean hasStudentNo(String studentNo) {
		long numeric = numericKey(studentNo);
		return numeric >= 0 ? numericStudentNos.contains(numeric) : otherStudentNos.contains(studentNo);
	}

	void add(String normalisedIdCard, String studentNo) {
		idCards.add(Long.parseLong(normalisedIdCard, 0, 17, 10));
		long numeric = numericKey(studentNo);
		if (numeric >= 0) {
			numericStudentNos.add(numeric);
		}
		else {
			otherStudentNos.add(studentNo);
		}
	}

	/** "1" followed by the digits keeps leading zeros apart (007 ≠ 7); -1 when not all digits. */
	private static long numericKey(String studentNo) {
		if (studentNo.length() > 18) {
			return -1;
		}
		long key = 1;
		for (int i = 0; i < studentNo.length(); i++) {
			char c = studentNo.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			key = key * 10 + (c - '0');
		}
		return key;
	}

	/** An open-addressing set of non-negative longs. */
	private static final class LongSet {

		private long[] slots = new long[1 << 12];

		private int size;

		LongSet() {
			java.util.Arrays.fill(slots, -1);
		}

		boolean contains(long value) {
			int mask = slots.length - 1;
			for (int i = hash(value) & mask; slots[i] != -1; i = (i + 1) & mask) {
				if (slots[i] == value) {
					return true;
				}
			}
			return false;
		}

		void add(long value) {
			int mask = slots.length - 1;
			int i = hash(value) & mask;
			for (; slots[i] != -1; i = (i + 1) & mask) {
				if (slots[i] == value) {
					return;
				}
			}
			slots[i] = value;
			if (++size * 2 > slots.length) {
				grow();
			}
		}

		private void grow() {
			long[] bigger = new long[slots.length * 2];
			java.util.Arrays.fill(bigger, -1);
			for (long value : slots) {
				if (value != -1) {
					insert(bigger, value);
				}
			}
			slots = bigger;
		}

		private static void insert(long[] table, long value) {
			int mask = table.length - 1;
			int i = hash(value) & mask;
			while (table[i] != -1) {
				i = (i + 1) & mask;
			}
			table[i] = value;
		}

		private static int hash(long value) {
			long h = value * 0x9E3779B97F4A7C15L;
			return (int) (h ^ (h >>> 32));
		}
	}
}

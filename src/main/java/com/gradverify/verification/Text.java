package com.gradverify.verification;

import com.gradverify.shared.HalfWidth;

/** Normalisation of typed text before it is stored or compared. */
final class Text {

	private Text() {
	}

	/** Half-width, trimmed, inner runs of white space folded; blank becomes {@code null}. */
	static String clean(String value) {
		if (value == null) {
			return null;
		}
		String cleaned = HalfWidth.normalize(value).replaceAll("\\s+", " ");
		return cleaned.isEmpty() ? null : cleaned;
	}
}

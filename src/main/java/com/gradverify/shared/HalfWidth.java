package com.gradverify.shared;

/**
 * Full-width forms (Ａ１２，ｘ) and the ideographic space are common in what Chinese users paste
 * from documents; identifiers are compared in their half-width form.
 */
public final class HalfWidth {

	private HalfWidth() {
	}

	/** Converts full-width ASCII variants to ASCII and trims; {@code null} stays {@code null}. */
	public static String normalize(String text) {
		if (text == null) {
			return null;
		}
		var out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '\uFF01' && c <= '\uFF5E') {
				out.append((char) (c - 0xFEE0));
			}
			else if (c == '\u3000') {
				out.append(' ');
			}
			else {
				out.append(c);
			}
		}
		return out.toString().strip();
	}
}

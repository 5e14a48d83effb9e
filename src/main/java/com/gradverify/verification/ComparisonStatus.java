package com.gradverify.verification;

/**
 * How a key field stands against the registry: 一致, 不匹配, or 未比对 (no registry value to compare);
 * {@code CHANGED} (已修改) marks a field beyond the key ones that the registry also holds and the
 * student changed from the registry's value. Key fields are never CHANGED.
 */
public enum ComparisonStatus {
	MATCH, MISMATCH, NOT_COMPARED, CHANGED
}

package com.gradverify.verification;

/**
 * How a key field stands against the registry: 一致, 不匹配, 未比对 (no registry value to compare), or
 * 不适用 (the field does not concern the student: the 定向或委培单位 of a 非定向 graduate whose record
 * has none), which is neutral and counted neither way. {@code CHANGED} (已修改) marks a field beyond
 * the key ones that the registry also holds and the student changed from the registry's value; key
 * fields are never CHANGED.
 */
public enum ComparisonStatus {
	MATCH, MISMATCH, NOT_COMPARED, NOT_APPLICABLE, CHANGED
}

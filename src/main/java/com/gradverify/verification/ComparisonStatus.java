package com.gradverify.verification;

/** How a key field stands against the registry: 一致, 不匹配, or 未比对 (no registry value to compare). */
public enum ComparisonStatus {
	MATCH, MISMATCH, NOT_COMPARED
}

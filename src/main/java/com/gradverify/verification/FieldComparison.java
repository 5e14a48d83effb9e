package com.gradverify.verification;

/** One key field's comparison, with the registry's original value to show on the 不匹配 mark. */
public record FieldComparison(KeyField field, ComparisonStatus status, String registryValue) {
}

package com.gradverify.amendment;

import com.gradverify.verification.KeyField;

/** A key field a student says the registry has wrong: the registry's value and the value claimed. */
record Claim(KeyField field, String registryValue, String claimedValue) {
}

package com.gradverify.amendment;

import java.util.List;

import com.gradverify.verification.KeyFieldStates;

/**
 * What a student may file a request for: the key fields marked 不匹配 now. {@code bound} is false
 * for an unbound application, which has no registry record to correct.
 */
public record MismatchCandidates(boolean bound, List<KeyFieldStates.State> fields) {
}

package com.gradverify.amendment;

/** A request for the school reviewer, with who filed it as the registry names them. */
public record ReviewDetail(AmendmentView request, String studentName, String studentNo, String collegeName) {
}

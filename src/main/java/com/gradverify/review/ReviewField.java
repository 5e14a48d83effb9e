package com.gradverify.review;

/**
 * A field of a reviewable form that a reviewer may point at when rejecting: its stable name (as the
 * form and the API call it) and the message code of its label.
 */
public record ReviewField(String name, String labelCode) {
}

package com.gradverify.agreement;

/**
 * One field of an application on the reviewer's page and in the API document: {@code value} is the
 * stored value (a code stays a code), {@code text} what a person reads (国有企业（31）).
 */
public record DetailRow(String section, String name, String value, String text) {
}

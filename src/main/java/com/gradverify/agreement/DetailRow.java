package com.gradverify.agreement;

import com.gradverify.review.ReviewDetail;

/**
 * One field of an application under its section for the reviewer: {@code value} is the stored value
 * (a code stays a code), {@code valueName} the code's name (国有企业 for 31), null for other values.
 */
record DetailRow(String section, String name, String value, String valueName) {

	/** The row on the review detail, labelled as the student's form labels the field. */
	ReviewDetail.Row row() {
		return ReviewDetail.Row.of(name, ReviewDetail.Text.of("agreement.field." + name), value, valueName);
	}
}

package com.gradverify.verification;

import java.util.List;

/**
 * A staff member asked to remind the students of a chase list (催办): raised in the transaction that
 * records the request, with the students it resolved to at that moment (only students in the
 * requester's scope). {@code batchKey} identifies the request for its delivery progress;
 * {@code description} says which list it was, e.g. "2027届 计算机与信息工程学院 未绑定学籍", with no
 * personal data.
 */
public record RemindersRequested(String batchKey, long requestedBy, int graduationYear, String description,
		List<Long> studentAccountIds) {

	public RemindersRequested {
		studentAccountIds = List.copyOf(studentAccountIds);
	}
}

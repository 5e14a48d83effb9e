package com.gradverify.verification;

import com.gradverify.shared.MajorCode;
import com.gradverify.shared.RuleViolationException;

/**
 * Which chase list (催办名单): the students of one 届, optionally of one college, major (专业代码) and
 * class (班级), in one {@link ChaseState} (null: every student). Staff see the part of it inside their
 * scope: a college reviewer only their own college's students, so another college's list is empty.
 *
 * @throws RuleViolationException on field {@code majorCode} for a malformed 专业代码, {@code className}
 * for one over 100 characters
 */
public record ChaseQuery(Integer graduationYear, Long collegeId, String majorCode, String className,
		ChaseState state) {

	static final int MAX_CLASS_NAME = 100;

	public ChaseQuery {
		majorCode = majorCode == null || majorCode.isBlank() ? null : majorCode.strip();
		if (majorCode != null) {
			if (!MajorCode.isValid(majorCode)) {
				throw new RuleViolationException("majorCode", "chase.majorCode.invalid");
			}
			majorCode = MajorCode.of(majorCode).value();
		}
		className = className == null || className.isBlank() ? null : className.strip();
		if (className != null && className.length() > MAX_CLASS_NAME) {
			throw new RuleViolationException("className", "chase.className.tooLong");
		}
	}

	/** The same list in another state. */
	public ChaseQuery inState(ChaseState other) {
		return new ChaseQuery(graduationYear, collegeId, majorCode, className, other);
	}

	boolean holds(ChaseStudent student) {
		return (collegeId == null || collegeId.equals(student.collegeId()))
				&& (majorCode == null || majorCode.equals(student.majorCode()))
				&& (className == null || className.equals(student.className()))
				&& (state == null || state.holds(student));
	}
}

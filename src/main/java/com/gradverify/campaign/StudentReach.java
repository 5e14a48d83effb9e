package com.gradverify.campaign;

/**
 * Whether reminders can reach the students of a 届 outside the application, for the readiness check:
 * answered by the module that delivers them, which knows the students' 联系电话 and WeChat bindings.
 */
public interface StudentReach {

	Reach of(int graduationYear);

	/**
	 * Of {@code students}, those who left no 联系电话 (no SMS) and, of these, those with no WeChat binding
	 * either, who hear of a reminder only when they next sign in.
	 */
	record Reach(long students, long withoutPhone, long unreachable) {
	}
}

package com.gradverify.verification;

/**
 * Published, in the transaction that makes the change, whenever an application stops being bound
 * to a registry record: an administrator released a binding to another graduate's record, or the
 * student bound to another record or chose to fill in the form by hand. Whatever other modules
 * based on the binding (a change request for that record) must not outlive it.
 */
public record VerificationBindingReleased(Long applicationId, long accountId, long registryRecordId,
		By releasedBy) {

	/** Who ended the binding. */
	public enum By {
		/** 绑定核查: the record was another graduate's. */
		ADMINISTRATOR,
		/** The student bound to another record or continued without one. */
		STUDENT
	}
}

package com.gradverify.amendment;

/** Why a change request was closed (已关闭) without a decision. */
public enum ClosureReason {
	/** An administrator released the binding to another graduate's record (绑定核查). */
	BINDING_RELEASED,
	/** The student bound to another record or continued without one. */
	BINDING_CHANGED
}

package com.gradverify.wechat;

import com.gradverify.verification.BindingOutcome;

/**
 * How a binding attempt ended; {@code accountId} is set when bound, and {@code registry} then says
 * whether the 实名认证 was bound to the registry record as well.
 */
record BindOutcome(Result result, Long accountId, BindingOutcome registry) {

	enum Result {
		BOUND,
		/** no student account and registry record match all four values */
		NO_MATCH,
		/** the account is bound to another WeChat user already */
		ACCOUNT_TAKEN,
		/** this WeChat user is bound to an account already */
		OPENID_TAKEN
	}

	static BindOutcome bound(long accountId, BindingOutcome registry) {
		return new BindOutcome(Result.BOUND, accountId, registry);
	}

	static BindOutcome of(Result result) {
		return new BindOutcome(result, null, null);
	}
}

package com.gradverify.wechat;

/** How a binding attempt ended; {@code accountId} is set when bound. */
record BindOutcome(Result result, Long accountId) {

	enum Result {
		BOUND,
		/** no student account and registry record match all four values */
		NO_MATCH,
		/** the account is bound to another WeChat user already */
		ACCOUNT_TAKEN,
		/** this WeChat user is bound to an account already */
		OPENID_TAKEN
	}

	static BindOutcome bound(long accountId) {
		return new BindOutcome(Result.BOUND, accountId);
	}

	static BindOutcome of(Result result) {
		return new BindOutcome(result, null);
	}
}

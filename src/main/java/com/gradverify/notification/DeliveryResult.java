package com.gradverify.notification;

/** How one delivery went, and so what becomes of its outbox row. {@code detail} goes to the row's last error. */
record DeliveryResult(Kind kind, String detail) {

	enum Kind {
		SENT,
		/** the provider failed or could not be reached: tried again after a back-off, FAILED after the last try */
		RETRY,
		/** the provider asked to slow down: DEFERRED for a pause, not counted as a try */
		RATE_LIMITED,
		/** the provider's own daily quota is used up: DEFERRED to the next day */
		QUOTA_REACHED,
		/** this message can never be delivered: FAILED at once */
		FAILED
	}

	static DeliveryResult sent(String detail) {
		return new DeliveryResult(Kind.SENT, detail);
	}

	static DeliveryResult retry(String detail) {
		return new DeliveryResult(Kind.RETRY, detail);
	}

	static DeliveryResult failed(String detail) {
		return new DeliveryResult(Kind.FAILED, detail);
	}
}

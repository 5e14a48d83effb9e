package com.gradverify.notification;

import java.time.Duration;

/** The pause before the next try: {@code base} after the first failed one, doubling, at most {@code max}. */
record Backoff(Duration base, Duration max) {

	Duration after(int failedAttempts) {
		if (failedAttempts < 1) {
			return Duration.ZERO;
		}
		// 2^30 base already exceeds any sensible max; stop doubling before it overflows
		Duration pause = base.multipliedBy(1L << Math.min(failedAttempts - 1, 30));
		return pause.compareTo(max) > 0 || pause.isNegative() ? max : pause;
	}
}

package com.gradverify.evidence;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Bounds how many uploads are decoded or parsed at the same time, so that a burst of large
 * uploads cannot take the whole heap. An upload waits a little for a free slot and is then
 * refused as "busy, try again" rather than queueing without end while its request holds a thread.
 */
final class CheckSlots {

	private final Semaphore slots;

	private final int size;

	private final Duration wait;

	CheckSlots(int size, Duration wait) {
		if (size < 1) {
			throw new IllegalArgumentException("At least one upload must be checkable at a time");
		}
		this.slots = new Semaphore(size, true);
		this.size = size;
		this.wait = wait;
	}

	<T> T run(Supplier<T> check) {
		try {
			if (!slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
				throw EvidenceRejected.because("evidence.busy", size);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw EvidenceRejected.because("evidence.busy", size);
		}
		try {
			return check.get();
		}
		finally {
			slots.release();
		}
	}
}

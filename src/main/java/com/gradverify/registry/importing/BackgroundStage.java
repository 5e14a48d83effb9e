package com.gradverify.registry.importing;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Work handed to a thread of its own: the caller goes on with its next item while this one is
 * handled, and waits when one is already queued, so at most two items are held. The first
 * failure stops the work; the following {@link #submit} or {@link #finish} rethrows it.
 */
final class BackgroundStage<T> implements AutoCloseable {

	private static final Object END = new Object();

	private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(1);

	private final Thread worker;

	private volatile Throwable failure;

	BackgroundStage(String name, Consumer<T> work) {
		this.worker = new Thread(() -> handle(work), name);
		worker.setDaemon(true);
		worker.start();
	}

	/** Queues {@code item}; throws the failure of an earlier item instead, if there was one. */
	void submit(T item) throws InterruptedException {
		rethrowFailure();
		queue.put(item);
	}

	/** Waits until every submitted item is handled; throws the failure if one failed. */
	void finish() throws InterruptedException {
		queue.put(END);
		worker.join();
		rethrowFailure();
	}

	/** Drops what is still queued and waits for the item in hand, so no work outlives its caller. */
	@Override
	public void close() {
		if (!worker.isAlive()) {
			return;
		}
		queue.clear();
		queue.offer(END);
		try {
			worker.join();
		}
		catch (InterruptedException ex) {
			worker.interrupt();
			Thread.currentThread().interrupt();
		}
	}

	@SuppressWarnings("unchecked")
	private void handle(Consumer<T> work) {
		try {
			for (Object next = queue.take(); next != END; next = queue.take()) {
				// after a failure, items are taken and dropped so that submit never blocks for good
				if (failure == null) {
					try {
						work.accept((T) next);
					}
					catch (RuntimeException | Error ex) {
						failure = ex;
					}
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void rethrowFailure() {
		Throwable failed = failure;
		if (failed instanceof RuntimeException ex) {
			throw ex;
		}
		if (failed != null) {
			throw (Error) failed;
		}
	}
}

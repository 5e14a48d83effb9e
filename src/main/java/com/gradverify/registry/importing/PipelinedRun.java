package com.gradverify.registry.importing;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Runs an {@link ImportRun} on a reader thread that parses and validates the next batch while the
 * calling thread stores the previous one: the two cores then share the work of an import. At most
 * one batch waits between them, so memory stays bounded.
 */
final class PipelinedRun {

	private PipelinedRun() {
	}

	/** Reads with {@code run}'s file and validator, stores each batch with {@code store}; returns rows read. */
	static int run(ImportRunFactory run, BatchStore store) throws Exception {
		BlockingQueue<Object> handoff = new ArrayBlockingQueue<>(1);
		Thread reader = new Thread(() -> {
			try {
				int read = run.create(batch -> put(handoff, batch)).run();
				put(handoff, new Finished(read));
			}
			catch (Exception | Error ex) {
				put(handoff, new Failed(ex));
			}
		}, Thread.currentThread().getName() + "-reader");
		reader.setDaemon(true);
		reader.start();
		try {
			while (true) {
				Object next = handoff.take();
				if (next instanceof ImportRun.Batch batch) {
					store.store(batch);
				}
				else if (next instanceof Finished finished) {
					return finished.read();
				}
				else {
					Throwable failure = ((Failed) next).failure();
					if (failure instanceof Exception ex) {
						throw ex;
					}
					throw (Error) failure;
				}
			}
		}
		finally {
			reader.interrupt();
		}
	}

	private static void put(BlockingQueue<Object> queue, Object item) {
		try {
			queue.put(item);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new Abandoned();
		}
	}

	@FunctionalInterface
	interface ImportRunFactory {

		ImportRun create(ImportRun.BatchSink sink);
	}

	@FunctionalInterface
	interface BatchStore {

		void store(ImportRun.Batch batch) throws Exception;
	}

	private record Finished(int read) {
	}

	private record Failed(Throwable failure) {
	}

	/** The storing side gave up: the reader stops quietly. */
	private static final class Abandoned extends RuntimeException {

		Abandoned() {
			super(null, null, false, false);
		}
	}
}

package com.gradverify.registry.importing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One pass over a registry file: validates each row and hands the rows on in batches of
 * {@code batchSize} read rows, with the valid rows and the problems found among them. Only one
 * batch is held in memory at a time.
 */
final class ImportRun {

	private final TableFile file;

	private final RowValidator validator;

	private final int batchSize;

	private final BatchSink sink;

	/** College and major names shared by the rows of this file. */
	private final Map<String, String> sharedNames = new HashMap<>();

	private ValidRows valid;

	private List<RowProblem> problems;

	private int read;

	private int readInBatch;

	private boolean headerSeen;

	ImportRun(TableFile file, RowValidator validator, int batchSize, BatchSink sink) {
		this.file = file;
		this.validator = validator;
		this.batchSize = batchSize;
		this.sink = sink;
		startBatch();
	}

	/** Reads the whole file; returns the number of data rows read. */
	int run() throws IOException {
		file.read((rowNo, cells) -> {
			if (!headerSeen) {
				headerSeen = true;
				return;
			}
			RegistryRow row = validator.validate(rowNo, cells, problems);
			if (row != null) {
				valid.add(row);
			}
			read++;
			if (++readInBatch == batchSize) {
				flush();
			}
		});
		if (readInBatch > 0) {
			flush();
		}
		return read;
	}

	private void flush() {
		sink.accept(new Batch(valid, problems, read));
		startBatch();
	}

	private void startBatch() {
		valid = new ValidRows(batchSize, sharedNames);
		problems = new ArrayList<>();
		readInBatch = 0;
	}

	/** The rows of one batch; {@code readSoFar} counts every data row read including this batch. */
	record Batch(ValidRows valid, List<RowProblem> problems, int readSoFar) {

		int rejectedRows() {
			return (int) problems.stream().mapToInt(RowProblem::rowNo).distinct().count();
		}
	}

	@FunctionalInterface
	interface BatchSink {

		void accept(Batch batch);
	}
}
